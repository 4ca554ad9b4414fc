/**
 * Geo commands in process. Expected values are redis-server 7.0.15's own replies for the same commands (the
 * differential cases compare the rest byte for byte).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { inProcess } from "../helpers/inprocess.ts";
import { decodeScore, encodeWGS84, fixedC, geohashString, hashText, humanDouble } from "../../src/core/geohash.ts";
import { pqsort } from "../../src/core/pqsort.ts";
import type { GeoPoint } from "../../src/core/commands/geo.ts";
import {
  ERR_GEO_ANY_COUNT,
  ERR_GEO_MEMBER,
  ERR_GEO_UNIT,
  ERR_NOT_FLOAT,
  ERR_SYNTAX,
  errGeoFrom,
  errGeoStoreWith,
  errInvalidLonLat,
} from "../../src/core/errors.ts";
import { errorReply } from "../helpers/resp.ts";

function sicily() {
  const t = inProcess();
  const c = t.connect();
  c.cmd("GEOADD", "Sicily", "13.361389", "38.115556", "Palermo", "15.087269", "37.502669", "Catania");
  return { t, c };
}

test("GEOADD stores the 52-bit interleaved geohash as the score", () => {
  const { c } = sicily();
  assert.equal(c.cmd("ZSCORE", "Sicily", "Palermo"), "$16\r\n3479099956230698\r\n");
  assert.equal(c.cmd("ZSCORE", "Sicily", "Catania"), "$16\r\n3479447370796909\r\n");
  assert.equal(hashText(encodeWGS84(13.361389, 38.115556, 26)!), "3479099956230698");
});

test("a coordinate on the upper edge sets a bit past 52, as Redis's unsigned arithmetic does", () => {
  const h = encodeWGS84(180, 85.05112878, 26)!;
  assert.equal(hashText(h), "13510798882111488"); // 3 * 2^52: both coordinates carry into bit 26
  const c = inProcess().connect();
  c.cmd("GEOADD", "e", "180", "85.05112878", "ne");
  assert.equal(c.cmd("ZSCORE", "e", "ne"), "$17\r\n13510798882111488\r\n");
  const [lon, lat] = decodeScore(Number(hashText(h)));
  assert.equal(humanDouble(lon), "180");
  assert.equal(humanDouble(lat), "85.0511287799999991");
});

test("GEOPOS prints coordinates as %.17Lf without trailing zeros; GEOHASH gives 11 characters", () => {
  const { c } = sicily();
  assert.equal(
    c.cmd("GEOPOS", "Sicily", "Palermo", "nope"),
    "*2\r\n*2\r\n$20\r\n13.36138933897018433\r\n$20\r\n38.11555639549629859\r\n*-1\r\n",
  );
  assert.equal(
    c.cmd("GEOHASH", "Sicily", "Palermo", "Catania", "nope"),
    "*3\r\n$11\r\nsqc8b49rny0\r\n$11\r\nsqdtr74hyu0\r\n$-1\r\n",
  );
  assert.equal(geohashString(-179.99999731779098511, -85.05112751263942528), "00bh0hbj200");
});

test("GEODIST answers in each unit with 4 decimals", () => {
  const { c } = sicily();
  assert.equal(c.cmd("GEODIST", "Sicily", "Palermo", "Catania"), "$11\r\n166274.1516\r\n");
  assert.equal(c.cmd("GEODIST", "Sicily", "Palermo", "Catania", "km"), "$8\r\n166.2742\r\n");
  assert.equal(c.cmd("GEODIST", "Sicily", "Palermo", "nope"), "$-1\r\n");
  assert.equal(c.cmd("GEODIST", "Sicily", "Palermo", "Catania", "parsec"), errorReply(ERR_GEO_UNIT));
});

test("GEORADIUS with every WITH option nests the reply in Redis's order: dist, hash, coords", () => {
  const { c } = sicily();
  assert.equal(
    c.cmd("GEORADIUS", "Sicily", "15", "37", "200", "km", "WITHCOORD", "WITHHASH", "WITHDIST", "ASC"),
    "*2\r\n*4\r\n$7\r\nCatania\r\n$7\r\n56.4413\r\n:3479447370796909\r\n*2\r\n$20\r\n15.08726745843887329\r\n$20\r\n37.50266842333162032\r\n" +
      "*4\r\n$7\r\nPalermo\r\n$8\r\n190.4424\r\n:3479099956230698\r\n*2\r\n$20\r\n13.36138933897018433\r\n$20\r\n38.11555639549629859\r\n",
  );
  c.cmd("HELLO", "3");
  assert.equal(
    c.cmd("GEORADIUS", "Sicily", "15", "37", "100", "km", "WITHCOORD"),
    "*1\r\n*2\r\n$7\r\nCatania\r\n*2\r\n,15.08726745843887329\r\n,37.50266842333162032\r\n",
  );
});

test("GEOSEARCH by box and by radius, with COUNT, ANY and DESC", () => {
  const { c } = sicily();
  assert.equal(
    c.cmd("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "BYBOX", "400", "400", "km", "ASC"),
    "*2\r\n$7\r\nCatania\r\n$7\r\nPalermo\r\n",
  );
  assert.equal(
    c.cmd("GEOSEARCH", "Sicily", "FROMMEMBER", "Palermo", "BYRADIUS", "200", "km", "DESC", "COUNT", "1"),
    "*1\r\n$7\r\nCatania\r\n",
  );
  assert.equal(
    c.cmd("GEOSEARCH", "Sicily", "FROMLONLAT", "15", "37", "BYBOX", "100", "400", "km"),
    "*1\r\n$7\r\nCatania\r\n",
  );
  assert.equal(
    c.cmd("GEOSEARCH", "Sicily", "FROMMEMBER", "Palermo", "BYRADIUS", "1", "km", "ANY"),
    errorReply(ERR_GEO_ANY_COUNT),
  );
  assert.equal(
    c.cmd("GEOSEARCH", "Sicily", "BYRADIUS", "1", "km", "ASC", "WITHDIST"),
    errorReply(errGeoFrom("GEOSEARCH")),
  );
  assert.equal(c.cmd("GEOSEARCH", "Sicily", "FROMMEMBER", "nope", "BYRADIUS", "1", "km"), errorReply(ERR_GEO_MEMBER));
});

test("STORE and STOREDIST write a sorted set of geohashes or distances; an empty result deletes it", () => {
  const { t, c } = sicily();
  assert.equal(c.cmd("GEORADIUS", "Sicily", "15", "37", "200", "km", "STOREDIST", "d"), ":2\r\n");
  assert.equal(
    c.cmd("ZRANGE", "d", "0", "-1", "WITHSCORES"),
    "*4\r\n$7\r\nCatania\r\n$18\r\n56.441257870158204\r\n$7\r\nPalermo\r\n$18\r\n190.44242984775784\r\n",
  );
  assert.equal((t.server.dbs[0].peek("d") as { encoding(c: unknown): string }).encoding(t.server.config), "listpack");
  assert.equal(c.cmd("GEOSEARCHSTORE", "d", "Sicily", "FROMLONLAT", "15", "37", "BYRADIUS", "1", "m"), ":0\r\n");
  assert.equal(c.cmd("EXISTS", "d"), ":0\r\n");
  assert.equal(
    c.cmd("GEORADIUS", "Sicily", "15", "37", "200", "km", "STORE", "d", "WITHDIST"),
    errorReply(errGeoStoreWith("STORE option in GEORADIUS")),
  );
  assert.equal(c.cmd("GEORADIUS_RO", "Sicily", "15", "37", "200", "km", "STORE", "d"), errorReply(ERR_SYNTAX));
});

test("invalid coordinates are refused with the pair printed as %f", () => {
  const c = inProcess().connect();
  assert.equal(c.cmd("GEOADD", "g", "200", "100", "x"), errorReply(errInvalidLonLat("200.000000", "100.000000")));
  assert.equal(c.cmd("GEOADD", "g", "1", "x", "a"), errorReply(ERR_NOT_FLOAT));
  assert.equal(c.cmd("EXISTS", "g"), ":0\r\n");
});

test("number formatting: printf rounding to even and %.17Lf trimming", () => {
  assert.equal(fixedC(0.03125, 4), "0.0312");
  assert.equal(fixedC(0.09375, 4), "0.0938");
  assert.equal(fixedC(2.5, 0), "2");
  assert.equal(humanDouble(-0.00000000000000000001), "0");
  assert.equal(humanDouble(85.05112878), "85.0511287799999991");
});

test("pqsort puts the first COUNT elements in order, ties as Redis's partial quicksort leaves them", () => {
  const pts: GeoPoint[] = [];
  for (let i = 0; i < 60; i++) {
    pts.push({ lon: 0, lat: 0, dist: i < 10 ? 1 : 2 + ((i * 37) % 50), member: `p${i}`, score: i });
  }
  const cmp = (a: GeoPoint, b: GeoPoint) => (a.dist > b.dist ? 1 : a.dist === b.dist ? 0 : -1);
  pqsort(pts, cmp, 0, 11);
  assert.deepEqual(pts.slice(0, 12).map((p) => p.dist), [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3]);
  // The tie order Redis 7.0's pqsort.c (compiled from its source) leaves for this input.
  assert.deepEqual(pts.slice(0, 12).map((p) => p.member), [
    "p9",
    "p1",
    "p2",
    "p3",
    "p4",
    "p5",
    "p6",
    "p7",
    "p8",
    "p0",
    "p50",
    "p23",
  ]);
});

/**
 * Geo commands (geo.c): points are members of a sorted set scored by their 52-bit geohash (geohash.ts).
 * GEOADD is ZADD with computed scores; the searches scan the 9 geohash boxes around the center and keep
 * what lies inside the circle or box, then sort by distance as Redis does (a stable sort for full results,
 * Redis's partial quicksort `pqsort` when COUNT cuts the result, so ties come out in the same order).
 */
import type { CommandDef } from "./table.ts";
import type { Server } from "../server.ts";
import type { Client } from "../client.ts";
import { NOTIFY_ZSET } from "../notify.ts";
import { NIL, ZSetValue } from "../keyspace/zset.ts";
import {
  ERR_GEO_ANY_COUNT,
  ERR_GEO_BOX_NEGATIVE,
  ERR_GEO_COUNT,
  ERR_GEO_HEIGHT_NUMBER,
  ERR_GEO_MEMBER,
  ERR_GEO_RADIUS_NEGATIVE,
  ERR_GEO_RADIUS_NUMBER,
  ERR_GEO_UNIT,
  ERR_GEO_WIDTH_NUMBER,
  ERR_NOT_INTEGER,
  ERR_SYNTAX,
  errGeoBy,
  errGeoFrom,
  errGeoStoreWith,
  errInvalidLonLat,
} from "../errors.ts";
import { parseInt64 } from "../bytes.ts";
import {
  areasByShape,
  decodeScore,
  distance,
  distanceIfInShape,
  encodeWGS84,
  fixedC,
  GEO_LAT_MAX,
  GEO_LAT_MIN,
  GEO_LONG_MAX,
  GEO_LONG_MIN,
  GEO_STEP_MAX,
  geohashString,
  hashIsZero,
  hashText,
  humanDouble,
  scoresOfBox,
} from "../geohash.ts";
import type { GeoHashBits, GeoShape } from "../geohash.ts";
import { readZset, scoreArg, storeZset, zaddGeneric } from "./zset.ts";
import { deleteKey } from "../db/keys.ts";
import { isKeyword } from "./util.ts";
import { pqsort } from "../pqsort.ts";

/** extractLongLatOrReply: [longitude, latitude] or null after an error. */
function lonLatArg(c: Client, lonArg: string, latArg: string): [number, number] | null {
  const lon = scoreArg(c, lonArg);
  if (lon === null) return null;
  const lat = scoreArg(c, latArg);
  if (lat === null) return null;
  if (lon < GEO_LONG_MIN || lon > GEO_LONG_MAX || lat < GEO_LAT_MIN || lat > GEO_LAT_MAX) {
    c.error(errInvalidLonLat(fixedC(lon, 6), fixedC(lat, 6)));
    return null;
  }
  return [lon, lat];
}

/** extractUnitOrReply: meters per unit, or -1 after an error. */
function unitArg(c: Client, u: string): number {
  if (isKeyword(u, "M")) return 1;
  if (isKeyword(u, "KM")) return 1000;
  if (isKeyword(u, "FT")) return 0.3048;
  if (isKeyword(u, "MI")) return 1609.34;
  c.error(ERR_GEO_UNIT);
  return -1;
}

/** extractDistanceOrReply: [radius, conversion] or null. */
function distanceArg(c: Client, radiusArg: string, unit: string): [number, number] | null {
  const r = scoreArg(c, radiusArg, ERR_GEO_RADIUS_NUMBER);
  if (r === null) return null;
  if (r < 0) {
    c.error(ERR_GEO_RADIUS_NEGATIVE);
    return null;
  }
  const conv = unitArg(c, unit);
  return conv < 0 ? null : [r, conv];
}

/** extractBoxOrReply: [width, height, conversion] or null. */
function boxArg(c: Client, wArg: string, hArg: string, unit: string): [number, number, number] | null {
  const w = scoreArg(c, wArg, ERR_GEO_WIDTH_NUMBER);
  if (w === null) return null;
  const h = scoreArg(c, hArg, ERR_GEO_HEIGHT_NUMBER);
  if (h === null) return null;
  if (h < 0 || w < 0) {
    c.error(ERR_GEO_BOX_NEGATIVE);
    return null;
  }
  const conv = unitArg(c, unit);
  return conv < 0 ? null : [w, h, conv];
}

/** "%.4f" as a bulk string, in both protocols (addReplyDoubleDistance). */
function replyDistance(c: Client, d: number): void {
  c.reply.bulk(fixedC(d, 4));
}

/** addReplyHumanLongDouble: a bulk string in RESP2, a double in RESP3. */
function replyHuman(c: Client, d: number): void {
  const s = humanDouble(d);
  if (c.proto === 3) {
    c.reply.text(`,${s}\r\n`);
  } else {
    c.reply.bulk(s);
  }
}

/** GEOADD key [NX|XX] [CH] longitude latitude member [longitude latitude member ...] */
function geoaddCommand(c: Client, argv: string[]): void {
  let xx = false;
  let nx = false;
  let longidx = 2;
  while (longidx < argv.length) {
    const opt = argv[longidx];
    if (isKeyword(opt, "NX")) nx = true;
    else if (isKeyword(opt, "XX")) xx = true;
    else if (!isKeyword(opt, "CH")) break;
    longidx++;
  }
  if ((argv.length - longidx) % 3 !== 0 || (xx && nx)) return c.error(ERR_SYNTAX);
  const elements = (argv.length - longidx) / 3;
  // Redis rewrites the command as ZADD with the geohashes as scores and runs that.
  const zargv = ["zadd", ...argv.slice(1, longidx)];
  for (let i = 0; i < elements; i++) {
    const at = longidx + i * 3;
    const xy = lonLatArg(c, argv[at], argv[at + 1]);
    if (xy === null) return;
    const hash = encodeWGS84(xy[0], xy[1], GEO_STEP_MAX)!;
    zargv.push(hashText(hash), argv[at + 2]);
  }
  // ... and that ZADD is what it replicates (replaceClientCommandVector).
  c.server.propagation.rewrite(zargv);
  zaddGeneric(c, zargv, 0);
}

/**
 * GEOPOS and GEOHASH: one reply per member, `missing` for a member (or key) that is not there, `found` with
 * the decoded coordinates otherwise.
 */
function perMemberGeneric(
  c: Client,
  argv: string[],
  missing: () => void,
  found: (lon: number, lat: number) => void,
): void {
  const z = readZset(c, argv[1]);
  if (z === null) return;
  c.reply.array(argv.length - 2);
  for (let j = 2; j < argv.length; j++) {
    const score = z === undefined ? undefined : z.score(argv[j]);
    if (score === undefined) {
      missing();
      continue;
    }
    const [lon, lat] = decodeScore(score);
    found(lon, lat);
  }
}

/** GEOPOS key [member ...] */
function geoposCommand(c: Client, argv: string[]): void {
  perMemberGeneric(c, argv, () => c.reply.nullArray(), (lon, lat) => {
    c.reply.array(2);
    replyHuman(c, lon);
    replyHuman(c, lat);
  });
}

/** GEOHASH key [member ...] */
function geohashCommand(c: Client, argv: string[]): void {
  perMemberGeneric(c, argv, () => c.reply.nullBulk(), (lon, lat) => c.reply.bulk(geohashString(lon, lat)));
}

/** GEODIST key member1 member2 [M|KM|FT|MI] */
function geodistCommand(c: Client, argv: string[]): void {
  let toMeter = 1;
  if (argv.length === 5) {
    toMeter = unitArg(c, argv[4]);
    if (toMeter < 0) return;
  } else if (argv.length > 5) {
    return c.error(ERR_SYNTAX);
  }
  const z = readZset(c, argv[1]);
  if (z === null) return;
  if (z === undefined) return c.reply.nullBulk();
  const s1 = z.score(argv[2]);
  const s2 = z.score(argv[3]);
  if (s1 === undefined || s2 === undefined) return c.reply.nullBulk();
  const a = decodeScore(s1);
  const b = decodeScore(s2);
  replyDistance(c, distance(a[0], a[1], b[0], b[1]) / toMeter);
}

/** A match of a search (geoPoint). */
export interface GeoPoint {
  lon: number;
  lat: number;
  dist: number;
  member: string;
  score: number;
}

/** geoGetPointsInRange over one box: members with min <= score < max that lie in the shape. */
function pointsInBox(z: ZSetValue, box: GeoHashBits, shape: GeoShape, out: GeoPoint[], limit: number): void {
  const [min, max] = scoresOfBox(box);
  const range = { min, max, minex: false, maxex: true };
  for (let x = z.firstInRange(range); x !== NIL; x = z.next(x)) {
    const score = z.scoreOf(x);
    if (!(score < max)) break;
    const [lon, lat] = decodeScore(score);
    const d = distanceIfInShape(shape, lon, lat);
    if (d >= 0) out.push({ lon, lat, dist: d, member: z.memberOf(x), score });
    if (out.length && limit && out.length >= limit) break;
  }
}

/** membersOfAllNeighbors: the 9 boxes in order, skipping zeroed ones and a box equal to the last searched. */
function membersOfAllNeighbors(
  z: ZSetValue,
  boxes: GeoHashBits[],
  shape: GeoShape,
  out: GeoPoint[],
  limit: number,
): void {
  let last = 0;
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    if (hashIsZero(b)) continue;
    const p = boxes[last];
    if (last && b.hi === p.hi && b.lo === p.lo && b.step === p.step) continue;
    if (out.length && limit && out.length >= limit) break;
    pointsInBox(z, b, shape, out, limit);
    last = i;
  }
}

function sortAsc(a: GeoPoint, b: GeoPoint): number {
  return a.dist > b.dist ? 1 : a.dist === b.dist ? 0 : -1;
}

function sortDesc(a: GeoPoint, b: GeoPoint): number {
  return -sortAsc(a, b);
}

const RADIUS_COORDS = 1;
const RADIUS_MEMBER = 2;
const RADIUS_NOSTORE = 4;
const GEOSEARCH = 8;
const GEOSEARCHSTORE = 16;
const SORT_NONE = 0;
const SORT_ASC = 1;
const SORT_DESC = 2;

/**
 * georadiusGeneric: GEORADIUS[_RO], GEORADIUSBYMEMBER[_RO], GEOSEARCH and GEOSEARCHSTORE, with their checks
 * in Redis's order (the source key's type first, then arguments left to right).
 */
function georadiusGeneric(c: Client, argv: string[], srcKeyIndex: number, flags: number): void {
  let storekey: string | null = null;
  let storedist = false;
  const z = readZset(c, argv[srcKeyIndex]);
  if (z === null) return;
  let baseArgs: number;
  const shape: GeoShape = { circular: true, lon: 0, lat: 0, radius: 0, width: 0, height: 0, conversion: 0 };
  if (flags & RADIUS_COORDS) {
    baseArgs = 6;
    const xy = lonLatArg(c, argv[2], argv[3]);
    if (xy === null) return;
    [shape.lon, shape.lat] = xy;
    const d = distanceArg(c, argv[4], argv[5]);
    if (d === null) return;
    [shape.radius, shape.conversion] = d;
  } else if (flags & RADIUS_MEMBER && z === undefined) {
    baseArgs = 5;
  } else if (flags & RADIUS_MEMBER) {
    baseArgs = 5;
    const score = z!.score(argv[2]);
    if (score === undefined) return c.error(ERR_GEO_MEMBER);
    [shape.lon, shape.lat] = decodeScore(score);
    const d = distanceArg(c, argv[3], argv[4]);
    if (d === null) return;
    [shape.radius, shape.conversion] = d;
  } else {
    baseArgs = 2;
    if (flags & GEOSEARCHSTORE) {
      baseArgs = 3;
      storekey = argv[1];
    }
  }
  let withdist = false;
  let withhash = false;
  let withcoords = false;
  let frommember = false;
  let fromloc = false;
  let byradius = false;
  let bybox = false;
  let sort = SORT_NONE;
  let any = false;
  let count = 0;
  const remaining = argv.length - baseArgs;
  for (let i = 0; i < remaining; i++) {
    const arg = argv[baseArgs + i];
    if (isKeyword(arg, "WITHDIST")) withdist = true;
    else if (isKeyword(arg, "WITHHASH")) withhash = true;
    else if (isKeyword(arg, "WITHCOORD")) withcoords = true;
    else if (isKeyword(arg, "ANY")) any = true;
    else if (isKeyword(arg, "ASC")) sort = SORT_ASC;
    else if (isKeyword(arg, "DESC")) sort = SORT_DESC;
    else if (isKeyword(arg, "COUNT") && i + 1 < remaining) {
      const n = parseInt64(argv[baseArgs + i + 1]);
      if (n === null) return c.error(ERR_NOT_INTEGER);
      if (n <= 0) return c.error(ERR_GEO_COUNT);
      count = Number(n);
      i++;
    } else if (isKeyword(arg, "STORE") && i + 1 < remaining && !(flags & RADIUS_NOSTORE) && !(flags & GEOSEARCH)) {
      storekey = argv[baseArgs + i + 1];
      storedist = false;
      i++;
    } else if (isKeyword(arg, "STOREDIST") && i + 1 < remaining && !(flags & RADIUS_NOSTORE) && !(flags & GEOSEARCH)) {
      storekey = argv[baseArgs + i + 1];
      storedist = true;
      i++;
    } else if (isKeyword(arg, "STOREDIST") && flags & GEOSEARCH && flags & GEOSEARCHSTORE) {
      storedist = true;
    } else if (isKeyword(arg, "FROMMEMBER") && i + 1 < remaining && flags & GEOSEARCH && !fromloc) {
      if (z !== undefined) {
        const score = z.score(argv[baseArgs + i + 1]);
        if (score === undefined) return c.error(ERR_GEO_MEMBER);
        [shape.lon, shape.lat] = decodeScore(score);
      }
      frommember = true;
      i++;
    } else if (isKeyword(arg, "FROMLONLAT") && i + 2 < remaining && flags & GEOSEARCH && !frommember) {
      const xy = lonLatArg(c, argv[baseArgs + i + 1], argv[baseArgs + i + 2]);
      if (xy === null) return;
      [shape.lon, shape.lat] = xy;
      fromloc = true;
      i += 2;
    } else if (isKeyword(arg, "BYRADIUS") && i + 2 < remaining && flags & GEOSEARCH && !bybox) {
      const d = distanceArg(c, argv[baseArgs + i + 1], argv[baseArgs + i + 2]);
      if (d === null) return;
      [shape.radius, shape.conversion] = d;
      shape.circular = true;
      byradius = true;
      i += 2;
    } else if (isKeyword(arg, "BYBOX") && i + 3 < remaining && flags & GEOSEARCH && !byradius) {
      const b = boxArg(c, argv[baseArgs + i + 1], argv[baseArgs + i + 2], argv[baseArgs + i + 3]);
      if (b === null) return;
      [shape.width, shape.height, shape.conversion] = b;
      shape.circular = false;
      bybox = true;
      i += 3;
    } else {
      return c.error(ERR_SYNTAX);
    }
  }
  if (storekey !== null && (withdist || withhash || withcoords)) {
    return c.error(errGeoStoreWith(flags & GEOSEARCHSTORE ? "GEOSEARCHSTORE" : "STORE option in GEORADIUS"));
  }
  if (flags & GEOSEARCH && !(frommember || fromloc)) {
    return c.error(errGeoFrom(argv[0]));
  }
  if (flags & GEOSEARCH && !(byradius || bybox)) {
    return c.error(errGeoBy(argv[0]));
  }
  if (any && !count) return c.error(ERR_GEO_ANY_COUNT);
  const server = c.server;
  if (z === undefined) {
    if (storekey !== null) {
      deleteKey(c, storekey);
      c.reply.integer(0);
    } else {
      c.reply.array(0);
    }
    return;
  }
  if (count !== 0 && sort === SORT_NONE && !any) sort = SORT_ASC;
  const boxes = areasByShape(shape);
  const ga: GeoPoint[] = [];
  membersOfAllNeighbors(z, boxes, shape, ga, any ? count : 0);
  if (ga.length === 0 && storekey === null) return c.reply.array(0);
  const resultLength = ga.length;
  const returned = count === 0 || resultLength < count ? resultLength : count;
  if (sort !== SORT_NONE) {
    const cmp = sort === SORT_ASC ? sortAsc : sortDesc;
    if (returned === resultLength) ga.sort(cmp);
    else pqsort(ga, cmp, 0, returned - 1);
  }
  if (storekey === null) {
    const w = c.reply;
    const optionLength = (withdist ? 1 : 0) + (withcoords ? 1 : 0) + (withhash ? 1 : 0);
    w.array(returned);
    for (let i = 0; i < returned; i++) {
      const gp = ga[i];
      const dist = gp.dist / shape.conversion;
      if (optionLength) w.array(optionLength + 1);
      w.bulk(gp.member);
      if (withdist) replyDistance(c, dist);
      if (withhash) w.integer(gp.score);
      if (withcoords) {
        w.array(2);
        replyHuman(c, gp.lon);
        replyHuman(c, gp.lat);
      }
    }
    return;
  }
  if (returned > 0) {
    const dst = new ZSetValue(returned);
    dst.listpack = false;
    for (let i = 0; i < returned; i++) {
      const gp = ga[i];
      dst.insert(gp.member, storedist ? gp.dist / shape.conversion : gp.score);
    }
    dst.convertToListpackIfNeeded(server.config);
    storeZset(c, storekey, dst);
    server.notifyKeyspaceEvent(NOTIFY_ZSET, flags & GEOSEARCH ? "geosearchstore" : "georadiusstore", storekey, c.db.id);
    server.dirty += returned;
  } else {
    deleteKey(c, storekey);
  }
  c.reply.integer(returned);
}

export function geoCommands(_server: Server): CommandDef[] {
  return [
    { name: "geoadd", handler: geoaddCommand },
    { name: "geopos", handler: geoposCommand },
    { name: "geohash", handler: geohashCommand },
    { name: "geodist", handler: geodistCommand },
    /* GEORADIUS key longitude latitude radius M|KM|FT|MI [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC|DESC] [STORE key|STOREDIST key] */
    { name: "georadius", handler: (c, argv) => georadiusGeneric(c, argv, 1, RADIUS_COORDS) },
    /* GEORADIUSBYMEMBER key member radius M|KM|FT|MI [...same options] */
    { name: "georadiusbymember", handler: (c, argv) => georadiusGeneric(c, argv, 1, RADIUS_MEMBER) },
    /* GEORADIUS_RO key longitude latitude radius M|KM|FT|MI [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC|DESC] */
    { name: "georadius_ro", handler: (c, argv) => georadiusGeneric(c, argv, 1, RADIUS_COORDS | RADIUS_NOSTORE) },
    /* GEORADIUSBYMEMBER_RO key member radius M|KM|FT|MI [...] */
    {
      name: "georadiusbymember_ro",
      handler: (c, argv) => georadiusGeneric(c, argv, 1, RADIUS_MEMBER | RADIUS_NOSTORE),
    },
    /* GEOSEARCH key FROMMEMBER member|FROMLONLAT lon lat BYRADIUS r unit|BYBOX w h unit [ASC|DESC] [COUNT n [ANY]] [WITHCOORD] [WITHDIST] [WITHHASH] */
    { name: "geosearch", handler: (c, argv) => georadiusGeneric(c, argv, 1, GEOSEARCH) },
    /* GEOSEARCHSTORE dst src FROMMEMBER ...|FROMLONLAT ... BYRADIUS ...|BYBOX ... [ASC|DESC] [COUNT n [ANY]] [STOREDIST] */
    { name: "geosearchstore", handler: (c, argv) => georadiusGeneric(c, argv, 2, GEOSEARCH | GEOSEARCHSTORE) },
  ];
}

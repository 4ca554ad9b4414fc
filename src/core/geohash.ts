/**
 * Redis's geohash (geohash.c, geohash_helper.c): coordinates interleaved into a 52-bit integer used as a
 * sorted set score, and the 9-box area search the GEO commands run. Ported operation for operation so that
 * scores, decoded coordinates and distances come out identical to redis-server's.
 *
 * A hash is up to 64 bits (a coordinate exactly on the upper edge sets one bit past 2*step, as in C), kept
 * as two unsigned 32-bit words so all bit work stays in 32-bit integer arithmetic.
 */

export const GEO_STEP_MAX = 26;
export const GEO_LAT_MIN = -85.05112878;
export const GEO_LAT_MAX = 85.05112878;
export const GEO_LONG_MIN = -180;
export const GEO_LONG_MAX = 180;

const D_R = Math.PI / 180.0;
const EARTH_RADIUS_IN_METERS = 6372797.560856;
const MERCATOR_MAX = 20037726.37;

export interface GeoHashBits {
  hi: number;
  lo: number;
  step: number;
}

export interface GeoHashArea {
  lonMin: number;
  lonMax: number;
  latMin: number;
  latMax: number;
}

export interface GeoRange {
  min: number;
  max: number;
}

const LONG_RANGE: GeoRange = { min: GEO_LONG_MIN, max: GEO_LONG_MAX };
const LAT_RANGE: GeoRange = { min: GEO_LAT_MIN, max: GEO_LAT_MAX };

/** Spreads the low 16 bits of x to the even bit positions of a 32-bit word. */
function spread16(x: number): number {
  x &= 0xffff;
  x = (x | (x << 8)) & 0x00ff00ff;
  x = (x | (x << 4)) & 0x0f0f0f0f;
  x = (x | (x << 2)) & 0x33333333;
  x = (x | (x << 1)) & 0x55555555;
  return x >>> 0;
}

/** The inverse: the even bits of a 32-bit word packed into 16 bits. */
function compact16(x: number): number {
  x &= 0x55555555;
  x = (x | (x >>> 1)) & 0x33333333;
  x = (x | (x >>> 2)) & 0x0f0f0f0f;
  x = (x | (x >>> 4)) & 0x00ff00ff;
  x = (x | (x >>> 8)) & 0x0000ffff;
  return x;
}

/** interleave64: latitude bits at even positions, longitude bits at odd ones. */
export function interleave(lat: number, lon: number, step: number): GeoHashBits {
  const lo = (spread16(lat) | (spread16(lon) << 1)) >>> 0;
  const hi = (spread16(lat >>> 16) | (spread16(lon >>> 16) << 1)) >>> 0;
  return { hi, lo, step };
}

/** deinterleave64: [latitude index, longitude index], each an unsigned 32-bit number. */
function deinterleave(h: GeoHashBits): [number, number] {
  const lat = (compact16(h.lo) | (compact16(h.hi) << 16)) >>> 0;
  const lon = (compact16(h.lo >>> 1) | (compact16(h.hi >>> 1) << 16)) >>> 0;
  return [lat, lon];
}

/** The hash as a number (one rounding, as C's uint64 -> double conversion). */
export function hashValue(h: GeoHashBits): number {
  return h.hi * 4294967296 + h.lo;
}

/** The hash as its exact decimal integer text (sdsfromlonglong). */
export function hashText(h: GeoHashBits): string {
  if (h.hi < 0x200000) return String(h.hi * 4294967296 + h.lo);
  return ((BigInt(h.hi) << 32n) | BigInt(h.lo)).toString();
}

export function hashIsZero(h: GeoHashBits): boolean {
  return h.hi === 0 && h.lo === 0 && h.step === 0;
}

const ZERO: GeoHashBits = { hi: 0, lo: 0, step: 0 };

/** C's (uint32_t) conversion of a non-negative double below 2^32: truncation. */
function toU32(d: number): number {
  return Math.trunc(d) >>> 0;
}

/** geohashEncode: null where C returns 0 (bad step, coordinates outside the supported area). */
export function encode(
  lonRange: GeoRange,
  latRange: GeoRange,
  longitude: number,
  latitude: number,
  step: number,
): GeoHashBits | null {
  if (step > 32 || step === 0) return null;
  if (longitude > GEO_LONG_MAX || longitude < GEO_LONG_MIN || latitude > GEO_LAT_MAX || latitude < GEO_LAT_MIN) {
    return null;
  }
  if (latitude < latRange.min || latitude > latRange.max || longitude < lonRange.min || longitude > lonRange.max) {
    return null;
  }
  let latOffset = (latitude - latRange.min) / (latRange.max - latRange.min);
  let lonOffset = (longitude - lonRange.min) / (lonRange.max - lonRange.min);
  latOffset *= 2 ** step;
  lonOffset *= 2 ** step;
  return interleave(toU32(latOffset), toU32(lonOffset), step);
}

export function encodeWGS84(longitude: number, latitude: number, step: number): GeoHashBits | null {
  return encode(LONG_RANGE, LAT_RANGE, longitude, latitude, step);
}

/** geohashDecode: the cell's bounds. `ilato + 1` wraps as a uint32 does in C. */
export function decode(lonRange: GeoRange, latRange: GeoRange, h: GeoHashBits): GeoHashArea | null {
  if (hashIsZero(h)) return null;
  const [ilato, ilono] = deinterleave(h);
  const scale = 2 ** h.step;
  const latScale = latRange.max - latRange.min;
  const lonScale = lonRange.max - lonRange.min;
  return {
    latMin: latRange.min + ((ilato * 1.0) / scale) * latScale,
    latMax: latRange.min + ((((ilato + 1) >>> 0) * 1.0) / scale) * latScale,
    lonMin: lonRange.min + ((ilono * 1.0) / scale) * lonScale,
    lonMax: lonRange.min + ((((ilono + 1) >>> 0) * 1.0) / scale) * lonScale,
  };
}

/** geohashDecodeAreaToLongLat: the cell's center, clamped to the supported area. */
function areaCenter(a: GeoHashArea): [number, number] {
  let x = (a.lonMin + a.lonMax) / 2;
  if (x > GEO_LONG_MAX) x = GEO_LONG_MAX;
  if (x < GEO_LONG_MIN) x = GEO_LONG_MIN;
  let y = (a.latMin + a.latMax) / 2;
  if (y > GEO_LAT_MAX) y = GEO_LAT_MAX;
  if (y < GEO_LAT_MIN) y = GEO_LAT_MIN;
  return [x, y];
}

/**
 * decodeGeohash: a score back to [longitude, latitude]. The score goes through C's (uint64_t) cast first,
 * so negative and huge scores land where they do on x86-64.
 */
export function decodeScore(score: number): [number, number] {
  let hi: number;
  let lo: number;
  if (score >= 0 && score < 9007199254740992) {
    const v = Math.trunc(score);
    hi = Math.floor(v / 4294967296);
    lo = v - hi * 4294967296;
  } else {
    let v: bigint;
    if (score >= 0 && score < 18446744073709551616) v = BigInt(Math.trunc(score));
    else if (score >= 9223372036854775808) v = 0n; // cvttsd2si overflow, then xor 2^63
    else if (score >= -9223372036854775808) v = BigInt(Math.trunc(score)) & 0xffffffffffffffffn;
    else v = 0x8000000000000000n;
    hi = Number(v >> 32n);
    lo = Number(v & 0xffffffffn);
  }
  const area = decode(LONG_RANGE, LAT_RANGE, { hi, lo, step: GEO_STEP_MAX })!;
  return areaCenter(area);
}

/** geohashAlign52Bits: the hash shifted to the 52-bit score scale. */
export function align52(h: GeoHashBits): number {
  return hashValue(h) * 2 ** (52 - h.step * 2);
}

/** The hash plus one (scoresOfGeoHashBox's `hash.bits++`). */
function increment(h: GeoHashBits): GeoHashBits {
  const lo = (h.lo + 1) >>> 0;
  const hi = lo === 0 ? (h.hi + 1) >>> 0 : h.hi;
  return { hi, lo, step: h.step };
}

/** The [min, max) score interval covering every 26-step hash inside `h` (scoresOfGeoHashBox). */
export function scoresOfBox(h: GeoHashBits): [number, number] {
  return [align52(h), align52(increment(h))];
}

/**
 * geohash_move_x / geohash_move_y: the neighbor cell. The moved coordinate wraps within `step` bits; the
 * other keeps all its bits, exactly as the masked C arithmetic does.
 */
function move(h: GeoHashBits, dx: number, dy: number): GeoHashBits {
  let [lat, lon] = deinterleave(h);
  const mod = 2 ** h.step;
  if (dx !== 0) lon = (((lon % mod) + dx + mod) % mod) >>> 0;
  if (dy !== 0) lat = (((lat % mod) + dy + mod) % mod) >>> 0;
  return interleave(lat, lon, h.step);
}

export interface GeoNeighbors {
  north: GeoHashBits;
  east: GeoHashBits;
  west: GeoHashBits;
  south: GeoHashBits;
  northEast: GeoHashBits;
  southEast: GeoHashBits;
  northWest: GeoHashBits;
  southWest: GeoHashBits;
}

function neighborsOf(h: GeoHashBits): GeoNeighbors {
  return {
    east: move(h, 1, 0),
    west: move(h, -1, 0),
    south: move(h, 0, -1),
    north: move(h, 0, 1),
    northWest: move(h, -1, 1),
    northEast: move(h, 1, 1),
    southEast: move(h, 1, -1),
    southWest: move(h, -1, -1),
  };
}

/** geohashEstimateStepsByRadius */
function estimateStepsByRadius(rangeMeters: number, lat: number): number {
  if (rangeMeters === 0) return 26;
  let step = 1;
  while (rangeMeters < MERCATOR_MAX) {
    rangeMeters *= 2;
    step++;
  }
  step -= 2;
  if (lat > 66 || lat < -66) {
    step--;
    if (lat > 80 || lat < -80) step--;
  }
  if (step < 1) step = 1;
  if (step > 26) step = 26;
  return step;
}

/** A search shape (GeoShape): a circle (radius) or a box (width, height), in `conversion` units per meter. */
export interface GeoShape {
  circular: boolean;
  lon: number;
  lat: number;
  radius: number;
  width: number;
  height: number;
  conversion: number;
}

function degRad(ang: number): number {
  return ang * D_R;
}

function radDeg(ang: number): number {
  return ang / D_R;
}

/** geohashBoundingBox: [min lon, min lat, max lon, max lat]. */
function boundingBox(s: GeoShape): [number, number, number, number] {
  const height = s.conversion * (s.circular ? s.radius : s.height / 2);
  const width = s.conversion * (s.circular ? s.radius : s.width / 2);
  const latDelta = radDeg(height / EARTH_RADIUS_IN_METERS);
  const longDeltaTop = radDeg(width / EARTH_RADIUS_IN_METERS / Math.cos(degRad(s.lat + latDelta)));
  const longDeltaBottom = radDeg(width / EARTH_RADIUS_IN_METERS / Math.cos(degRad(s.lat - latDelta)));
  const southern = s.lat < 0;
  return [
    southern ? s.lon - longDeltaBottom : s.lon - longDeltaTop,
    s.lat - latDelta,
    southern ? s.lon + longDeltaBottom : s.lon + longDeltaTop,
    s.lat + latDelta,
  ];
}

/**
 * geohashCalculateAreasByShapeWGS84: the center cell and its 8 neighbors that together cover the shape, in
 * the order membersOfAllNeighbors visits them; cells that cannot hold a match are zeroed.
 */
export function areasByShape(s: GeoShape): GeoHashBits[] {
  const [minLon, minLat, maxLon, maxLat] = boundingBox(s);
  let radiusMeters = s.circular ? s.radius : Math.sqrt((s.width / 2) * (s.width / 2) + (s.height / 2) * (s.height / 2));
  radiusMeters *= s.conversion;
  let steps = estimateStepsByRadius(radiusMeters, s.lat);
  let hash = encode(LONG_RANGE, LAT_RANGE, s.lon, s.lat, steps)!;
  let n = neighborsOf(hash);
  let area = decode(LONG_RANGE, LAT_RANGE, hash)!;
  let decrease = false;
  {
    const north = decode(LONG_RANGE, LAT_RANGE, n.north)!;
    const south = decode(LONG_RANGE, LAT_RANGE, n.south)!;
    const east = decode(LONG_RANGE, LAT_RANGE, n.east)!;
    const west = decode(LONG_RANGE, LAT_RANGE, n.west)!;
    if (north.latMax < maxLat) decrease = true;
    if (south.latMin > minLat) decrease = true;
    if (east.lonMax < maxLon) decrease = true;
    if (west.lonMin > minLon) decrease = true;
  }
  if (steps > 1 && decrease) {
    steps--;
    hash = encode(LONG_RANGE, LAT_RANGE, s.lon, s.lat, steps)!;
    n = neighborsOf(hash);
    area = decode(LONG_RANGE, LAT_RANGE, hash)!;
  }
  if (steps >= 2) {
    if (area.latMin < minLat) n.south = n.southWest = n.southEast = ZERO;
    if (area.latMax > maxLat) n.north = n.northEast = n.northWest = ZERO;
    if (area.lonMin < minLon) n.west = n.southWest = n.northWest = ZERO;
    if (area.lonMax > maxLon) n.east = n.southEast = n.northEast = ZERO;
  }
  return [hash, n.north, n.south, n.east, n.west, n.northEast, n.northWest, n.southEast, n.southWest];
}

/** geohashGetDistance: haversine on Redis's earth radius, in meters. */
export function distance(lon1d: number, lat1d: number, lon2d: number, lat2d: number): number {
  const lat1r = degRad(lat1d);
  const lon1r = degRad(lon1d);
  const lat2r = degRad(lat2d);
  const lon2r = degRad(lon2d);
  const u = Math.sin((lat2r - lat1r) / 2);
  const v = Math.sin((lon2r - lon1r) / 2);
  return 2.0 * EARTH_RADIUS_IN_METERS * Math.asin(Math.sqrt(u * u + Math.cos(lat1r) * Math.cos(lat2r) * v * v));
}

/**
 * Whether a point lies in the shape (geohashGetDistanceIfInRadiusWGS84 / geohashGetDistanceIfInRectangle):
 * its distance from the center, or -1 when outside.
 */
export function distanceIfInShape(s: GeoShape, lon: number, lat: number): number {
  if (s.circular) {
    const d = distance(s.lon, s.lat, lon, lat);
    return d > s.radius * s.conversion ? -1 : d;
  }
  const widthM = s.width * s.conversion;
  const heightM = s.height * s.conversion;
  const lonDistance = distance(lon, lat, s.lon, lat);
  const latDistance = distance(lon, lat, lon, s.lat);
  if (lonDistance > widthM / 2 || latDistance > heightM / 2) return -1;
  return distance(s.lon, s.lat, lon, lat);
}

const GEOALPHABET = "0123456789bcdefghjkmnpqrstuvwxyz";

/** GEOHASH's 11-character string: re-encoded on the standard [-90, 90] latitude range. */
export function geohashString(lon: number, lat: number): string {
  const h = encode({ min: -180, max: 180 }, { min: -90, max: 90 }, lon, lat, 26);
  if (h === null) return "00000000000";
  let out = "";
  for (let i = 0; i < 11; i++) {
    let idx = 0;
    if (i < 10) {
      const shift = 52 - (i + 1) * 5;
      // 5 bits starting at `shift` of the 64-bit hash (shift >= 2, bits below 52 only).
      const v = shift >= 32
        ? h.hi >>> (shift - 32)
        : shift + 5 <= 32
        ? h.lo >>> shift
        : ((h.lo >>> shift) | (h.hi << (32 - shift))) >>> 0;
      idx = v & 0x1f;
    }
    out += GEOALPHABET[idx];
  }
  return out;
}

/** C's printf("%.{digits}f"): exact decimal rounding, ties to even. */
export function fixedC(d: number, digits: number): string {
  const s = d.toFixed(digits);
  // toFixed breaks exact ties upward; C rounds them to even. Detect a tie from a longer exact expansion.
  const longer = d.toFixed(Math.min(100, digits + 30));
  const tail = longer.slice(longer.length - 30);
  if (tail === "5" + "0".repeat(29)) {
    let truncated = longer.slice(0, longer.length - 30);
    if (truncated.endsWith(".")) truncated = truncated.slice(0, -1);
    if ((truncated.charCodeAt(truncated.length - 1) - 48) % 2 === 0) return truncated === "-0" ? "-0" : truncated;
  }
  return s;
}

/** ld2string(LD_STR_HUMAN): %.17Lf without trailing zeros (coordinates in GEOPOS, WITHCOORD). */
export function humanDouble(d: number): string {
  if (d === Infinity) return "inf";
  if (d === -Infinity) return "-inf";
  let s = fixedC(d, 17);
  if (s.indexOf(".") !== -1) {
    s = s.replace(/0+$/, "");
    if (s.endsWith(".")) s = s.slice(0, -1);
  }
  if (s === "-0") s = "0";
  return s;
}

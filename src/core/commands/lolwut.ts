/**
 * LOLWUT (lolwut.c, lolwut5.c, lolwut6.c): Redis 7.0 answers with its version; VERSION 5 draws Georg Nees's
 * "Schotter" in braille, VERSION 6 a skyline in terminal colours. The art's randomness (C's rand()) comes
 * from the host's random source; the parts that do not use it (the first two rows of squares, the frames)
 * are the same bytes as Redis's.
 */
import type { Client } from "../client.ts";
import { VERSION } from "../version.ts";
import { int64Arg } from "./util.ts";

const RAND_MAX = 2147483647;

/** C's rand(): an integer in [0, RAND_MAX]. */
type Rand = () => number;

class Canvas {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;

  constructor(width: number, height: number, bgcolor: number) {
    this.width = width;
    this.height = height;
    this.pixels = new Uint8Array(width * height).fill(bgcolor);
  }

  draw(x: number, y: number, color: number): void {
    if (x < 0 || x >= this.width || y < 0 || y >= this.height) return;
    this.pixels[x + y * this.width] = color;
  }

  get(x: number, y: number): number {
    if (x < 0 || x >= this.width || y < 0 || y >= this.height) return 0;
    return this.pixels[x + y * this.width];
  }

  /** lwDrawLine: Bresenham. */
  line(x1: number, y1: number, x2: number, y2: number, color: number): void {
    const dx = Math.abs(x2 - x1);
    const dy = Math.abs(y2 - y1);
    const sx = x1 < x2 ? 1 : -1;
    const sy = y1 < y2 ? 1 : -1;
    let err = dx - dy;
    for (;;) {
      this.draw(x1, y1, color);
      if (x1 === x2 && y1 === y2) break;
      const e2 = err * 2;
      if (e2 > -dy) {
        err -= dy;
        x1 += sx;
      }
      if (e2 < dx) {
        err += dx;
        y1 += sy;
      }
    }
  }

  /** lwDrawSquare: the four corners on a circle, starting at 45 degrees plus the rotation (C floats). */
  square(x: number, y: number, size: number, angle: number, color: number): void {
    size = Math.fround(Math.round(Math.fround(size / 1.4142135623)));
    const px: number[] = [];
    const py: number[] = [];
    let k = Math.fround(Math.PI / 4 + angle);
    for (let j = 0; j < 4; j++) {
      px.push(cRound(Math.sin(k) * size + x));
      py.push(cRound(Math.cos(k) * size + y));
      k = Math.fround(k + Math.PI / 2);
    }
    for (let j = 0; j < 4; j++) this.line(px[j], py[j], px[(j + 1) % 4], py[(j + 1) % 4], color);
  }
}

/** C's round(): halves away from zero. */
function cRound(v: number): number {
  return v < 0 ? -Math.round(-v) : Math.round(v);
}

/** lwDrawSchotter: rows of squares, more rotated and displaced the lower they are. */
function drawSchotter(cols: number, perRow: number, perCol: number, rand: Rand): Canvas {
  const width = cols * 2;
  const padding = width > 4 ? 2 : 0;
  const side = Math.fround((width - padding * 2) / perRow);
  const height = Math.trunc(Math.fround(Math.fround(side * perCol) + padding * 2));
  const canvas = new Canvas(width, height, 0);
  for (let y = 0; y < perCol; y++) {
    for (let x = 0; x < perRow; x++) {
      let sx = Math.trunc(Math.fround(Math.fround(Math.fround(x * side) + Math.fround(side / 2)) + padding));
      let sy = Math.trunc(Math.fround(Math.fround(Math.fround(y * side) + Math.fround(side / 2)) + padding));
      let angle = 0;
      if (y > 1) {
        const r = () => Math.fround(Math.fround(Math.fround(rand() / RAND_MAX) / perCol) * y);
        let r1 = r();
        let r2 = r();
        let r3 = r();
        if (rand() % 2) r1 = -r1;
        if (rand() % 2) r2 = -r2;
        if (rand() % 2) r3 = -r3;
        angle = r1;
        sx = Math.trunc(Math.fround(sx + Math.fround(Math.fround(r2 * side) / 3)));
        sy = Math.trunc(Math.fround(sy + Math.fround(Math.fround(r3 * side) / 3)));
      }
      canvas.square(sx, sy, side, angle, 1);
    }
  }
  return canvas;
}

/** lolwut5's renderCanvas: 2x4 pixels per braille character (UTF-8 bytes, one char per byte). */
function renderBraille(canvas: Canvas): string {
  let text = "";
  for (let y = 0; y < canvas.height; y += 4) {
    for (let x = 0; x < canvas.width; x += 2) {
      let byte = 0;
      if (canvas.get(x, y)) byte |= 1 << 0;
      if (canvas.get(x, y + 1)) byte |= 1 << 1;
      if (canvas.get(x, y + 2)) byte |= 1 << 2;
      if (canvas.get(x + 1, y)) byte |= 1 << 3;
      if (canvas.get(x + 1, y + 1)) byte |= 1 << 4;
      if (canvas.get(x + 1, y + 2)) byte |= 1 << 5;
      if (canvas.get(x, y + 3)) byte |= 1 << 6;
      if (canvas.get(x + 1, y + 3)) byte |= 1 << 7;
      const code = 0x2800 + byte;
      text += String.fromCharCode(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    }
    if (y !== canvas.height - 1) text += "\n";
  }
  return text;
}

const COLOR_ESCAPES = ["0;30;40m", "0;90;100m", "0;37;47m", "0;97;107m"];

/** lolwut6's renderCanvas: one coloured space per pixel. */
function renderColors(canvas: Canvas): string {
  let text = "";
  for (let y = 0; y < canvas.height; y++) {
    for (let x = 0; x < canvas.width; x++) {
      text += `\x1b[${COLOR_ESCAPES[canvas.get(x, y)] ?? COLOR_ESCAPES[0]} \x1b[0m`;
    }
    if (y !== canvas.height - 1) text += "\n";
  }
  return text;
}

interface Skyscraper {
  xoff: number;
  width: number;
  height: number;
  windows: boolean;
  color: number;
}

function generateSkyscraper(canvas: Canvas, si: Skyscraper, rand: Rand): void {
  const starty = canvas.height - 1;
  const endy = starty - si.height + 1;
  for (let y = starty; y >= endy; y--) {
    for (let x = si.xoff; x < si.xoff + si.width; x++) {
      // The roof is four pixels less wide.
      if (y === endy && (x <= si.xoff + 1 || x >= si.xoff + si.width - 2)) continue;
      let color = si.color;
      if (si.windows && x > si.xoff + 1 && x < si.xoff + si.width - 2 && y > endy + 1 && y < starty - 1) {
        const relx = x - (si.xoff + 1);
        const rely = y - (endy + 1);
        // Windows two pixels wide, one tall: terminal "pixels" are not square.
        if (Math.trunc(relx / 2) % 2 && rely % 2) {
          do color = 1 + (rand() % 2); while (color === si.color);
          if (relx % 2) color = canvas.get(x - 1, y);
        }
      }
      canvas.draw(x, y, color);
    }
  }
}

function generateSkyline(canvas: Canvas, rand: Rand): void {
  const h = canvas.height;
  // Background skyscrapers in two greys, the lighter ones behind.
  for (let color = 2; color >= 1; color--) {
    for (let offset = -10; offset < canvas.width;) {
      offset += rand() % 8;
      const width = 10 + (rand() % 9);
      const height = color === 2
        ? Math.trunc(h / 2) + Math.trunc((rand() % h) / 2)
        : Math.trunc(h / 2) + Math.trunc((rand() % h) / 3);
      generateSkyscraper(canvas, { xoff: offset, width, height, windows: false, color }, rand);
      offset += color === 2 ? Math.trunc(width / 2) : width + 1;
    }
  }
  // The foreground, with windows.
  for (let offset = -10; offset < canvas.width;) {
    offset += rand() % 8;
    let width = 5 + (rand() % 14);
    if (width % 4) width += width % 3;
    const height = Math.trunc(h / 3) + Math.trunc((rand() % h) / 2);
    generateSkyscraper(canvas, { xoff: offset, width, height, windows: true, color: 0 }, rand);
    offset += width + 5;
  }
}

/** The optional numeric arguments: their values (defaults where absent), or null after an error reply. */
function longArgs(c: Client, args: string[], defaults: number[]): number[] | null {
  const out = [...defaults];
  for (let i = 0; i < defaults.length && i < args.length; i++) {
    const v = int64Arg(c, args[i]);
    if (v === null) return null;
    out[i] = Number(v);
  }
  return out;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/* LOLWUT [VERSION version] [version-specific arguments] */
export function lolwutCommand(c: Client, argv: string[]): void {
  let v = VERSION;
  let args = argv.slice(1);
  if (argv.length >= 3 && argv[1].toLowerCase() === "version") {
    const ver = int64Arg(c, argv[2]);
    if (ver === null) return;
    // snprintf("%u.0.0", (unsigned int)ver)
    v = `${Number(BigInt.asUintN(32, BigInt(ver)))}.0.0`;
    args = argv.slice(3);
  }
  const random = c.server.host.random;
  const rand: Rand = () => Math.floor(random() * (RAND_MAX + 1));
  if ((v[0] === "5" && v[1] === "." && v[2] !== "9") || (v[0] === "4" && v[1] === "." && v[2] === "9")) {
    const n = longArgs(c, args, [66, 8, 12]);
    if (n === null) return;
    const canvas = drawSchotter(clamp(n[0], 1, 1000), clamp(n[1], 1, 200), clamp(n[2], 1, 200), rand);
    c.reply.verbatim(
      `${renderBraille(canvas)}\nGeorg Nees - schotter, plotter on paper, 1968. Redis ver. ${VERSION}\n`,
    );
  } else if ((v[0] === "6" && v[1] === "." && v[2] !== "9") || (v[0] === "5" && v[1] === "." && v[2] === "9")) {
    const n = longArgs(c, args, [80, 20]);
    if (n === null) return;
    const canvas = new Canvas(clamp(n[0], 1, 1000), clamp(n[1], 1, 1000), 3);
    generateSkyline(canvas, rand);
    c.reply.verbatim(
      `${
        renderColors(canvas)
      }\nDedicated to the 8 bit game developers of past and present.\nOriginal 8 bit image from Plaguemon by hikikomori. Redis ver. ${VERSION}\n`,
    );
  } else {
    c.reply.verbatim(`Redis ver. ${VERSION}\n`);
  }
}

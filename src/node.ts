#!/usr/bin/env node
// Entry point compiled to dist/node.js: `node dist/node.js [--port 6379]`, and the npm package's bin
// (`npx @redis-lite/server --port 6380`). Importing src/runtime/node.ts starts nothing; this file does.
import fs from "node:fs";
import process from "node:process";
import { VERSION } from "./core/server.ts";
import { main } from "./runtime/node.ts";

const argv = process.argv.slice(2);

/** The package's own version, from the package.json beside dist/. */
function packageVersion(): string {
  try {
    return JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
  } catch {
    return "unknown";
  }
}

// redis-server's -v/--version line, its v= the Redis version served (tools parse it), build= this package.
if (argv[0] === "-v" || argv[0] === "--version") {
  console.log(`Redis server v=${VERSION} sha=00000000:0 malloc=libc bits=64 build=redis-lite-${packageVersion()}`);
  process.exit(0);
}
if (argv[0] === "-h" || argv[0] === "--help") {
  console.log(`Redis-Lite ${packageVersion()}, a Redis ${VERSION} compatible server on Node.js

Usage: redis-lite-server [/path/to/redis.conf] [options]
       redis-lite-server -v or --version
       redis-lite-server -h or --help

Options are redis.conf directives written as flags, as redis-server takes them:
       redis-lite-server --port 7777
       redis-lite-server --port 0 --save "" --appendonly yes
       redis-lite-server --bind 0.0.0.0 --requirepass secret --maxmemory 100mb`);
  process.exit(0);
}

// A failed listen was logged as Redis logs it.
main(argv).catch(() => process.exit(1));

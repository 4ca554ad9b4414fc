#!/usr/bin/env node
// Entry point compiled to dist/node.js: `node dist/node.js [--port 6379]`, and the npm package's bin
// (`npx @redis-lite/server --port 6380`, --help, --version: createServer answers those as redis-server does).
// Importing src/runtime/node.ts starts nothing; this file does.
import process from "node:process";
import { main } from "./runtime/node.ts";

// A failed listen was logged as Redis logs it.
main(process.argv.slice(2)).catch(() => process.exit(1));

// Entry point compiled to dist/node.js: `node dist/node.js [--port 6379]`, and the npm package's bin.
import process from "node:process";
import { main } from "./runtime/node.ts";

main(process.argv.slice(2)).catch((e) => {
  console.error(`Could not start: ${(e as Error).message}`);
  process.exit(1);
});

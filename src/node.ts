// Entry point compiled to dist/node.js: `node dist/node.js [--port 6379]`.
import "./runtime/node.ts";

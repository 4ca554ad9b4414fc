// Entry point compiled to dist/node.js: `node dist/node.js [--port 6379]`.
import "./runtime/node.js";
//# sourceMappingURL=node.js.map
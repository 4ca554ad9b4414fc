import { connectionCommands } from "./connection.js";
import { serverCommands } from "./server.js";
import { stringCommands } from "./string.js";
import { keyspaceCommands } from "./keyspace.js";
export function allCommands(server) {
    return [
        ...connectionCommands(server),
        ...serverCommands(server),
        ...stringCommands(server),
        ...keyspaceCommands(server),
    ];
}
//# sourceMappingURL=index.js.map
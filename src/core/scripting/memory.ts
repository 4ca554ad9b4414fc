/**
 * INFO memory's scripting fields (used_memory_lua, used_memory_vm_eval, used_memory_scripts_eval,
 * used_memory_vm_functions, used_memory_functions, used_memory_vm_total, used_memory_scripts and the counts),
 * from the cached scripts and the loaded libraries. A JS engine cannot say how much heap one Lua state holds,
 * so the figures follow what redis-server 7.0.15 reports for the same scripts and libraries:
 *
 * - used_memory_scripts_eval is Redis's own sum (lua_scripts_mem): per cached script, the SHA1's sds (48
 *   bytes), the body's sds in its jemalloc class, and 72 bytes of dict entry and script struct. Measured on
 *   redis-server for bodies of 8 to 1000 bytes, it matches every one (136 for "return 1", 1144 for 1000 bytes).
 * - used_memory_functions (functionsMemoryOverhead): 200 for the empty dictionaries, 64 per library and 160
 *   per function, plus their names' and descriptions' sds (what 0, 1 and 2 libraries measured: 200, 440, 880).
 * - The Lua heaps (lua_gc's LUA_GCCOUNT, whole KB): an empty state's 32 KB (EVAL) or 33 KB (functions), plus
 *   an estimate of each compiled script or library (384 or 768 bytes and 4 per byte of code). Redis's also
 *   counts garbage a collection has not reclaimed yet, which has no counterpart here.
 */
import type { Server } from "../server.ts";
import { cachedScriptBodies, cachedScriptCount } from "./lua.ts";
import { currentLibraries, functionCounts } from "./functions.ts";
import { allocSize, sdsHeader, sdsSize } from "../memory/size.ts";
import { bytesToHuman } from "../features/eviction.ts";

const EMPTY_EVAL_HEAP = 32768;
const EMPTY_FUNCTIONS_HEAP = 33792;
const EMPTY_FUNCTIONS_OVERHEAD = 200;

/** lua_gc(L, LUA_GCCOUNT, 0) * 1024: the heap in whole kilobytes. */
function luaHeap(bytes: number): number {
  return Math.floor(bytes / 1024) * 1024;
}

/** The fields, in the order INFO memory prints them. */
export function scriptingMemoryLines(server: Server): string[] {
  let evalHeap = EMPTY_EVAL_HEAP;
  let scriptsEval = 0;
  for (const body of cachedScriptBodies(server)) {
    evalHeap += 384 + 4 * body.length;
    scriptsEval += 48 + 72 + allocSize(sdsHeader(body.length, false) + body.length + 1);
  }
  let functionsHeap = EMPTY_FUNCTIONS_HEAP;
  let functionsOverhead = EMPTY_FUNCTIONS_OVERHEAD;
  for (const li of currentLibraries(server)) {
    functionsHeap += 768 + 4 * li.code.length;
    functionsOverhead += 64 + sdsSize(li.name.length);
    for (const fi of li.functions.values()) {
      functionsOverhead += 160 + sdsSize(fi.name.length);
      if (fi.description !== null) functionsOverhead += sdsSize(fi.description.length);
    }
  }
  const vmEval = luaHeap(evalHeap);
  const vmFunctions = luaHeap(functionsHeap);
  const { functions, libraries } = functionCounts(server);
  return [
    `used_memory_lua:${vmEval}`,
    `used_memory_vm_eval:${vmEval}`,
    `used_memory_lua_human:${bytesToHuman(vmEval)}`,
    `used_memory_scripts_eval:${scriptsEval}`,
    `number_of_cached_scripts:${cachedScriptCount(server)}`,
    `number_of_functions:${functions}`,
    `number_of_libraries:${libraries}`,
    `used_memory_vm_functions:${vmFunctions}`,
    `used_memory_vm_total:${vmEval + vmFunctions}`,
    `used_memory_vm_total_human:${bytesToHuman(vmEval + vmFunctions)}`,
    `used_memory_functions:${functionsOverhead}`,
    `used_memory_scripts:${scriptsEval + functionsOverhead}`,
    `used_memory_scripts_human:${bytesToHuman(scriptsEval + functionsOverhead)}`,
  ];
}

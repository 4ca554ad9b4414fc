/**
 * Redis-style command-line settings: `--port 6380 --save "" --appendonly yes`, or a first argument naming
 * a config file is not supported (said at startup). Each `--name` takes the words up to the next `--name`,
 * joined by spaces, as redis-server does.
 */
export function parseArgs(args: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  let i = 0;
  while (i < args.length) {
    const a = args[i];
    if (!a.startsWith("--")) throw new RangeError(`unexpected argument '${a}': settings are given as --name value`);
    const name = a.slice(2).toLowerCase();
    const vals: string[] = [];
    i++;
    while (i < args.length && !args[i].startsWith("--")) vals.push(args[i++]);
    out.push([name, vals.join(" ")]);
  }
  return out;
}

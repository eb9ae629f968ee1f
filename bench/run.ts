/*
 * `npm run bench`: the add-in's actions in the workbook host (bench.ts), then the command
 * line's `konsolidasi` (konsolidasi.ts). Sizes pass through: plain numbers are catalog
 * sizes for bench.ts, AxB are agencies × indicators for konsolidasi.ts; given only one
 * kind, only that benchmark runs.
 *
 *   npm run bench                  # both, default sizes
 *   npm run bench -- 17 170        # bench.ts only
 *   npm run bench -- 30x17         # konsolidasi.ts only
 */
import { spawnSync } from "child_process";
import { join } from "path";

const args = process.argv.slice(2);
const agencies = args.filter((a) => /^\d+x\d+$/.test(a));
const catalogs = args.filter((a) => !/^\d+x\d+$/.test(a));
const runs: [string, string[]][] = [];
if (agencies.length === 0 || catalogs.length > 0) runs.push(["bench.ts", catalogs]);
if (catalogs.length === 0 || agencies.length > 0) runs.push(["konsolidasi.ts", agencies]);
for (const [script, scriptArgs] of runs) {
  const r = spawnSync(
    process.execPath,
    [require.resolve("tsx/cli"), join(__dirname, script), ...scriptArgs],
    {
      stdio: "inherit",
      // At 1,700 indicators one workbook in the host, with the LAKIP's budget tables, holds
      // about 1 GB; a run keeps the last one until it is collected. Node's default heap
      // ends the benchmark there.
      env: {
        ...process.env,
        NODE_OPTIONS: `${process.env["NODE_OPTIONS"] ?? ""} --max-old-space-size=8192`.trim(),
      },
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

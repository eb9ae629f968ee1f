/*
 * One `konsolidasi` run in a process of its own (so its peak memory is its own), timed
 * per file: the same calls as the command (readAgency per file, then consolidate and
 * writeKonsolidasi). Prints one JSON line. Used by bench/konsolidasi.ts.
 *
 *   tsx bench/konsolidasiWorker.ts <tahun> <out.xlsx> <file>...
 */
import { performance } from "perf_hooks";
import { readAgency, writeKonsolidasi } from "../src/cli/commands/konsolidasi";
import { consolidate, type KonsolidasiInput } from "../src/core";

async function main(): Promise<void> {
  const [tahunText, out, ...files] = process.argv.slice(2);
  const tahun = Number(tahunText);
  const perFile: number[] = [];
  let heapPeak = 0;
  const inputs: KonsolidasiInput[] = [];
  const t0 = performance.now();
  for (const file of files) {
    const t = performance.now();
    inputs.push(await readAgency(file, tahun));
    perFile.push(performance.now() - t);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
  const read = performance.now() - t0;
  const t1 = performance.now();
  const data = consolidate(inputs, tahun);
  await writeKonsolidasi(data, out ?? "out.xlsx", { generatedAt: new Date(), overwrite: true });
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  console.log(
    JSON.stringify({
      files: files.length,
      valid: data.instansi.length,
      rows: data.ringkasan.jumlahIndikator,
      readMs: read,
      perFile,
      writeMs: performance.now() - t1,
      heapPeak,
      maxRss: process.resourceUsage().maxRSS * 1024,
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

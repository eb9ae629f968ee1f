/*
 * `konsolidasi` over many agencies: 30 agencies × 17 indicators (the DSPM catalog) and
 * 300 × 170. The agencies' workbooks are made by the tool itself (`iku-lakip template`
 * with each agency's own catalog, then filled in as staff would) and cached in the temp
 * folder, so a second run measures only the consolidation. Each consolidation runs in a
 * fresh process: time per file, the output, and peak memory (maxRSS, heap).
 * A benchmark, not a test: it asserts nothing.
 *
 *   npm run bench                       # both sizes (after the add-in bench)
 *   tsx bench/konsolidasi.ts 30x17      # chosen sizes
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import type { CliIo } from "../src/cli/CliIo";
import { main } from "../src/cli/main";
import type { Catalog } from "../src/core/catalog/catalogSchema";
import { defaultCatalog } from "../src/core/catalog/defaultCatalog";
import { TEMPLATE_VERSION } from "../src/core/workbook/workbookLayout";
import { XlsxWorkbook } from "../src/xlsx/XlsxWorkbook";
import { bigCatalog } from "../test/fixtures/bigCatalog";
import { fill, type Figures } from "../test/xlsx/xlsxFixtures";

const SIZES = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["30x17", "300x170"]).map((s) => {
  const [agencies, indicators] = s.split("x").map(Number);
  return { agencies: agencies ?? 30, indicators: indicators ?? 17 };
});
// Keyed by the template version: workbooks of an older template would be refused (or upgraded) first.
const CACHE = join(tmpdir(), `iku-lakip-bench-template${TEMPLATE_VERSION}`);
const quiet: CliIo = {
  out: () => undefined,
  err: () => undefined,
  interactive: false,
  now: () => new Date(2025, 0, 6),
};

/** Figures that differ per agency and indicator, so capaian and predikat spread. */
const figuresFor =
  (agency: number): Figures =>
  (kode, tahun, jenis) => {
    const k = Number(kode.replace(/\D/g, "")) || 0;
    const target = jenis === "persen" ? 80 : jenis === "jumlah" ? 10 : 2;
    if (tahun > 2024) return [target, "", ""];
    const spread = ((agency * 7 + k * 3 + tahun) % 30) - 10; // −10 … 19
    if (jenis === "persen") return [target, 30 + spread, 50]; // 20 … 49 of 50
    if (jenis === "jumlah") return [target, 8 + Math.round(spread / 5), ""];
    return [target, 24 + spread, 12];
  };

async function agencyFiles(agencies: number, indicators: number): Promise<string[]> {
  const dir = join(CACHE, `${agencies}x${indicators}`);
  mkdirSync(dir, { recursive: true });
  const files = Array.from({ length: agencies }, (_, i) =>
    join(dir, `instansi-${String(i + 1).padStart(3, "0")}.xlsx`),
  );
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length === 0) return files;
  const t0 = performance.now();
  for (const [i, file] of files.entries()) {
    if (existsSync(file)) continue;
    const base: Catalog =
      indicators === defaultCatalog.indikator.length ? defaultCatalog : bigCatalog(indicators);
    const catalog = { ...base, instansi: `Instansi Uji ${i + 1}` };
    const json = `${file}.katalog.json`;
    writeFileSync(json, JSON.stringify(catalog));
    const template = `${file}.template.xlsx`;
    if (
      (await main(
        ["template", "--out", template, "--katalog", json, "--tahun", "2024", "--timpa"],
        quiet,
      )) !== 0
    )
      throw new Error(`template failed for ${file}`);
    const book = await XlsxWorkbook.readFile(template);
    fill(book, catalog, figuresFor(i));
    writeFileSync(file, await book.writeBuffer());
  }
  console.log(
    `  generated ${missing.length} workbooks in ${((performance.now() - t0) / 1000).toFixed(1)} s (cached in ${dir})`,
  );
  return files;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

async function run(): Promise<void> {
  console.log("\nkonsolidasi (iku-lakip), one fresh process per size:");
  for (const { agencies, indicators } of SIZES) {
    const files = await agencyFiles(agencies, indicators);
    const size = files.reduce((a, f) => a + statSync(f).size, 0) / files.length;
    const out = join(CACHE, `Pemda-${agencies}x${indicators}.xlsx`);
    for (const reader of ["full", "streaming"] as const) {
      const t0 = performance.now();
      const raw = execFileSync(
        process.execPath,
        [require.resolve("tsx/cli"), join(__dirname, "konsolidasiWorker.ts"), "2024", out, ...files],
        {
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
          // The streaming reader for every file, or for none (see STREAM_FROM_BYTES).
          env: { ...process.env, IKU_LAKIP_STREAM_BYTES: reader === "streaming" ? "0" : String(2 ** 40) },
        },
      );
      const wall = performance.now() - t0;
      const r = JSON.parse(raw.trim().split("\n").at(-1) ?? "{}") as {
        files: number;
        valid: number;
        rows: number;
        readMs: number;
        perFile: number[];
        writeMs: number;
        heapPeak: number;
        maxRss: number;
      };
      console.log(
        `  ${String(agencies).padStart(3)} agencies × ${String(indicators).padStart(3)} IKU, ${reader.padEnd(9)} reader: ` +
          `input ${(size / 1024).toFixed(0)} KiB/file; read+validate ${(r.readMs / r.files).toFixed(0)} ms/file ` +
          `(median ${pct(r.perFile, 0.5).toFixed(0)}, p95 ${pct(r.perFile, 0.95).toFixed(0)}); ` +
          `${r.valid} valid, ${r.rows} indicator rows → ${(statSync(out).size / 1024).toFixed(0)} KiB in ${(r.writeMs / 1000).toFixed(1)} s; ` +
          `total ${(wall / 1000).toFixed(1)} s; peak RSS ${mib(r.maxRss)}, heap ${mib(r.heapPeak)}`,
      );
    }
  }
}

run().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

/*
 * `npm run bench`: runs the add-in's actions in the development workbook host at several
 * catalog sizes and prints, per action and size, the context.sync() count, the largest
 * and the total batch bytes, the largest response, and the median wall time; then the
 * production bundle sizes (the pane's, the chunks its actions load on first use, the
 * custom functions') and what takes the room in the task pane's (by package or folder,
 * and the largest modules).
 * A benchmark, not a test: it asserts nothing and its times vary with the machine.
 *
 *   npm run bench                 # 17, 170 and 1,700 indicators (5 years each)
 *   npm run bench -- 17 170       # chosen sizes
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { gzipSync } from "zlib";
import type { Catalog } from "../src/core/catalog/catalogSchema";
import { defaultCatalog } from "../src/core/catalog/defaultCatalog";
import { generateLakip } from "../src/core/actions/generateLakip";
import { generateMonev } from "../src/core/actions/generateMonev";
import { generatePerjanjianKinerja } from "../src/core/actions/generatePerjanjianKinerja";
import { ANGGARAN } from "../src/core/workbook/anggaranLayout";
import { SHEET } from "../src/core/workbook/workbookLayout";
import { fillQuarter } from "../test/excel/triwulanWorkbook";
import { setupTemplate } from "../src/core/actions/setupTemplate";
import { validate } from "../src/core/actions/validate";
// A run that does not complete fails the benchmark rather than measuring it.
import { runReport } from "../test/support/runReport";
import { LakipWorkbook } from "../test/excel/lakipWorkbook";
import { bigCatalog } from "../test/fixtures/bigCatalog";
import { TASKPANE_GZIP_BUDGET } from "../test/build/bundleBudget";
import { bundleBreakdown, packageOf, type BundlePart } from "./bundleBreakdown";
import { asVersion1 } from "../test/fixtures/v1/asVersion1";

interface Row {
  action: string;
  indicators: number;
  syncs: number;
  maxBatch: number;
  totalBatch: number;
  /** Excel on the web caps responses at 5 MB too: the largest loaded payload of a sync. */
  maxResponse: number;
  ms: number[];
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [17, 170, 1700];
const runsFor = (n: number) => (n >= 1000 ? 3 : 5);

const catalogOf = (n: number): Catalog =>
  n === defaultCatalog.indikator.length ? defaultCatalog : bigCatalog(n);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

async function measure(
  rows: Row[],
  action: string,
  n: number,
  prepare: (w: LakipWorkbook) => Promise<void>,
  act: (w: LakipWorkbook) => Promise<unknown>,
): Promise<void> {
  const row: Row = { action, indicators: n, syncs: 0, maxBatch: 0, totalBatch: 0, maxResponse: 0, ms: [] };
  for (let i = 0; i < runsFor(n); i++) {
    const w = new LakipWorkbook(catalogOf(n));
    w.workbook.installGlobals();
    await prepare(w);
    w.workbook.resetStats();
    const t0 = performance.now();
    await act(w);
    row.ms.push(performance.now() - t0);
    const { syncs, batchBytes, responseBytes } = w.workbook.stats();
    row.maxResponse = Math.max(row.maxResponse, ...responseBytes);
    row.syncs = Math.max(row.syncs, syncs);
    row.maxBatch = Math.max(row.maxBatch, ...batchBytes);
    row.totalBatch = Math.max(
      row.totalBatch,
      batchBytes.reduce((a, b) => a + b, 0),
    );
    w.tearDown();
  }
  rows.push(row);
  print([row], rows.length === 1);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function print(rows: Row[], header: boolean): void {
  if (header) {
    console.log(
      [
        "action".padEnd(26),
        "IKU".padStart(6),
        "syncs".padStart(6),
        "max batch".padStart(12),
        "total".padStart(12),
        "max response".padStart(13),
        "median".padStart(10),
      ].join(" "),
    );
  }
  for (const r of rows) {
    console.log(
      [
        r.action.padEnd(26),
        String(r.indicators).padStart(6),
        String(r.syncs).padStart(6),
        kb(r.maxBatch).padStart(12),
        kb(r.totalBatch).padStart(12),
        kb(r.maxResponse).padStart(13),
        `${median(r.ms).toFixed(0)} ms`.padStart(10),
      ].join(" "),
    );
  }
}

/**
 * The Anggaran sheet as staff fill it for `tahun`: per indicator one program (its totals left
 * to the sheet) and one kegiatan linked to it, pagu 100 million and realisasi 90 million.
 * Program numbers run 01–99 under successive urusan, as Permendagri 90/2019 codes allow.
 */
async function fillAnggaran(w: LakipWorkbook, tahun: number): Promise<void> {
  const two = (k: number) => String(k).padStart(2, "0");
  const rows = w.catalog.indikator.flatMap((ind, i) => {
    const program = `${1 + Math.floor(i / 99)}.06.${two((i % 99) + 1)}`;
    return [
      [program, `Program ${ind.kode}`, tahun, "", ind.kode, "", ""],
      [`${program}.2.01`, `Kegiatan ${ind.kode}`, tahun, "", ind.kode, 100_000_000, 90_000_000],
    ];
  });
  const first = ANGGARAN.firstDataRow;
  const kode = `A${first}:A${first + rows.length - 1}`;
  // Staff format the Kode column as text before pasting thousands of rows: the template
  // formats it only 200 rows below the last row it saw, and "2.06.01" would become a number.
  await w.run(async (context) => {
    context.workbook.worksheets.getItem(SHEET.anggaran).getRange(kode).numberFormat = rows.map(() => ["@"]);
    await context.sync();
  });
  w.workbook.write(SHEET.anggaran, `A${first}:G${first + rows.length - 1}`, rows);
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const options = { currentYear: 2025 };
  for (const n of SIZES) {
    const setUp = async (w: LakipWorkbook) => {
      await runReport(setupTemplate, { catalog: w.catalog, ...options }, w.run);
    };
    const filled = async (w: LakipWorkbook) => {
      await setUp(w);
      for (const b of w.catalog.bidang)
        w.fillSheet(b.lembar, (_k, tahun, jenis) => [
          80,
          tahun <= 2024 ? 45 : "",
          jenis === "jumlah" || tahun > 2024 ? "" : 50,
        ]);
    };
    await measure(
      rows,
      "Siapkan Template (new)",
      n,
      () => Promise.resolve(),
      (w) => runReport(setupTemplate, { catalog: w.catalog, ...options }, w.run),
    );
    await measure(rows, "Siapkan Template (again)", n, filled, (w) =>
      runReport(setupTemplate, { catalog: w.catalog, ...options }, w.run),
    );
    // A workbook of template version 1, filled in, upgraded in place to the current version.
    const version1 = async (w: LakipWorkbook) => {
      await filled(w);
      await asVersion1(w.workbook, w.catalog);
    };
    await measure(rows, "Siapkan Template (upgrade)", n, version1, (w) =>
      runReport(setupTemplate, { catalog: w.catalog, ...options }, w.run),
    );
    await measure(rows, "Validasi", n, filled, (w) => runReport(validate, {}, w.run));
    await measure(rows, "Buat Lembar LAKIP", n, filled, (w) => runReport(generateLakip, {}, w.run));
    // TW 1 and TW 2 of 2024 typed for every indicator: the Monev form of TW 2.
    const quarters = async (w: LakipWorkbook) => {
      await filled(w);
      for (const tw of [1, 2] as const)
        fillQuarter(w, tw, 2024, (jenis) => [80, 40 + tw, jenis === "jumlah" ? "" : 50]);
    };
    await measure(rows, "Buat Lembar Monev", n, quarters, (w) =>
      runReport(generateMonev, { triwulan: 2 }, w.run),
    );
    // Two budget rows per indicator for the tahun laporan: the LAKIP's budget sections and the PK.
    const budgeted = async (w: LakipWorkbook) => {
      await quarters(w);
      await fillAnggaran(w, 2024);
    };
    await measure(rows, "Buat Lembar LAKIP (Rp)", n, budgeted, (w) => runReport(generateLakip, {}, w.run));
    await measure(rows, "Buat Perjanjian Kinerja", n, budgeted, (w) =>
      runReport(generatePerjanjianKinerja, {}, w.run),
    );
  }

  console.log("\nProduction bundles (npm run build), gzip as a web server sends them:");
  const out = mkdtempSync(join(tmpdir(), "iku-bench-"));
  // Source maps beside the bundles (not referenced from them: the code is that of `npm run
  // build`) tell which module each byte came from.
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--devtool",
      "hidden-source-map",
      "--output-path",
      out,
    ],
    { stdio: "pipe" },
  );
  // taskpane.js loads with the pane; template.js and lakip.js when their button is first pressed,
  // write.js with the first write, messages-id.js or messages-en.js (the language shown) with
  // the first action.
  const chunks = readdirSync(out).filter(
    (f) => f.endsWith(".js") && !["taskpane.js", "functions.js"].includes(f),
  );
  for (const file of ["taskpane.js", ...chunks.sort(), "functions.js", "functions.json", "taskpane.html"]) {
    const data = readFileSync(join(out, file));
    console.log(
      `  ${file.padEnd(16)} ${kb(data.length).padStart(10)} raw ${kb(gzipSync(data).length).padStart(10)} gzip`,
    );
  }
  const code = readFileSync(join(out, "taskpane.js"), "utf8");
  const map = JSON.parse(readFileSync(join(out, "taskpane.js.map"), "utf8")) as Parameters<
    typeof bundleBreakdown
  >[1];
  console.log(
    `\nWhat takes the room in taskpane.js (budget ${kb(TASKPANE_GZIP_BUDGET)} gzip; each part gzipped on its own):`,
  );
  printParts("by package or folder", bundleBreakdown(code, map, packageOf), 12);
  printParts("largest modules", bundleBreakdown(code, map), 10);
  rmSync(out, { recursive: true, force: true });
}

function printParts(title: string, parts: readonly BundlePart[], top: number): void {
  console.log(`  ${title}:`);
  for (const p of parts.slice(0, top)) {
    console.log(
      `    ${p.name.padEnd(52)} ${kb(p.raw).padStart(10)} raw ${kb(p.gzip).padStart(9)} gzip ${`${(p.share * 100).toFixed(1)}%`.padStart(6)}`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

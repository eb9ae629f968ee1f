import type { Jenis } from "../catalog/catalogSchema";
import { capaian } from "../formulas/capaian";
import { toExcelPrecision } from "../formulas/toExcelPrecision";
import type { LakipData, LakipIndikator, LakipTahun, Nilai } from "./LakipData";
import type { CellFormat, CellInput, SheetPlan, TextHighlight } from "../workbook/SheetPlan";
import { textCell } from "../workbook/textCell";
import { columnLetter } from "../workbook/a1";
import { lakipSheetName } from "../workbook/workbookLayout";

export interface LakipSheetOptions {
  readonly tahun: number;
  /** Written as text in the title block; a Date is shown as local "DD-MM-YYYY HH.mm". */
  readonly generatedAt: Date | string;
  /** The validation result the report was built after (galat is 0 when a report is built). */
  readonly status: { readonly galat: number; readonly peringatan: number };
  /** Decided by the caller (see decideRegeneration); default "create". */
  readonly mode?: "create" | "replace";
  /** Default `LAKIP <tahun>`. */
  readonly name?: string;
}

/** Where the report's fixed parts are, for the Excel layer (select the title) and tests. */
export const LAKIP_LAYOUT = {
  titleCell: "A1",
  /** Header row of the pengukuran kinerja table (repeated on every printed page). */
  headerRow: 8,
  firstDataRow: 9,
  /** Words for a figure that is not a number. */
  kosong: "belum diisi",
  tidakValid: "tidak valid",
  tidakDapatDihitung: "tidak dapat dihitung",
} as const;

/** Columns A–D of the indicator tables (A, B, C); the summary and analysis reuse A–C. */
const LEAD_HEADERS = ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan"];
/** Main table columns A–I. */
const MAIN_HEADERS = [...LEAD_HEADERS, "Target", "Realisasi", "Capaian (%)", "Predikat", "Penanggung Jawab"];
// In points, as SheetPlan widths are (Excel's default column is 48 pt, about 8.4 characters).
const WIDTHS = [30, 160, 220, 72, 72, 72, 72, 84, 140];
const EXTRA_WIDTH = 68;

const HEADER: CellFormat = {
  bold: true,
  fill: "#D9E1F2",
  horizontal: "Center",
  vertical: "Center",
  wrap: true,
  border: true,
};
const BODY: CellFormat = { border: true, vertical: "Top" };
const WRAP: CellFormat = { wrap: true, vertical: "Top" };
const SECTION: CellFormat = { bold: true, fontSize: 12 };

/** Band colours from best (green) to worst (red); a scale of k bands spreads over them. */
const BAND_COLOURS = [
  { fill: "#C6EFCE", fontColor: "#006100" },
  { fill: "#E2EFDA", fontColor: "#375623" },
  { fill: "#FFEB9C", fontColor: "#9C5700" },
  { fill: "#FCE4D6", fontColor: "#843C0C" },
  { fill: "#FFC7CE", fontColor: "#9C0006" },
] as const;

export function bandColour(index: number, bands: number): { fill: string; fontColor: string } {
  const last = BAND_COLOURS.length - 1;
  const i = bands <= 1 ? 0 : Math.round((index * last) / (bands - 1));
  return BAND_COLOURS[Math.min(last, Math.max(0, i))] ?? BAND_COLOURS[0];
}

function nilaiCell(n: Nilai): CellInput {
  switch (n.status) {
    case "ada":
      return n.value;
    case "kosong":
      return LAKIP_LAYOUT.kosong;
    case "tidakValid":
      return LAKIP_LAYOUT.tidakValid;
    case "tidakDapatDihitung":
      return LAKIP_LAYOUT.tidakDapatDihitung;
  }
}

/** en-US codes: counts as integers with thousands separators, shares and ratios with 2 decimals. */
function quantityFormat(jenis: Jenis, n: Nilai): string {
  if (jenis !== "jumlah") return "0.00";
  return n.status === "ada" && !Number.isInteger(n.value) ? "#,##0.00" : "#,##0";
}

function formatDate(d: Date | string): string {
  if (typeof d === "string") return d;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()} ${p(d.getHours())}.${p(d.getMinutes())}`;
}

function statusText(s: LakipSheetOptions["status"]): string {
  if (s.galat > 0) return `Status validasi: ${s.galat} galat, ${s.peringatan} peringatan`;
  if (s.peringatan > 0) return `Status validasi: lolos dengan ${s.peringatan} peringatan`;
  return "Status validasi: lolos tanpa galat dan peringatan";
}

/** Compared at the 2 decimals shown, so a trend never contradicts the figures printed beside it. */
function trend(now: Nilai, before: Nilai): string {
  if (now.status !== "ada" || before.status !== "ada") return "tidak dapat dibandingkan";
  const a = Math.round(now.value * 100);
  const b = Math.round(before.value * 100);
  return a > b ? "naik" : a < b ? "turun" : "tetap";
}

/**
 * Capaian of `real` against the Renstra end target. Polarity applies; the cap does not:
 * it bounds a year's score, while this measures progress towards the plan's end.
 */
function progressToEnd(target: Nilai, real: Nilai, polaritas: LakipIndikator["polaritas"]): Nilai {
  if (target.status !== "ada") return target;
  if (real.status !== "ada") return real;
  const c = capaian(real.value, target.value, { polaritas });
  return c.ok ? { status: "ada", value: c.value } : { status: "tidakDapatDihitung", reason: c.error.message };
}

/**
 * The LAKIP sheet of a report year (LKjIP Bab III.A), as a plan: a title block, then
 * A. pengukuran kinerja, B. comparison over the Renstra years up to the tahun laporan,
 * C. comparison with the Renstra end target, D. summary per sasaran and for the agency,
 * E. analysis (faktor pendukung, penghambat, solusi), F. a chart of capaian.
 *
 * Everything is computed from `data` (the raw inputs, validated); numbers are written
 * as numbers with en-US formats and a blank input as "belum diisi". Pure: the same
 * data and options give the same plan, which is what the fingerprint relies on.
 */
export function buildLakipSheet(data: LakipData, options: LakipSheetOptions): SheetPlan {
  const { tahun } = options;
  const s = data.settings;
  const cells: { address: string; values: CellInput[][] }[] = [];
  const formats: { address: string; format: CellFormat }[] = [];
  const merges: string[] = [];
  const highlights: TextHighlight[] = [];
  const years: number[] = [];
  for (let y = s.tahunAwal; y <= Math.min(tahun, s.tahunAkhir); y++) years.push(y);

  // Sasaran order, indicators in catalog order within each: rows of a sasaran must be adjacent to merge.
  const sasaranOrder = new Map(data.sasaran.map((x, i) => [x.kode, i]));
  const sasaranName = new Map(data.sasaran.map((x) => [x.kode, x.nama]));
  const indicators = data.indikator
    .map((ind, i) => ({ ind, i }))
    .sort(
      (a, b) =>
        (sasaranOrder.get(a.ind.sasaran) ?? 1e9) - (sasaranOrder.get(b.ind.sasaran) ?? 1e9) || a.i - b.i,
    )
    .map((x) => x.ind);
  const groups: { sasaran: string; items: LakipIndikator[] }[] = [];
  for (const ind of indicators) {
    const g = groups[groups.length - 1];
    if (g && g.sasaran === ind.sasaran) g.items.push(ind);
    else groups.push({ sasaran: ind.sasaran, items: [ind] });
  }
  const n = indicators.length;
  // Excel keeps only the top-left value of a merged range: the sasaran name is written
  // once per group, so what is read back equals what was written (the fingerprint).
  // The other cells are null ("leave as is"), not "": a plan split into several
  // batches writes rows after the merge, and Excel refuses to write part of a merge.
  const sasaranCell = (i: number): CellInput => {
    const ind = indicators[i];
    if (!ind || (i > 0 && indicators[i - 1]?.sasaran === ind.sasaran)) return null;
    return textCell(sasaranName.get(ind.sasaran) ?? ind.sasaran);
  };
  const yearOf = (ind: LakipIndikator, y: number): LakipTahun | undefined =>
    ind.tahun.find((t) => t.tahun === y);
  const kosong: Nilai = { status: "kosong" };
  const nilai = (ind: LakipIndikator, y: number, key: "target" | "realisasi" | "capaian"): Nilai =>
    yearOf(ind, y)?.[key] ?? kosong;
  const text = (v: string) => textCell(v === "" ? LAKIP_LAYOUT.kosong : v);
  /** Columns A–D of an indicator row: No, Sasaran, Indikator, Satuan. */
  const lead = (ind: LakipIndikator, i: number): CellInput[] => [
    i + 1,
    sasaranCell(i),
    textCell(ind.nama),
    textCell(ind.satuan),
  ];

  const range = (c1: number, r1: number, c2: number, r2: number) =>
    `${columnLetter(c1)}${r1}:${columnLetter(c2)}${r2}`;
  const put = (row: number, values: CellInput[][]) => cells.push({ address: `A${row}`, values });
  const fmt = (address: string, format: CellFormat) => formats.push({ address, format });
  /** Number formats for a column, one range per run of equal formats. */
  const columnFormats = (col: number, first: number, perRow: string[]) => {
    let start = 0;
    for (let i = 1; i <= perRow.length; i++) {
      if (i === perRow.length || perRow[i] !== perRow[start]) {
        fmt(range(col, first + start, col, first + i - 1), { numberFormat: perRow[start] ?? "General" });
        start = i;
      }
    }
  };
  /** One column of a table's n indicator rows, e.g. "G9:G12". */
  const dataColumn = (col: number, first: number) => range(col, first, col, first + n - 1);
  /** Per-row number formats of a column of target or realisasi figures of year `y`. */
  const quantityColumn = (col: number, first: number, y: number, key: "target" | "realisasi") =>
    columnFormats(
      col,
      first,
      indicators.map((ind) => quantityFormat(ind.jenis, nilai(ind, y, key))),
    );
  /** Sasaran cells (column B) merged over their group's rows. */
  const sasaranColumn = (first: number) => {
    let r = first;
    for (const g of groups) {
      if (g.items.length > 1) merges.push(range(1, r, 1, r + g.items.length - 1));
      r += g.items.length;
    }
  };
  /** A table: section title, header row, data rows; returns the row after it and a blank. */
  const table = (
    start: number,
    title: string,
    headers: string[],
    rows: CellInput[][],
    wrapCols: number[],
  ) => {
    const width = headers.length;
    put(start, [[title]]);
    fmt(`A${start}`, SECTION);
    const header = start + 1;
    put(header, [headers.map(textCell)]);
    fmt(range(0, header, width - 1, header), HEADER);
    if (rows.length > 0) {
      put(header + 1, rows);
      fmt(range(0, header + 1, width - 1, header + rows.length), BODY);
      fmt(range(0, header + 1, 0, header + rows.length), { horizontal: "Center" });
      for (const c of wrapCols) fmt(range(c, header + 1, c, header + rows.length), WRAP);
    }
    return { header, first: header + 1, next: header + rows.length + 2 };
  };

  // Title block.
  const titleRows: string[] = [
    "PENGUKURAN KINERJA",
    s.instansi === "" ? "(nama instansi belum diisi)" : s.instansi,
    `Tahun ${tahun}`,
    `Dibuat: ${formatDate(options.generatedAt)}`,
    statusText(options.status),
  ];
  put(
    1,
    titleRows.map((t) => [textCell(t)]),
  );
  titleRows.forEach((_, i) => merges.push(range(0, i + 1, 8, i + 1)));
  fmt("A1:I1", { bold: true, fontSize: 14, horizontal: "Center" });
  fmt("A2:I3", { bold: true, fontSize: 12, horizontal: "Center" });
  fmt("A4:I5", { italic: true, fontColor: "#595959" });

  // A. Pengukuran kinerja.
  const main = table(
    7,
    `A. Pengukuran Kinerja Tahun ${tahun}`,
    MAIN_HEADERS,
    indicators.map((ind, i) => {
      const t = yearOf(ind, tahun);
      const c = nilai(ind, tahun, "capaian");
      return [
        ...lead(ind, i),
        nilaiCell(nilai(ind, tahun, "target")),
        nilaiCell(nilai(ind, tahun, "realisasi")),
        nilaiCell(c),
        t?.predikat
          ? textCell(t.predikat)
          : nilaiCell(c.status === "ada" ? { status: "tidakDapatDihitung", reason: "" } : c),
        textCell(ind.bidang.nama),
      ];
    }),
    [1, 2, 8],
  );
  if (n > 0) {
    sasaranColumn(main.first);
    quantityColumn(4, main.first, tahun, "target");
    quantityColumn(5, main.first, tahun, "realisasi");
    fmt(dataColumn(6, main.first), { numberFormat: "0.00" });
    const predikatRange = dataColumn(7, main.first);
    fmt(predikatRange, { horizontal: "Center" });
    s.skala.forEach((band, i) =>
      highlights.push({ address: predikatRange, text: band.label, ...bandColour(i, s.skala.length) }),
    );
    for (const word of [LAKIP_LAYOUT.kosong, LAKIP_LAYOUT.tidakValid, LAKIP_LAYOUT.tidakDapatDihitung]) {
      highlights.push({
        address: range(4, main.first, 7, main.first + n - 1),
        text: word,
        fill: "#EDEDED",
        fontColor: "#595959",
      });
    }
  }

  // B. Comparison over the years of the period up to the tahun laporan.
  const yearHeaders = years.flatMap((y) => [`Realisasi ${y}`, `Capaian ${y} (%)`]);
  const trendHeader = tahun > s.tahunAwal ? `Tren Capaian ${tahun} terhadap ${tahun - 1}` : "Tren Capaian";
  const comparison = table(
    main.next,
    `B. Perbandingan Realisasi dan Capaian Kinerja Tahun ${s.tahunAwal}–${tahun}`,
    [...LEAD_HEADERS, ...yearHeaders, trendHeader],
    indicators.map((ind, i) => [
      ...lead(ind, i),
      ...years.flatMap((y) => [nilaiCell(nilai(ind, y, "realisasi")), nilaiCell(nilai(ind, y, "capaian"))]),
      tahun > s.tahunAwal
        ? trend(nilai(ind, tahun, "capaian"), nilai(ind, tahun - 1, "capaian"))
        : "tahun pertama Renstra",
    ]),
    [1, 2],
  );
  if (n > 0) {
    sasaranColumn(comparison.first);
    years.forEach((y, k) => {
      quantityColumn(4 + 2 * k, comparison.first, y, "realisasi");
      fmt(dataColumn(5 + 2 * k, comparison.first), { numberFormat: "0.00" });
    });
    fmt(dataColumn(4 + 2 * years.length, comparison.first), { horizontal: "Center" });
  }

  // C. Comparison with the Renstra end target (see progressToEnd).
  const renstra = table(
    comparison.next,
    `C. Perbandingan Realisasi ${tahun} dengan Target Akhir Renstra ${s.tahunAkhir}`,
    [
      ...LEAD_HEADERS,
      `Target Akhir Renstra (${s.tahunAkhir})`,
      `Realisasi ${tahun}`,
      "Capaian terhadap Target Akhir (%)",
    ],
    indicators.map((ind, i) => {
      const target = nilai(ind, s.tahunAkhir, "target");
      const real = nilai(ind, tahun, "realisasi");
      return [
        ...lead(ind, i),
        nilaiCell(target),
        nilaiCell(real),
        nilaiCell(progressToEnd(target, real, ind.polaritas)),
      ];
    }),
    [1, 2],
  );
  if (n > 0) {
    sasaranColumn(renstra.first);
    quantityColumn(4, renstra.first, s.tahunAkhir, "target");
    quantityColumn(5, renstra.first, tahun, "realisasi");
    fmt(dataColumn(6, renstra.first), { numberFormat: "0.00" });
  }

  // D. Summary per sasaran and for the agency.
  const labels = s.skala.map((b) => b.label);
  const summaryRow = (no: CellInput, name: string, items: readonly LakipIndikator[]): CellInput[] => {
    const values = items
      .map((ind) => nilai(ind, tahun, "capaian"))
      .filter((c): c is { status: "ada"; value: number } => c.status === "ada");
    const mean =
      values.length > 0
        ? toExcelPrecision(values.reduce((a, c) => a + c.value, 0) / values.length)
        : LAKIP_LAYOUT.kosong;
    const predikatOf = items.map((ind) => yearOf(ind, tahun)?.predikat ?? null);
    return [
      no,
      textCell(name),
      items.length,
      mean,
      ...labels.map((l) => predikatOf.filter((p) => p === l).length),
      predikatOf.filter((p) => p === null).length,
    ];
  };
  const summaryRows = [
    ...groups.map((g, i) => summaryRow(i + 1, sasaranName.get(g.sasaran) ?? g.sasaran, g.items)),
    summaryRow("", `Seluruh IKU ${s.instansi}`.trim(), indicators),
  ];
  const summary = table(
    renstra.next,
    `D. Ringkasan Capaian Kinerja Tahun ${tahun} per Sasaran Strategis`,
    [
      ...LEAD_HEADERS.slice(0, 2),
      "Jumlah Indikator",
      "Rata-rata Capaian (%)",
      ...labels.map((l) => `Jumlah ${l}`),
      "Belum Dapat Dinilai",
    ],
    summaryRows,
    [1],
  );
  const lastSummary = summary.first + summaryRows.length - 1;
  fmt(range(2, summary.first, 2, lastSummary), { numberFormat: "#,##0", horizontal: "Center" });
  fmt(range(3, summary.first, 3, lastSummary), { numberFormat: "0.00" });
  fmt(range(4, summary.first, 4 + labels.length, lastSummary), {
    numberFormat: "#,##0",
    horizontal: "Center",
  });
  fmt(range(0, lastSummary, 4 + labels.length, lastSummary), { bold: true });
  labels.forEach((_, i) =>
    fmt(range(4 + i, summary.header, 4 + i, summary.header), { ...bandColour(i, labels.length) }),
  );

  // E. Analysis: the Bidang sheets' text columns for the tahun laporan.
  const analysis = table(
    summary.next,
    `E. Analisis Capaian Kinerja Tahun ${tahun}`,
    [...LEAD_HEADERS.slice(0, 3), "Faktor Pendukung", "Faktor Penghambat", "Solusi / Tindak Lanjut"],
    indicators.map((ind, i) => {
      const t = yearOf(ind, tahun);
      return [
        ...lead(ind, i).slice(0, 3),
        text(t?.pendukung ?? ""),
        text(t?.penghambat ?? ""),
        text(t?.solusi ?? ""),
      ];
    }),
    [1, 2, 3, 4, 5],
  );
  if (n > 0) sasaranColumn(analysis.first);

  // F. Chart data (kode, capaian) and the chart beside it. Not-a-number capaian is left
  // blank so the chart shows a gap, not a bar of 0.
  const chartTitle = `Capaian Kinerja ${tahun} per Indikator (%)`;
  put(analysis.next, [[`F. Grafik ${chartTitle}`]]);
  fmt(`A${analysis.next}`, SECTION);
  const chartHeader = analysis.next + 1;
  cells.push({
    address: `B${chartHeader}`,
    values: [
      ["Kode", "Capaian (%)"],
      ...indicators.map((ind): CellInput[] => {
        const c = nilai(ind, tahun, "capaian");
        return [textCell(ind.kode), c.status === "ada" ? c.value : null];
      }),
    ],
  });
  fmt(range(1, chartHeader, 2, chartHeader), HEADER);
  if (n > 0) {
    fmt(range(1, chartHeader + 1, 2, chartHeader + n), BODY);
    fmt(range(2, chartHeader + 1, 2, chartHeader + n), { numberFormat: "0.00" });
  }
  const chartRows = Math.max(18, n + 1);

  const widest = Math.max(MAIN_HEADERS.length, 5 + 2 * years.length, 5 + labels.length);
  return {
    name: options.name ?? lakipSheetName(tahun),
    mode: options.mode ?? "create",
    tabColor: "#1F4E79",
    cells,
    formats,
    merges,
    columnWidths: Array.from({ length: widest }, (_, i) => ({
      column: columnLetter(i),
      width: WIDTHS[i] ?? EXTRA_WIDTH,
    })),
    highlights,
    charts: [
      {
        type: "ColumnClustered",
        source: range(1, chartHeader, 2, chartHeader + n),
        title: chartTitle,
        placeAt: range(3, chartHeader, 8, chartHeader + chartRows - 1),
      },
    ],
    print: {
      orientation: "Landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: `$${LAKIP_LAYOUT.headerRow}:$${LAKIP_LAYOUT.headerRow}`,
    },
  };
}

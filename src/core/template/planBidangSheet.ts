import type { Bidang, Indikator } from "../catalog/catalogSchema";
import { cellAt, columnIndex, columnLetter, isBlank, type CellValue } from "../workbook/a1";
import type { CellFormat, CellInput, SheetPlan } from "../workbook/SheetPlan";
import { textCell } from "../workbook/textCell";
import { shownGrid } from "../workbook/WorkbookSnapshot";
import {
  BIDANG,
  BIDANG_NUMERIC_INPUT_COLUMNS,
  PENGATURAN,
  type BidangColumn,
} from "../workbook/workbookLayout";
import { capaianFormula, kriteriaFormula, predikatFormula, realisasiFormula } from "./bidangFormulas";
import { normaliseHeader } from "../sheets/normaliseHeader";
import type { BidangRow, BidangSheetContents } from "../sheets/readBidangSheet";
import { bandColour, KRITERIA_COLOURS } from "../workbook/PALETTE";
import { figureFormat, NUMBER_INPUT_MESSAGES, ROW_SHEET_FORMAT, STYLE } from "./templateStyle";
import type { TemplateEvent } from "./TemplateReport";

/** A row the catalog asks for, and the existing row (anywhere) that carries its inputs. */
export interface BidangTarget {
  readonly indikator: Indikator;
  readonly tahun: number;
  readonly source: BidangRow | null;
}

export interface BidangSheetInput {
  readonly bidang: Bidang;
  /** The sheet's name as it will be spelled (the existing sheet's spelling if any). */
  readonly sheet: string;
  /** This sheet as read; null when it is created. */
  readonly existing: BidangSheetContents | null;
  readonly targets: readonly BidangTarget[];
  /** This sheet's rows no target claimed: kept, after the catalog's rows. */
  readonly kept: readonly BidangRow[];
  /** Predikat labels to colour, best band first. */
  readonly predikatLabels: readonly string[];
  /** The decimals Realisasi and Capaian are shown with (Pengaturan's, see DESIMAL). */
  readonly decimals: number;
  /**
   * The workbook is being upgraded to this template version: a sheet of the older layout
   * is rebuilt, and its rewritten formulas and headers are the upgrade's doing, reported
   * once by the "upgraded" event rather than as restorations.
   */
  readonly upgrading?: boolean;
}

const COLS = BIDANG.columns;
const KEYS = Object.keys(COLS) as BidangColumn[];

/** Column widths in points. */
const WIDTHS: Readonly<Record<BidangColumn, number>> = {
  kode: 60,
  indikator: 260,
  satuan: 80,
  tahun: 45,
  targetRenstra: 70,
  targetPK: 70,
  pembilang: 75,
  penyebut: 75,
  realisasi: 70,
  capaian: 70,
  predikat: 85,
  kriteria: 85,
  pendukung: 170,
  penghambat: 170,
  solusi: 170,
  keterangan: 140,
};
const FIRST = BIDANG.firstDataRow - 1;

const bidangTitle = (bidang: Bidang): string => `Indikator Kinerja Utama — ${bidang.nama}`;
const SUBTITLE = `=${PENGATURAN.settings.instansi.name}&" — Renstra "&${PENGATURAN.settings.tahunAwal.name}&"–"&${PENGATURAN.settings.tahunAkhir.name}`;

// A formula or identity cell as compared with what the template would write: spaces and
// case do not make a cell "changed" (Excel may respace a formula it stores).
const sameContentKey = (v: CellValue | CellInput): string =>
  String(v ?? "")
    .replace(/\s+/g, "")
    .toUpperCase();

function identity(
  ind: Indikator,
  tahun: number,
): Readonly<Record<"kode" | "indikator" | "satuan" | "tahun", CellInput>> {
  return { kode: textCell(ind.kode), indikator: textCell(ind.nama), satuan: textCell(ind.satuan), tahun };
}

function formulas(
  ind: Indikator,
  sheetRow: number,
): Readonly<Record<"realisasi" | "capaian" | "predikat" | "kriteria", string>> {
  return {
    realisasi: realisasiFormula(ind.jenis, sheetRow),
    capaian: capaianFormula(ind.polaritas, sheetRow),
    predikat: predikatFormula(sheetRow),
    kriteria: kriteriaFormula(ind.polaritas, sheetRow),
  };
}

/** Consecutive row numbers (1-based) as "G5:G9"-style ranges of one column. */
export function runs(rows: readonly number[], col: string): string[] {
  const out: string[] = [];
  let start = -1;
  let prev = -1;
  for (const r of [...rows, Number.NaN]) {
    if (r === prev + 1) {
      prev = r;
      continue;
    }
    if (start >= 0) out.push(`${col}${start}:${col}${prev}`);
    start = r;
    prev = r;
  }
  return out;
}

/** The rows holding something to write, as blocks of consecutive rows: an intact row costs nothing. */
function changedRuns(
  rows: readonly CellInput[][],
  firstRow: number,
): { address: string; values: CellInput[][] }[] {
  const blocks: { address: string; values: CellInput[][] }[] = [];
  let current: { address: string; values: CellInput[][] } | null = null;
  rows.forEach((row, i) => {
    if (row.every((v) => v === null)) {
      current = null;
      return;
    }
    if (current === null) {
      current = { address: `A${firstRow + i}`, values: [] };
      blocks.push(current);
    }
    current.values.push(row);
  });
  return blocks;
}

/**
 * A Bidang sheet: title, headers, then a row per indicator per Renstra year in catalog
 * order, then the kept rows. The whole table is rewritten each run; an input cell gets
 * `null` (left alone) when its content is already where it belongs, and otherwise the
 * content carried from its (Kode, Tahun) row, so nothing typed is ever lost or changed.
 */
export function planBidangSheet(input: BidangSheetInput): { plan: SheetPlan; events: TemplateEvent[] } {
  const { bidang, sheet, existing, targets, kept } = input;
  const events: TemplateEvent[] = [];
  // Columns found elsewhere than the layout puts them (an older template): the table is
  // rebuilt in place, its old formats, drop-downs and colour rules cleared first.
  const relayout = existing !== null && !existing.inLayout;
  const at = (row: number, key: BidangColumn): CellValue =>
    existing ? cellAt(existing.grids.formulas, row, columnIndex(COLS[key].col)) : "";
  // Carried content for a cell now at `row`: untouched when already in place.
  const carried = (source: BidangRow, key: BidangColumn, row: number): CellInput => {
    if (source.sheet === sheet && source.row === row && existing?.cols[key] === columnIndex(COLS[key].col))
      return null;
    const v = source.cells[key];
    return v === "" && isBlank(at(row, key)) ? null : v;
  };

  const rows: CellInput[][] = [];
  let restored = 0;
  const added: string[] = [];
  const moved = new Map<string, string[]>();
  const jumlahRows: number[] = [];

  targets.forEach((t, i) => {
    const row = FIRST + i;
    const id = identity(t.indikator, t.tahun);
    const fx = formulas(t.indikator, row + 1);
    if (t.indikator.jenis === "jumlah") jumlahRows.push(row + 1);
    // The add-in's own cells are written unless the cell already holds exactly that
    // (same text, same type): a re-run of an intact sheet sends almost nothing.
    const ours = (key: BidangColumn, planned: CellInput): CellInput => {
      const wanted = typeof planned === "string" && planned.startsWith("'") ? planned.slice(1) : planned;
      return existing &&
        at(row, key) === wanted &&
        !(typeof wanted === "string" && planned !== wanted && wanted.startsWith("="))
        ? null
        : planned;
    };
    rows.push(
      KEYS.map((key) => {
        if (key in id) return ours(key, id[key as keyof typeof id]);
        if (key in fx) return ours(key, fx[key as keyof typeof fx]);
        if (t.source) return carried(t.source, key, row);
        return isBlank(at(row, key)) ? null : "";
      }),
    );
    if (!t.source) {
      added.push(t.indikator.kode);
      return;
    }
    if (t.source.sheet !== sheet)
      moved.set(t.source.sheet, [...(moved.get(t.source.sheet) ?? []), t.indikator.kode]);
    // Compare with what the row should have held where it stood.
    const before = formulas(t.indikator, t.source.row + 1);
    for (const [key, value] of Object.entries({ ...id, ...before })) {
      const expected = typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
      if (sameContentKey(t.source.raw[key as BidangColumn]) !== sameContentKey(expected)) restored++;
    }
  });
  kept.forEach((k, i) => {
    const row = FIRST + targets.length + i;
    rows.push(KEYS.map((key) => carried(k, key, row)));
  });

  if (existing) {
    if (added.length > 0)
      events.push({ kind: "rowsAdded", sheet, count: added.length, kodes: [...new Set(added)] });
    for (const [from, kodes] of moved)
      events.push({ kind: "rowsMoved", from, to: sheet, count: kodes.length, kodes: [...new Set(kodes)] });
    if (kept.length > 0)
      events.push({
        kind: "rowsKept",
        sheet,
        count: kept.length,
        kodes: [...new Set(kept.map((k) => k.kode))],
      });
    const explained = relayout && input.upgrading === true;
    if (restored > 0 && !explained) events.push({ kind: "cellsRestored", sheet, count: restored });
    const shown = shownGrid(existing.grids);
    const headerRow = shown[BIDANG.headerRow - 1] ?? [];
    const headerOk = KEYS.every(
      (k) => normaliseHeader(headerRow[columnIndex(COLS[k].col)]) === normaliseHeader(COLS[k].header),
    );
    const titleOk = normaliseHeader(cellAt(shown, 0, 0)) === normaliseHeader(bidangTitle(bidang));
    if ((!headerOk && !explained) || !titleOk) events.push({ kind: "headerRestored", sheet });
  }

  const count = rows.length;
  const first = BIDANG.firstDataRow;
  const last = first + count - 1;
  const col = (key: BidangColumn) => COLS[key].col;
  const span = (a: BidangColumn, b: BidangColumn) => `${col(a)}${first}:${col(b)}${last}`;
  const keptFirst = first + targets.length;

  const header: CellInput[] = KEYS.map((k) => COLS[k].header);
  const formats: { address: string; format: CellFormat }[] = [
    { address: `A1:${BIDANG.lastCol}${BIDANG.legendRow}`, format: { locked: true } },
    { address: "A1", format: { bold: true, fontSize: 14 } },
    { address: "A2", format: { italic: true } },
    { address: `A${BIDANG.legendRow}`, format: { fill: STYLE.inputFill, border: true } },
    { address: `B${BIDANG.legendRow}`, format: { fill: STYLE.formulaFill, border: true } },
    {
      address: `C${BIDANG.legendRow}:D${BIDANG.legendRow}`,
      format: { fill: STYLE.catalogFill, border: true },
    },
    {
      address: `A${BIDANG.headerRow}:${BIDANG.lastCol}${BIDANG.headerRow}`,
      format: ROW_SHEET_FORMAT.header,
    },
  ];
  if (count > 0) {
    formats.push(
      {
        address: span("kode", "tahun"),
        format: ROW_SHEET_FORMAT.catalog,
      },
      { address: span("tahun", "tahun"), format: { horizontal: "Center" } },
      {
        address: span("targetRenstra", "penyebut"),
        format: ROW_SHEET_FORMAT.input,
      },
      {
        address: span("realisasi", "capaian"),
        format: {
          ...ROW_SHEET_FORMAT.formula,
          numberFormat: figureFormat(input.decimals),
        },
      },
      {
        address: span("predikat", "kriteria"),
        format: {
          ...ROW_SHEET_FORMAT.formula,
          horizontal: "Center",
        },
      },
      {
        address: span("pendukung", "keterangan"),
        format: ROW_SHEET_FORMAT.inputText,
      },
      ...runs(jumlahRows, col("penyebut")).map((address) => ({
        address,
        format: { fill: STYLE.unusedFill },
      })),
    );
    if (kept.length > 0) {
      formats.push({
        address: `A${keptFirst}:${BIDANG.lastCol}${last}`,
        format: { italic: true, fontColor: STYLE.keptFont },
      });
    }
  }

  const clearFrom = first + count;
  const clearTo = existing ? existing.lastRow + 1 : 0;
  const numeric = BIDANG_NUMERIC_INPUT_COLUMNS.map((k) => columnIndex(COLS[k].col));
  const numericSpan = `${col("targetRenstra")}${first}:${col("penyebut")}${last}`;
  if (
    Math.min(...numeric) !== columnIndex(col("targetRenstra")) ||
    Math.max(...numeric) !== columnIndex(col("penyebut")) ||
    numeric.length !== columnIndex(col("penyebut")) - columnIndex(col("targetRenstra")) + 1
  ) {
    throw new Error("Kolom isian angka harus bersebelahan: Target Renstra … Penyebut");
  }
  // The old table's formats, drop-downs and colour rules go before the new ones are set,
  // as far right as the old table reached.
  const oldWidth = existing ? Math.max(0, ...existing.grids.formulas.map((r) => r.length)) : 0;
  const rightmost = columnLetter(Math.max(columnIndex(BIDANG.lastCol), oldWidth - 1));
  const clear: { address: string; applyTo: "formats" | "all" }[] = [];
  if (relayout)
    clear.push({
      address: `A${BIDANG.headerRow}:${rightmost}${Math.max(last, BIDANG.headerRow)}`,
      applyTo: "formats",
    });
  if (clearTo >= clearFrom) clear.push({ address: `A${clearFrom}:${rightmost}${clearTo}`, applyTo: "all" });

  const plan: SheetPlan = {
    name: sheet,
    mode: existing ? "update" : "create",
    tabColor: STYLE.tabColor,
    ...(clear.length > 0 ? { clear } : {}),
    cells: [
      {
        address: "A1",
        values: [
          [bidangTitle(bidang)],
          [SUBTITLE],
          ["Isian", "Rumus (terkunci)", "Dari Katalog IKU", null],
          header,
        ],
      },
      ...changedRuns(rows, first),
    ],
    formats,
    merges: [`A1:${BIDANG.lastCol}1`, `A2:${BIDANG.lastCol}2`, `C${BIDANG.legendRow}:D${BIDANG.legendRow}`],
    columnWidths: KEYS.map((k) => ({ column: col(k), width: WIDTHS[k] })),
    rowHeights: [{ address: `A${BIDANG.headerRow}`, height: 32 }],
    validations:
      count > 0
        ? [
            {
              address: numericSpan,
              rule: { kind: "decimal", min: 0 },
              prompt: NUMBER_INPUT_MESSAGES.prompt,
              error: NUMBER_INPUT_MESSAGES.error,
            },
          ]
        : [],
    highlights:
      count > 0
        ? [
            ...input.predikatLabels.map((text, i) => ({
              address: span("predikat", "predikat"),
              text,
              ...bandColour(i, input.predikatLabels.length),
            })),
            ...KRITERIA_COLOURS.map((colour) => ({ address: span("kriteria", "kriteria"), ...colour })),
          ]
        : [],
    freeze: { rows: BIDANG.headerRow, columns: 2 },
    print: {
      orientation: "Landscape",
      fitToWidth: true,
      titleRows: `$${BIDANG.headerRow}:$${BIDANG.headerRow}`,
      paper: "A4",
    },
    protect: true,
  };
  return { plan, events };
}

import type { Indikator } from "../catalog/catalogSchema";
import { cellAt, columnIndex, columnLetter, isBlank, type CellValue } from "../workbook/a1";
import type { CellFormat, CellInput, SheetPlan } from "../workbook/SheetPlan";
import { textCell } from "../workbook/textCell";
import { shownGrid } from "../workbook/WorkbookSnapshot";
import { PENGATURAN } from "../workbook/workbookLayout";
import {
  romanOf,
  TRIWULAN,
  TRIWULAN_INPUT_COLUMNS,
  type Triwulan,
  type TriwulanColumn,
} from "../workbook/triwulanLayout";
import { normaliseHeader } from "../sheets/normaliseHeader";
import { rowKey } from "../sheets/readBidangSheet";
import type { TriwulanRow, TriwulanSheetContents } from "../sheets/readTriwulanSheet";
import { figureFormat, NUMBER_INPUT_MESSAGES, ROW_SHEET_FORMAT, STYLE } from "./templateStyle";
import { runs } from "./planBidangSheet";
import type { TemplateEvent } from "./TemplateReport";

export interface TriwulanSheetInput {
  readonly tw: Triwulan;
  /** As it will be spelled (the existing sheet's spelling if any). */
  readonly sheet: string;
  readonly existing: TriwulanSheetContents | null;
  /** The catalog's indicators, in catalog order. */
  readonly indikator: readonly Indikator[];
  /** The Renstra years. */
  readonly years: readonly number[];
  /** The decimals Realisasi is shown with. */
  readonly decimals: number;
}

const COLS = TRIWULAN.columns;
const KEYS = Object.keys(COLS) as TriwulanColumn[];
const FIRST = TRIWULAN.firstDataRow - 1;

const WIDTHS: Readonly<Record<TriwulanColumn, number>> = {
  kode: 60,
  indikator: 260,
  satuan: 80,
  tahun: 45,
  target: 70,
  pembilang: 75,
  penyebut: 75,
  realisasi: 75,
  pendorong: 170,
  penghambat: 170,
  tindakLanjut: 170,
};

const triwulanTitle = (tw: Triwulan): string => `Realisasi Triwulan ${romanOf(tw)} — Indikator Kinerja Utama`;
const SUBTITLE = `=${PENGATURAN.settings.instansi.name}&" — isi triwulan ini saja; tahun dihitung dari keempat triwulan (lembar Bidang tetap berlaku bila triwulan kosong)"`;

/** The quarter's realisasi from its own pembilang and penyebut, as the Bidang sheets compute theirs. */
function triwulanRealisasiFormula(jenis: Indikator["jenis"], row: number): string {
  const p = `${COLS.pembilang.col}${row}`;
  const q = `${COLS.penyebut.col}${row}`;
  if (jenis === "jumlah") return `=IF(${p}="","",${p})`;
  const fn = jenis === "persen" ? "IKU.PERSEN" : "IKU.RASIO";
  return `=IF(OR(${p}="",${q}=""),"",${fn}(${p},${q}))`;
}

const sameContentKey = (v: CellValue | CellInput): string =>
  String(v ?? "")
    .replace(/\s+/g, "")
    .toUpperCase();

/**
 * A quarter sheet: title, headers, then a row per Renstra year per indicator — years
 * first, so the year being filled is one block — then rows kept from before (an
 * indicator that left the catalog, a year outside the period) with what was typed in them.
 * Like a Bidang sheet, an input cell gets `null` (left alone) when its content is already
 * where it belongs and otherwise the content carried from its (Kode, Tahun) row: a second
 * run writes nothing new and nothing typed is lost.
 */
export function planTriwulanSheet(input: TriwulanSheetInput): { plan: SheetPlan; events: TemplateEvent[] } {
  const { tw, sheet, existing } = input;
  const events: TemplateEvent[] = [];
  const relayout = existing !== null && !existing.inLayout;
  const at = (row: number, key: TriwulanColumn): CellValue =>
    existing ? cellAt(existing.grids.formulas, row, columnIndex(COLS[key].col)) : "";
  const byKey = new Map<string, TriwulanRow>();
  for (const r of existing?.rows ?? []) if (r.key !== null && !byKey.has(r.key)) byKey.set(r.key, r);
  const claimed = new Set<TriwulanRow>();

  const carried = (source: TriwulanRow, key: TriwulanColumn, row: number): CellInput => {
    if (source.row === row && existing?.cols[key] === columnIndex(COLS[key].col)) return null;
    const v = source.cells[key];
    return v === "" && isBlank(at(row, key)) ? null : v;
  };
  const ours = (row: number, key: TriwulanColumn, planned: CellInput): CellInput => {
    const wanted = typeof planned === "string" && planned.startsWith("'") ? planned.slice(1) : planned;
    return existing &&
      sameContentKey(at(row, key)) === sameContentKey(wanted) &&
      typeof at(row, key) === typeof wanted
      ? null
      : planned;
  };

  const rows: CellInput[][] = [];
  let restored = 0;
  const jumlahRows: number[] = [];
  for (const tahun of input.years) {
    for (const ind of input.indikator) {
      const row = FIRST + rows.length;
      const source = byKey.get(rowKey(ind.kode, tahun)) ?? null;
      if (source) claimed.add(source);
      if (ind.jenis === "jumlah") jumlahRows.push(row + 1);
      const own: Partial<Record<TriwulanColumn, CellInput>> = {
        kode: textCell(ind.kode),
        indikator: textCell(ind.nama),
        satuan: textCell(ind.satuan),
        tahun,
        realisasi: triwulanRealisasiFormula(ind.jenis, row + 1),
      };
      if (source && source.row === row)
        for (const key of ["kode", "tahun", "realisasi"] as const) {
          const expected = own[key] ?? "";
          const plain =
            typeof expected === "string" && expected.startsWith("'") ? expected.slice(1) : expected;
          if (sameContentKey(source.raw[key]) !== sameContentKey(plain)) restored++;
        }
      rows.push(
        KEYS.map((key) => {
          if (key in own) return ours(row, key, own[key] ?? "");
          if (source) return carried(source, key, row);
          return isBlank(at(row, key)) ? null : "";
        }),
      );
    }
  }
  // Rows the catalog no longer asks for are kept only when something was typed in them;
  // the Bidang sheets already report the indicator's change, once.
  const kept = (existing?.rows ?? []).filter(
    (r) => !claimed.has(r) && TRIWULAN_INPUT_COLUMNS.some((k) => !isBlank(r.values[k])),
  );
  const keptFirst = FIRST + rows.length;
  kept.forEach((k, i) => rows.push(KEYS.map((key) => carried(k, key, keptFirst + i))));

  if (existing) {
    if (kept.length > 0)
      events.push({
        kind: "rowsKept",
        sheet,
        count: kept.length,
        kodes: [...new Set(kept.map((k) => k.kode))],
      });
    if (restored > 0) events.push({ kind: "cellsRestored", sheet, count: restored });
    const shown = shownGrid(existing.grids);
    const headerRow = shown[TRIWULAN.headerRow - 1] ?? [];
    const headerOk = KEYS.every(
      (k) => normaliseHeader(headerRow[columnIndex(COLS[k].col)]) === normaliseHeader(COLS[k].header),
    );
    const titleOk = normaliseHeader(cellAt(shown, 0, 0)) === normaliseHeader(triwulanTitle(tw));
    if ((!headerOk || !titleOk) && shown.length > 0) events.push({ kind: "headerRestored", sheet });
  }

  const count = rows.length;
  const first = TRIWULAN.firstDataRow;
  const last = first + count - 1;
  const col = (key: TriwulanColumn) => COLS[key].col;
  const span = (a: TriwulanColumn, b: TriwulanColumn) => `${col(a)}${first}:${col(b)}${last}`;
  const { headerRow, legendRow, lastCol } = TRIWULAN;
  const formats: { address: string; format: CellFormat }[] = [
    { address: `A1:${lastCol}${legendRow}`, format: { locked: true } },
    { address: "A1", format: { bold: true, fontSize: 14 } },
    { address: "A2", format: { italic: true } },
    { address: `A${legendRow}`, format: { fill: STYLE.inputFill, border: true } },
    { address: `B${legendRow}`, format: { fill: STYLE.formulaFill, border: true } },
    { address: `C${legendRow}:D${legendRow}`, format: { fill: STYLE.catalogFill, border: true } },
    {
      address: `A${headerRow}:${lastCol}${headerRow}`,
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
        address: span("target", "penyebut"),
        format: ROW_SHEET_FORMAT.input,
      },
      {
        address: span("realisasi", "realisasi"),
        format: {
          ...ROW_SHEET_FORMAT.formula,
          numberFormat: figureFormat(input.decimals),
        },
      },
      {
        address: span("pendorong", "tindakLanjut"),
        format: ROW_SHEET_FORMAT.inputText,
      },
      ...runs(jumlahRows, col("penyebut")).map((address) => ({
        address,
        format: { fill: STYLE.unusedFill },
      })),
    );
    if (kept.length > 0)
      formats.push({
        address: `A${first + count - kept.length}:${lastCol}${last}`,
        format: { italic: true, fontColor: STYLE.keptFont },
      });
  }
  const clearFrom = first + count;
  const clearTo = existing ? existing.lastRow + 1 : 0;
  const oldWidth = existing ? Math.max(0, ...existing.grids.formulas.map((r) => r.length)) : 0;
  const rightmost = columnLetter(Math.max(columnIndex(lastCol), oldWidth - 1));
  const clear: { address: string; applyTo: "formats" | "all" }[] = [];
  if (relayout)
    clear.push({ address: `A${headerRow}:${rightmost}${Math.max(last, headerRow)}`, applyTo: "formats" });
  if (clearTo >= clearFrom) clear.push({ address: `A${clearFrom}:${rightmost}${clearTo}`, applyTo: "all" });

  // Blocks of consecutive rows holding something to write: an intact row costs nothing.
  const blocks: { address: string; values: CellInput[][] }[] = [];
  let current: { address: string; values: CellInput[][] } | null = null;
  rows.forEach((row, i) => {
    if (row.every((v) => v === null)) {
      current = null;
      return;
    }
    if (current === null) {
      current = { address: `A${first + i}`, values: [] };
      blocks.push(current);
    }
    current.values.push(row);
  });

  const plan: SheetPlan = {
    name: sheet,
    mode: existing ? "update" : "create",
    tabColor: STYLE.tabColor,
    ...(clear.length > 0 ? { clear } : {}),
    cells: [
      {
        address: "A1",
        values: [
          [triwulanTitle(tw)],
          [SUBTITLE],
          ["Isian", "Rumus (terkunci)", "Dari Katalog IKU", null],
          KEYS.map((k) => COLS[k].header),
        ],
      },
      ...blocks,
    ],
    formats,
    merges: [`A1:${lastCol}1`, `A2:${lastCol}2`, `C${legendRow}:D${legendRow}`],
    columnWidths: KEYS.map((k) => ({ column: col(k), width: WIDTHS[k] })),
    rowHeights: [{ address: `A${headerRow}`, height: 32 }],
    validations:
      count > 0
        ? [
            {
              address: span("target", "penyebut"),
              rule: { kind: "decimal", min: 0 },
              prompt: NUMBER_INPUT_MESSAGES.prompt,
              error: NUMBER_INPUT_MESSAGES.error,
            },
          ]
        : [],
    freeze: { rows: headerRow, columns: 2 },
    print: {
      orientation: "Landscape",
      fitToWidth: true,
      titleRows: `$${headerRow}:$${headerRow}`,
      paper: "A4",
    },
    protect: true,
  };
  return { plan, events };
}

/*
 * One function per part of a `SheetPlan`, each applying its part to an exceljs worksheet.
 * A new plan field is one new function here and one line in SHEET_PARTS.
 */
import ExcelJS from "exceljs";
import { cellAddress, columnIndex, parseRange, type CellRect, type SheetPlan } from "../core";
import { applyCellFormat, argb, columnWidthInCharacters } from "./cellStyle";
import {
  cellValue,
  fittedRowHeight,
  frozenViews,
  highlightBlocks,
  pageSetupOf,
  validationModel,
} from "./planModels";

/** What could not be written to the file, for the caller to tell the user. */
export interface Omission {
  readonly sheet: string;
  readonly kind: "chart";
  /** The chart's title. */
  readonly what: string;
  /** Where it would have sat; the cell there carries a note saying so. */
  readonly address: string;
}

interface PartContext {
  readonly omissions: Omission[];
}

export type SheetPart = (sheet: ExcelJS.Worksheet, plan: SheetPlan, ctx: PartContext) => void | Promise<void>;

// Plans address at most a few thousand rows; a whole-column range would be a million cells.
const MAX_CELLS = 2_000_000;

function rectOf(address: string): CellRect {
  const rect = parseRange(address);
  if (!rect) throw new Error(`Alamat rentang tidak dikenal: ${address}`);
  return rect;
}

const overlaps = (a: CellRect, b: CellRect) =>
  a.row <= b.lastRow && b.row <= a.lastRow && a.col <= b.lastCol && b.col <= a.lastCol;

/** Every cell of a rectangle, created if needed. */
function eachCell(sheet: ExcelJS.Worksheet, rect: CellRect, fn: (cell: ExcelJS.Cell) => void): void {
  const rows = rect.lastRow - rect.row + 1;
  const cols = rect.lastCol - rect.col + 1;
  if (rows * cols > MAX_CELLS)
    throw new Error(`Rentang terlalu besar untuk diformat: ${cellAddress(rect.row, rect.col)}…`);
  for (let r = rect.row; r <= rect.lastRow; r++) {
    const row = sheet.getRow(r + 1);
    for (let c = rect.col; c <= rect.lastCol; c++) fn(row.getCell(c + 1));
  }
}

/** Cells that exist in a rectangle (clearing never needs to create any). */
function eachExistingCell(sheet: ExcelJS.Worksheet, rect: CellRect, fn: (cell: ExcelJS.Cell) => void): void {
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (rowNumber - 1 < rect.row || rowNumber - 1 > rect.lastRow) return;
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      if (colNumber - 1 >= rect.col && colNumber - 1 <= rect.lastCol) fn(cell);
    });
  });
}

/** exceljs 4.4 has `worksheet.dataValidations`, keyed by address; its typings leave it out. */
function validationsOf(sheet: ExcelJS.Worksheet): {
  model: Record<string, unknown>;
  add(address: string, validation: ExcelJS.DataValidation): void;
} {
  return (sheet as unknown as { dataValidations: ReturnType<typeof validationsOf> }).dataValidations;
}

/** Data validations (exceljs keys them by address, a cell or a range) that touch `rect`. */
function removeValidations(sheet: ExcelJS.Worksheet, rect: CellRect): void {
  const model = validationsOf(sheet).model;
  for (const key of Object.keys(model)) {
    const at = parseRange(key);
    if (at && overlaps(at, rect)) delete model[key];
  }
}

/** Conditional formats that touch `rect` (Excel would trim them; ours always cover whole ranges). */
function removeConditionalFormats(sheet: ExcelJS.Worksheet, rect: CellRect): void {
  const cfs = (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
  const keep = cfs.filter(
    (cf) =>
      !cf.ref.split(/\s+/).some((ref) => {
        const at = parseRange(ref);
        return at !== null && overlaps(at, rect);
      }),
  );
  cfs.splice(0, cfs.length, ...keep);
}

function clearRange(sheet: ExcelJS.Worksheet, rect: CellRect, target: "contents" | "formats" | "all"): void {
  eachExistingCell(sheet, rect, (cell) => {
    if (cell.isMerged && cell.master !== cell) return;
    if (target !== "formats") cell.value = null;
    if (target !== "contents") cell.style = {};
  });
  if (target !== "contents") {
    removeValidations(sheet, rect);
    removeConditionalFormats(sheet, rect);
  }
}

const WHOLE_SHEET: CellRect = { row: 0, col: 0, lastRow: 1048575, lastCol: 16383 };

const clear: SheetPart = (sheet, plan) => {
  // `replace` clears cells, formats, validation and conditional formats; merges and page setup stay (as in Excel).
  if (plan.mode === "replace") clearRange(sheet, WHOLE_SHEET, "all");
  for (const c of plan.clear ?? []) clearRange(sheet, rectOf(c.address), c.applyTo);
};

const tabColor: SheetPart = (sheet, plan) => {
  if (plan.tabColor !== undefined) sheet.properties.tabColor = { argb: argb(plan.tabColor) };
};

const visibility: SheetPart = (sheet, plan) => {
  if (plan.visibility !== undefined)
    sheet.state = ({ Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const)[
      plan.visibility
    ];
};

/**
 * Cell blocks: `null` leaves a cell as it is; "=…" is a formula (its cached value comes
 * later, see fillCachedValues); an apostrophe stores the text after it; "" empties the
 * cell. Other text is stored as text: plans escape what Excel would parse (`textCell`),
 * so nothing here second-guesses them.
 */
const cells: SheetPart = (sheet, plan) => {
  for (const block of plan.cells) {
    const start = rectOf(block.address);
    block.values.forEach((values, r) => {
      const row = sheet.getRow(start.row + r + 1);
      values.forEach((v, c) => {
        const value = cellValue(v);
        if (value === undefined) return;
        const cell = row.getCell(start.col + c + 1);
        // Excel keeps only a merge's top-left value; exceljs would write through to it.
        if (cell.isMerged && cell.master !== cell) return;
        cell.value = value;
      });
    });
  }
};

const merges: SheetPart = (sheet, plan) => {
  const model = sheet as unknown as {
    _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
  };
  for (const address of plan.merges ?? []) {
    const rect = rectOf(address);
    // Merging again what is merged is a no-op in Excel; exceljs refuses, so unmerge first.
    for (const merge of Object.values(model._merges)) {
      const m = merge.model;
      const at = { row: m.top - 1, col: m.left - 1, lastRow: m.bottom - 1, lastCol: m.right - 1 };
      if (overlaps(at, rect)) sheet.unMergeCells(m.top, m.left, m.bottom, m.right);
    }
    sheet.mergeCells(rect.row + 1, rect.col + 1, rect.lastRow + 1, rect.lastCol + 1);
  }
};

const formats: SheetPart = (sheet, plan) => {
  for (const f of plan.formats) eachCell(sheet, rectOf(f.address), (cell) => applyCellFormat(cell, f.format));
};

const columnWidths: SheetPart = (sheet, plan) => {
  for (const w of plan.columnWidths ?? [])
    sheet.getColumn(columnIndex(w.column) + 1).width = columnWidthInCharacters(w.width);
};

const rowHeights: SheetPart = (sheet, plan) => {
  for (const h of plan.rowHeights ?? []) {
    const rect = rectOf(h.address);
    for (let r = rect.row; r <= rect.lastRow; r++) sheet.getRow(r + 1).height = h.height;
  }
};

/**
 * Excel fits a row's height to its wrapped text and larger fonts whenever a program
 * writes to it (unless the row has a height of its own); a file has no such moment, and
 * LibreOffice shows the height stored. So the rows the plan writes get the height Excel
 * would give them, estimated from the text length, column width and font size (an
 * average character is narrower than the digit Excel's widths count). Merged cells are
 * left out, as Excel's own fitting leaves them out.
 */
const fitRowHeights: SheetPart = (sheet, plan) => {
  const fixed = new Set<number>();
  for (const h of plan.rowHeights ?? []) {
    const rect = rectOf(h.address);
    for (let r = rect.row; r <= rect.lastRow; r++) fixed.add(r + 1);
  }
  const rows = new Set<number>();
  for (const block of plan.cells) {
    const start = rectOf(block.address).row + 1;
    block.values.forEach((_, i) => rows.add(start + i));
  }
  for (const r of rows) {
    if (fixed.has(r)) continue;
    const height = fittedRowHeight(sheet.getRow(r), (col) => sheet.getColumn(col).width);
    if (height !== null) sheet.getRow(r).height = height;
  }
};

const validations: SheetPart = (sheet, plan) => {
  for (const v of plan.validations ?? []) {
    removeValidations(sheet, rectOf(v.address));
    validationsOf(sheet).add(v.address, validationModel(v));
  }
};

/** "Text equals" colours as Excel's cell-value rules, one block of rules per range. */
const highlights: SheetPart = (sheet, plan) => {
  const highlights = plan.highlights ?? [];
  // Every range is cleared before any rule is added (so running again does not stack
  // copies, and a range overlapping another does not wipe its new rules).
  for (const address of new Set(highlights.map((h) => h.address)))
    removeConditionalFormats(sheet, rectOf(address));
  const existing = (sheet as unknown as { conditionalFormattings: { rules: { priority?: number }[] }[] })
    .conditionalFormattings;
  const last = Math.max(0, ...existing.flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
  for (const block of highlightBlocks(highlights, last)) sheet.addConditionalFormatting(block);
};

/**
 * exceljs cannot write charts. The chart's data is on the sheet already; its place gets a
 * note saying what is missing and how to get it, and the caller reports the omission.
 */
const charts: SheetPart = (sheet, plan, ctx) => {
  for (const chart of plan.charts ?? []) {
    const at = rectOf(chart.placeAt);
    const address = cellAddress(at.row, at.col);
    sheet.getCell(address).note =
      `Grafik "${chart.title}" (data ${chart.source}) tidak dapat ditulis oleh iku-lakip. ` +
      "Buat grafik kolom dari data tersebut (Sisipkan > Bagan), atau buat lembar ini dengan add-in di Excel.";
    ctx.omissions.push({ sheet: sheet.name, kind: "chart", what: chart.title, address });
  }
};

const freeze: SheetPart = (sheet, plan) => {
  if (plan.freeze) sheet.views = frozenViews(plan.freeze);
};

const print: SheetPart = (sheet, plan) => {
  if (plan.print) Object.assign(sheet.pageSetup, pageSetupOf(plan.print));
};

/** Our sheets end protected, without a password; a sheet that was protected stays so. */
const protect: SheetPart = async (sheet, plan) => {
  if (!plan.protect) return;
  await sheet.protect("", {
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: false,
    selectLockedCells: true,
    selectUnlockedCells: true,
  });
};

/** In the order `src/excel/applyWorkbookPlan.ts` applies them. */
export const SHEET_PARTS: readonly SheetPart[] = [
  clear,
  tabColor,
  visibility,
  cells,
  merges,
  formats,
  columnWidths,
  rowHeights,
  fitRowHeights,
  validations,
  highlights,
  charts,
  freeze,
  print,
  protect,
];

/*
 * A plan of new sheets written straight to a file with exceljs's streaming writer: each
 * row is built, formatted and committed in turn, so memory holds a few rows rather than
 * the whole workbook model. For the large outputs (konsolidasi over hundreds of
 * agencies); `applyWorkbookPlan` stays the executor for workbooks read and written back.
 *
 * It writes what the in-memory executor writes (the same models, planModels.ts) for plans
 * whose sheets are all created and hold no formula (there is no workbook to compute a
 * cached value from); anything else is refused.
 */
import ExcelJS from "exceljs";
import {
  cellAddress,
  columnIndex,
  parseRange,
  type CellFormat,
  type CellInput,
  type CellRect,
  type WorkbookPlan,
} from "../core";
import { applyCellFormat, argb, columnWidthInCharacters } from "./cellStyle";
import {
  cellValue,
  fittedRowHeight,
  frozenViews,
  highlightBlocks,
  pageSetupOf,
  validationModel,
} from "./planModels";
import type { Omission } from "./sheetParts";

const MAX_ROWS = 1_048_576;

function rectOf(address: string): CellRect {
  const rect = parseRange(address);
  if (!rect || rect.lastRow >= MAX_ROWS - 1)
    throw new Error(`Alamat rentang tidak dapat ditulis baris demi baris: ${address}`);
  return rect;
}

/** Items sorted by first row, handed out as the sweep reaches them and dropped after their last. */
class RowSweep<T> {
  private readonly items: { readonly rect: CellRect; readonly item: T }[];
  private next = 0;
  private active: { readonly rect: CellRect; readonly item: T }[] = [];

  constructor(items: readonly { readonly rect: CellRect; readonly item: T }[]) {
    // Stable: items of the same first row keep the plan's order (later formats win).
    this.items = [...items].sort((a, b) => a.rect.row - b.rect.row);
  }

  at(row: number): { readonly rect: CellRect; readonly item: T }[] {
    this.active = this.active.filter((a) => a.rect.lastRow >= row);
    while (this.next < this.items.length && (this.items[this.next]?.rect.row ?? Infinity) <= row)
      this.active.push(this.items[this.next++] as { rect: CellRect; item: T });
    return this.active;
  }

  get lastRow(): number {
    return Math.max(-1, ...this.items.map((i) => i.rect.lastRow));
  }
}

export async function writeNewWorkbook(plan: WorkbookPlan, path: string): Promise<{ omissions: Omission[] }> {
  const omissions: Omission[] = [];
  for (const sheet of plan.sheets) {
    if (sheet.mode !== "create" || (sheet.clear?.length ?? 0) > 0)
      throw new Error(`writeNewWorkbook only creates sheets ("${sheet.name}" is ${sheet.mode})`);
    if (
      sheet.cells.some((b) => b.values.some((r) => r.some((v) => typeof v === "string" && v.startsWith("="))))
    )
      throw new Error(`writeNewWorkbook writes no formulas ("${sheet.name}" has some)`);
  }
  const order = plan.order ?? [];
  const sheets = [...plan.sheets].sort(
    (a, b) => (order.indexOf(a.name) + 1 || Infinity) - (order.indexOf(b.name) + 1 || Infinity),
  );
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });

  for (const plan of sheets) {
    const ws = writer.addWorksheet(plan.name, {
      properties: plan.tabColor !== undefined ? { tabColor: { argb: argb(plan.tabColor) } } : {},
      ...(plan.freeze ? { views: frozenViews(plan.freeze) } : {}),
      ...(plan.print ? { pageSetup: pageSetupOf(plan.print) } : {}),
      ...(plan.visibility
        ? {
            state: ({ Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const)[
              plan.visibility
            ],
          }
        : {}),
    });
    const widths = new Map<number, number>();
    for (const w of plan.columnWidths ?? []) {
      const col = columnIndex(w.column) + 1;
      widths.set(col, columnWidthInCharacters(w.width));
      ws.getColumn(col).width = widths.get(col) as number;
    }
    const dataValidations = (
      ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations;
    for (const v of plan.validations ?? []) dataValidations.add(v.address, validationModel(v));
    for (const block of highlightBlocks(plan.highlights ?? [], 0)) ws.addConditionalFormatting(block);

    const blocks = new RowSweep<readonly (readonly CellInput[])[]>(
      plan.cells.map((b) => {
        const start = rectOf(b.address);
        const width = Math.max(1, ...b.values.map((r) => r.length));
        return {
          rect: { ...start, lastRow: start.row + b.values.length - 1, lastCol: start.col + width - 1 },
          item: b.values,
        };
      }),
    );
    const formats = new RowSweep<CellFormat>(
      plan.formats.map((f) => ({ rect: rectOf(f.address), item: f.format })),
    );
    const merges = new RowSweep<null>((plan.merges ?? []).map((m) => ({ rect: rectOf(m), item: null })));
    const notes = new Map<string, string>();
    for (const chart of plan.charts ?? []) {
      const at = rectOf(chart.placeAt);
      const address = cellAddress(at.row, at.col);
      notes.set(
        address,
        `Grafik "${chart.title}" (data ${chart.source}) tidak dapat ditulis oleh iku-lakip. ` +
          "Buat grafik kolom dari data tersebut (Sisipkan > Bagan), atau buat lembar ini dengan add-in di Excel.",
      );
      omissions.push({ sheet: plan.name, kind: "chart", what: chart.title, address });
    }
    const heights = new Map<number, number>();
    for (const h of plan.rowHeights ?? []) {
      const rect = rectOf(h.address);
      for (let r = rect.row; r <= rect.lastRow; r++) heights.set(r, h.height);
    }
    const noteRows = [...notes.keys()].map((a) => rectOf(a).row);
    const lastRow = Math.max(blocks.lastRow, formats.lastRow, merges.lastRow, ...heights.keys(), ...noteRows);

    for (let r = 0; r <= lastRow; r++) {
      // A merge is made when its first row comes: its later rows are then still open.
      for (const m of merges.at(r))
        if (m.rect.row === r)
          ws.mergeCells(m.rect.row + 1, m.rect.col + 1, m.rect.lastRow + 1, m.rect.lastCol + 1);
      const row = ws.getRow(r + 1);
      for (const { rect, item } of blocks.at(r))
        (item[r - rect.row] ?? []).forEach((v, i) => {
          const value = cellValue(v);
          if (value === undefined) return;
          const cell = row.getCell(rect.col + i + 1);
          // Excel keeps only a merge's top-left value; exceljs would write through to it.
          if (!(cell.isMerged && cell.master !== cell)) cell.value = value;
        });
      for (const { rect, item } of formats.at(r))
        for (let c = rect.col; c <= rect.lastCol; c++) applyCellFormat(row.getCell(c + 1), item);
      for (const [address, note] of notes) if (rectOf(address).row === r) ws.getCell(address).note = note;
      const height = heights.get(r) ?? fittedRowHeight(row, (col) => widths.get(col));
      if (height !== null) row.height = height;
      row.commit();
    }
    if (plan.protect)
      await ws.protect("", { formatColumns: true, formatRows: true, autoFilter: true, sort: false });
    ws.commit();
  }
  for (const n of plan.names) {
    const absolute = n.address
      .split(":")
      .map((a) => a.replace(/\$/g, "").replace(/^([A-Za-z]+)(\d+)$/, "$$$1$$$2"))
      .join(":");
    writer.definedNames.add(`'${n.sheet.replace(/'/g, "''")}'!${absolute}`, n.name);
  }
  if (plan.select) {
    const index = sheets.findIndex((s) => s.name.toLowerCase() === plan.select?.sheet.toLowerCase());
    writer.views = [
      { activeTab: Math.max(0, index), firstSheet: 0, visibility: "visible" } as ExcelJS.WorkbookView,
    ];
  }
  await writer.commit();
  return { omissions };
}

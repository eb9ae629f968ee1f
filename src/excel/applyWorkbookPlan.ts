import { columnLetter, parseRange, rangeAddress } from "../core";
import type {
  CellFormat,
  CellInput,
  ClearTarget,
  SheetInfo,
  SheetOperation,
  SheetPlan,
  SheetValidation,
  TextHighlight,
  WorkbookPlan,
} from "../core";

/**
 * Queues a `WorkbookPlan` on a request context: one batch, no sync (the caller syncs, so
 * a whole action stays within its round-trip budget). A plan that could exceed Excel on
 * the web's 5 MB request limit is cut first with `splitWorkbookPlan`, a sync per part.
 *
 * Work is grouped as the plan groups it: one call per cell block and per format range,
 * never per cell. String literals stand for Excel's enums so this runs on any host that
 * implements the API, the in-memory one included.
 */
export function applyWorkbookPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  protection: SheetProtection,
): void {
  const worksheets = context.workbook.worksheets;
  for (const op of plan.sheetOps ?? []) applySheetOperation(worksheets, op, protection);
  for (const sheetPlan of plan.sheets) applySheetPlan(worksheets, sheetPlan, protection);

  const names = context.workbook.names;
  for (const n of plan.names) {
    const ref = `${quoteSheet(n.sheet)}!${n.address}`;
    if (n.exists) names.getItem(n.name).formula = `=${ref}`;
    else names.add(n.name, worksheets.getItem(n.sheet).getRange(n.address), n.comment);
  }
  (plan.order ?? []).forEach((name, position) => {
    worksheets.getItem(name).position = position;
  });
  if (plan.select) {
    const sheet = worksheets.getItem(plan.select.sheet);
    sheet.activate();
    sheet.getRange(plan.select.address).select();
  }
}

/**
 * Which sheets are protected, as read before the write (`items/protection/protected`).
 * Excel has thrown AccessDenied for protect() on a protected sheet and unprotect() on an
 * unprotected one (office-js issue 6784), so each is called only when it changes the
 * state. Names are kept lower-case, as Excel compares them; `applyWorkbookPlan` updates
 * the set, so the parts of a split plan see the state the previous part left.
 */
export class SheetProtection {
  private readonly names: Set<string>;

  constructor(protectedSheets: Iterable<string>) {
    this.names = new Set([...protectedSheets].map((n) => n.toLowerCase()));
  }

  /** From the sheet list of the read (`SheetInfo.protected`). */
  static of(sheets: readonly SheetInfo[]): SheetProtection {
    return new SheetProtection(sheets.filter((s) => s.protected === true).map((s) => s.name));
  }

  has(name: string): boolean {
    return this.names.has(name.toLowerCase());
  }

  set(name: string, isProtected: boolean): void {
    if (isProtected) this.names.add(name.toLowerCase());
    else this.names.delete(name.toLowerCase());
  }
}

/**
 * Deletes or renames a sheet. Sheet protection guards cells, not the sheet itself, so
 * neither needs unprotecting; the protection state follows the sheet's name.
 */
function applySheetOperation(
  worksheets: Excel.WorksheetCollection,
  op: SheetOperation,
  protection: SheetProtection,
): void {
  const sheet = worksheets.getItem(op.sheet);
  const wasProtected = protection.has(op.sheet);
  protection.set(op.sheet, false);
  switch (op.kind) {
    case "delete":
      sheet.delete();
      break;
    case "rename":
      sheet.name = op.to;
      protection.set(op.to, wasProtected);
      break;
  }
}

/** 'Katalog IKU' — quoted always, quotes doubled, as Excel writes references. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function applySheetPlan(
  worksheets: Excel.WorksheetCollection,
  plan: SheetPlan,
  protection: SheetProtection,
): void {
  const sheet = plan.mode === "create" ? worksheets.add(plan.name) : worksheets.getItem(plan.name);
  if (plan.position !== undefined) sheet.position = plan.position;
  // Locked cells cannot be written on a protected sheet; ours carry no password. A sheet
  // a user protected with one makes the caller's sync fail with AccessDenied, which the
  // task pane words as "unprotect it, then try again".
  const wasProtected = plan.mode !== "create" && protection.has(plan.name);
  if (wasProtected) sheet.protection.unprotect();
  // `replace` clears cells, formats, validation and conditional formats; charts, merges
  // and page setup stay. Deleting a chart needs the chart list, which means a sync this
  // function does not make, so a plan with charts is written to a new sheet instead:
  // the LAKIP report deletes its previous version (`sheetOps`) and creates it again.
  // (Petunjuk, replaced in place, merges the same range every time.)
  if (plan.mode === "replace") clear(sheet.getRange(), "all");
  for (const c of plan.clear ?? []) clear(sheet.getRange(c.address), c.applyTo);
  if (plan.tabColor !== undefined) sheet.tabColor = plan.tabColor;
  if (plan.visibility !== undefined) sheet.visibility = plan.visibility;

  for (const block of plan.cells) writeBlock(sheet, block.address, block.values);
  for (const m of plan.merges ?? []) sheet.getRange(m).merge(false);
  for (const f of plan.formats) applyFormat(sheet.getRange(f.address), f.address, f.format);
  for (const w of plan.columnWidths ?? [])
    sheet.getRange(`${w.column}:${w.column}`).format.columnWidth = w.width;
  for (const h of plan.rowHeights ?? []) sheet.getRange(h.address).format.rowHeight = h.height;
  for (const v of plan.validations ?? []) applyValidation(sheet.getRange(v.address), v);
  applyHighlights(sheet, plan.highlights ?? []);
  for (const chart of plan.charts ?? []) {
    const c = sheet.charts.add(chart.type, sheet.getRange(chart.source), "Auto");
    c.title.text = chart.title;
    const [start = chart.placeAt, end] = chart.placeAt.split(":");
    c.setPosition(start, end);
  }
  if (plan.freeze) {
    const { rows, columns } = plan.freeze;
    sheet.freezePanes.unfreeze();
    if (rows > 0 && columns > 0)
      sheet.freezePanes.freezeAt(sheet.getRange(`A1:${columnLetter(columns - 1)}${rows}`));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  }
  if (plan.print) {
    const layout = sheet.pageLayout;
    layout.orientation = plan.print.orientation;
    if (plan.print.paper === "A4") layout.paperSize = "A4";
    if (plan.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (plan.print.titleRows !== undefined) layout.setPrintTitleRows(plan.print.titleRows);
  }
  // Our sheets end protected; a sheet of the user's that was protected is protected again.
  if (plan.protect || wasProtected) {
    sheet.protection.protect({
      allowFormatColumns: true,
      allowFormatRows: true,
      allowAutoFilter: true,
      allowSort: false,
    });
  }
  protection.set(plan.name, plan.protect === true || wasProtected);
}

function clear(range: Excel.Range, target: ClearTarget): void {
  if (target === "contents") {
    range.clear("Contents");
    return;
  }
  range.clear(target === "all" ? "All" : "Formats");
  range.dataValidation.clear();
  range.conditionalFormats.clearAll();
}

function writeBlock(
  sheet: Excel.Worksheet,
  address: string,
  values: readonly (readonly CellInput[])[],
): void {
  const start = parseRange(address);
  if (!start) throw new Error(`Alamat blok tidak dikenal: ${address}`);
  const width = Math.max(0, ...values.map((r) => r.length));
  if (values.length === 0 || width === 0) return;
  // Excel wants a rectangle; null pads leave the cells as they are.
  const rows = values.map((r) =>
    r.length === width ? [...r] : [...r, ...new Array<CellInput>(width - r.length).fill(null)],
  );
  const range = sheet.getRange(
    rangeAddress({
      row: start.row,
      col: start.col,
      lastRow: start.row + rows.length - 1,
      lastCol: start.col + width - 1,
    }),
  );
  const hasFormula = rows.some((r) => r.some((v) => typeof v === "string" && v.startsWith("=")));
  if (hasFormula) range.formulas = rows;
  else range.values = rows;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyFormat(range: Excel.Range, address: string, format: CellFormat): void {
  const f = range.format;
  if (format.fill !== undefined) f.fill.color = format.fill;
  if (format.fontColor !== undefined) f.font.color = format.fontColor;
  if (format.bold !== undefined) f.font.bold = format.bold;
  if (format.italic !== undefined) f.font.italic = format.italic;
  if (format.fontSize !== undefined) f.font.size = format.fontSize;
  if (format.horizontal !== undefined) f.horizontalAlignment = format.horizontal;
  if (format.vertical !== undefined) f.verticalAlignment = format.vertical;
  if (format.wrap !== undefined) f.wrapText = format.wrap;
  if (format.locked !== undefined) f.protection.locked = format.locked;
  if (format.numberFormat !== undefined) {
    const rect = parseRange(address);
    if (!rect) throw new Error(`Alamat format tidak dikenal: ${address}`);
    // Excel takes number formats as a 2-D array the size of the range.
    const row = new Array<string>(rect.lastCol - rect.col + 1).fill(format.numberFormat);
    range.numberFormat = Array.from({ length: rect.lastRow - rect.row + 1 }, () => row);
  }
  if (format.border) {
    const rect = parseRange(address);
    const edges: string[] = [...EDGES];
    if (rect && rect.lastRow > rect.row) edges.push("InsideHorizontal");
    if (rect && rect.lastCol > rect.col) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = f.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous";
      border.color = "#A6A6A6";
    }
  }
}

function applyValidation(range: Excel.Range, v: SheetValidation): void {
  const dv = range.dataValidation;
  dv.clear();
  const rule = v.rule;
  switch (rule.kind) {
    case "decimal":
      dv.rule = { decimal: { formula1: rule.min, operator: "GreaterThanOrEqualTo" } };
      break;
    case "wholeNumber":
      dv.rule =
        rule.max === undefined
          ? { wholeNumber: { formula1: rule.min, operator: "GreaterThanOrEqualTo" } }
          : { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
      break;
    case "list":
      dv.rule = { list: { inCellDropDown: true, source: rule.source } };
      break;
  }
  dv.ignoreBlanks = true;
  if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
  if (v.error)
    dv.errorAlert = { showAlert: true, style: "Stop", title: v.error.title, message: v.error.message };
}

function applyHighlights(sheet: Excel.Worksheet, highlights: readonly TextHighlight[]): void {
  // Cleared once per range first, so running again does not stack copies of the rules.
  for (const address of new Set(highlights.map((h) => h.address)))
    sheet.getRange(address).conditionalFormats.clearAll();
  for (const h of highlights) {
    const cf = sheet.getRange(h.address).conditionalFormats.add("CellValue");
    cf.cellValue.format.fill.color = h.fill;
    if (h.fontColor !== undefined) cf.cellValue.format.font.color = h.fontColor;
    cf.cellValue.rule = { formula1: `="${h.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
  }
}

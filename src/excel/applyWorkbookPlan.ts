import { columnLetter, heldBackClears, parseRange, rangeAddress } from "../core";
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
 * Queues a `WorkbookPlan` (or one part of a split plan) on a request context: one batch,
 * no sync (the caller syncs, so a whole action stays within its round-trip budget), in
 * the order `WorkbookPlan` documents: what can fail (unprotecting, the journal, renames)
 * first, the sheets, the held-back clears, the commit, then protection, the sheets to
 * retire and the selection. `state` carries the protection state across the parts of a
 * split plan; sheets are protected with the `final` part only.
 *
 * Work is grouped as the plan groups it: one call per cell block and per format range,
 * never per cell. String literals stand for Excel's enums so this runs on any host that
 * implements the API, the in-memory one included.
 */
export function applyWorkbookPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  state: WriteState,
  final = true,
): void {
  const worksheets = context.workbook.worksheets;
  const names = context.workbook.names;
  for (const name of plan.removeNames ?? []) names.getItem(name).delete();

  // Unprotect first: a password the add-in does not know fails here, before any change.
  const renamedTo = new Map<string, string>();
  for (const op of plan.sheetOps ?? [])
    if (op.kind === "rename") renamedTo.set(op.to.toLowerCase(), op.sheet);
  const written = [plan.begin, ...plan.sheets, plan.commit].filter((p): p is SheetPlan => p !== undefined);
  for (const sheetPlan of written) {
    if (sheetPlan.mode === "create") continue;
    const current = renamedTo.get(sheetPlan.name.toLowerCase()) ?? sheetPlan.name;
    if (!state.protection.has(current)) continue;
    worksheets.getItem(current).protection.unprotect();
    state.protection.set(current, false);
    state.unprotected.add(sheetPlan.name.toLowerCase());
  }

  if (plan.begin) applySheetPlan(worksheets, plan.begin, state, false);
  for (const op of plan.sheetOps ?? []) applySheetOperation(worksheets, op, state);
  for (const sheetPlan of plan.sheets) applySheetPlan(worksheets, sheetPlan, state, true);
  // Rows are written at their new place before their old place is emptied.
  for (const sheetPlan of plan.sheets) {
    const { after } = heldBackClears(sheetPlan);
    if (after.length === 0) continue;
    const sheet = worksheets.getItem(sheetPlan.name);
    for (const c of after) clear(sheet.getRange(c.address), c.applyTo);
  }

  for (const n of plan.names) {
    const ref = `${quoteSheet(n.sheet)}!${n.address}`;
    if (n.exists) names.getItem(n.name).formula = `=${ref}`;
    else names.add(n.name, worksheets.getItem(n.sheet).getRange(n.address), n.comment);
  }
  (plan.order ?? []).forEach((name, position) => {
    worksheets.getItem(name).position = position;
  });
  if (plan.commit) applySheetPlan(worksheets, plan.commit, state, false);

  // Protection after the commit: a protect() Excel refuses (office-js#6784) leaves a
  // complete write with an unprotected sheet, which the recovery reports.
  if (final) {
    for (const [key, name] of [...state.toProtect, ...[...state.unprotected].map((k) => [k, k] as const)]) {
      if (state.protection.has(key)) continue;
      worksheets.getItem(state.toProtect.get(key) ?? name).protection.protect({
        allowFormatColumns: true,
        allowFormatRows: true,
        allowAutoFilter: true,
        allowSort: false,
      });
      state.protection.set(key, true);
    }
    state.toProtect.clear();
    state.unprotected.clear();
  }
  for (const name of plan.retire ?? []) {
    worksheets.getItem(name).delete();
    state.protection.set(name, false);
  }
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
class SheetProtection {
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

/** What the executor keeps across the parts of one write. */
export class WriteState {
  readonly protection: SheetProtection;
  /** Sheets unprotected to be written (lower-case, as they are named after the renames): protected again at the end. */
  readonly unprotected = new Set<string>();
  /** Sheets the plan protects, by lower-case name. */
  readonly toProtect = new Map<string, string>();
  /** Page layouts whose fit-to-page was set, loaded after it in the same batch to see whether it stuck. */
  readonly fitChecks: { readonly sheet: string; readonly layout: Excel.PageLayout }[] = [];

  constructor(sheets: readonly SheetInfo[]) {
    this.protection = SheetProtection.of(sheets);
  }
}

/**
 * Deletes or renames a sheet. Sheet protection guards cells, not the sheet itself, so
 * neither needs unprotecting; the protection state follows the sheet's name.
 */
function applySheetOperation(
  worksheets: Excel.WorksheetCollection,
  op: SheetOperation,
  state: WriteState,
): void {
  const sheet = worksheets.getItem(op.sheet);
  const wasProtected = state.protection.has(op.sheet);
  state.protection.set(op.sheet, false);
  switch (op.kind) {
    case "delete":
      sheet.delete();
      break;
    case "rename":
      sheet.name = op.to;
      state.protection.set(op.to, wasProtected);
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
  state: WriteState,
  holdClears: boolean,
): void {
  const sheet = plan.mode === "create" ? worksheets.add(plan.name) : worksheets.getItem(plan.name);
  if (plan.position !== undefined) sheet.position = plan.position;
  // `replace` clears cells, formats, validation and conditional formats; charts, merges
  // and page setup stay. Deleting a chart needs the chart list, which means a sync this
  // function does not make, so a plan with charts is written to a new sheet instead:
  // the LAKIP report renames its previous version away, creates it again and retires
  // the old one. (Petunjuk, replaced in place, merges the same range every time.)
  if (plan.mode === "replace") clear(sheet.getRange(), "all");
  // A range the sheet writes into again is cleared first; the others wait (heldBackClears).
  for (const c of holdClears ? heldBackClears(plan).before : (plan.clear ?? []))
    clear(sheet.getRange(c.address), c.applyTo);
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
    if (plan.print.fitToWidth) {
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      // Desktop Excel may ignore it (office-js#1860): read it back in the same batch.
      state.fitChecks.push({ sheet: plan.name, layout: layout.load("zoom") });
    }
    if (plan.print.titleRows !== undefined) layout.setPrintTitleRows(plan.print.titleRows);
  }
  // Our sheets end protected (with the last part of a split write); a sheet of the
  // user's that was protected is protected again (it is in `state.unprotected`).
  if (plan.protect) state.toProtect.set(plan.name.toLowerCase(), plan.name);
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

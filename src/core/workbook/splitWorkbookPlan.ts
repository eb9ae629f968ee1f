import { cellAddress, parseRange } from "./a1";
import { heldBackClears } from "./heldBackClears";
import { MAX_BATCH_BYTES } from "./MAX_BATCH_BYTES";
import type { CellFormat, CellInput, SheetPlan, WorkbookPlan } from "./SheetPlan";

/**
 * What one Excel API call (a property set or a method call) weighs in a request beyond its
 * data: the envelope, the object path it reaches (sheet, range, format, border…, whose
 * sheet name and address `callBytes` adds) and its name. The development host's measure
 * is 80–130 bytes a call besides those two (a border edge's the most); this errs above it.
 */
const CALL_BYTES = 120;

/** A value's size as JSON in UTF-8: the arrays and strings a request carries. */
function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c > 0x7f) bytes += c > 0x7ff && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** `calls` calls on a range of a sheet (or the sheet itself: address ""). */
const callBytes = (calls: number, sheet: string, address: string): number =>
  calls * (CALL_BYTES + jsonBytes(sheet) + address.length);

/**
 * A range's number format goes to Excel as one code per cell (`range.numberFormat` takes a
 * 2-D array the size of the range): a format over 8,500 rows of two columns sends 17,000
 * codes, which the plan states once.
 */
function numberFormatBytes(address: string, format: CellFormat): number {
  if (format.numberFormat === undefined) return 0;
  const rect = parseRange(address);
  if (!rect) return 0;
  const rows = rect.lastRow - rect.row + 1;
  const cols = rect.lastCol - rect.col + 1;
  return rows * (cols * (jsonBytes(format.numberFormat) + 1) + 2);
}

/**
 * The calls a format takes: a property set each; per border edge its style and colour, on
 * a path (`format.borders.getItem(EdgeTop)`) long enough to count as three.
 */
function formatCalls(address: string, format: CellFormat): number {
  const { border, ...properties } = format;
  if (!border) return Object.keys(properties).length;
  const rect = parseRange(address);
  const edges = 4 + (rect && rect.lastRow > rect.row ? 1 : 0) + (rect && rect.lastCol > rect.col ? 1 : 0);
  return Object.keys(properties).length + 3 * edges;
}

/**
 * What a sheet's plan weighs beyond its JSON: its calls as `src/excel/applyWorkbookPlan.ts`
 * makes them (or more), and its number formats as Excel is sent them.
 */
function sheetBytes(sheet: SheetPlan): number {
  const n = sheet.name;
  const ranges = (items: readonly { readonly address: string }[], calls: number) =>
    items.reduce((sum, item) => sum + callBytes(calls, n, item.address), 0);
  const highlighted = [...new Set((sheet.highlights ?? []).map((h) => h.address))];
  const sheetCalls =
    1 + // added, or (a name only) found
    (sheet.position !== undefined ? 1 : 0) +
    (sheet.mode === "replace" ? 3 : 0) +
    (sheet.tabColor !== undefined ? 1 : 0) +
    (sheet.visibility !== undefined ? 1 : 0) +
    (sheet.freeze ? 2 : 0) +
    (sheet.print ? 4 : 0) +
    // unprotected before the writes and protected after, for a sheet protected either way
    2;
  return (
    callBytes(sheetCalls, n, "") +
    ranges(sheet.clear ?? [], 3) +
    ranges(sheet.cells, 1) +
    ranges(
      (sheet.merges ?? []).map((address) => ({ address })),
      1,
    ) +
    sheet.formats.reduce(
      (sum, f) =>
        sum +
        callBytes(formatCalls(f.address, f.format), n, f.address) +
        numberFormatBytes(f.address, f.format),
      0,
    ) +
    ranges(
      (sheet.columnWidths ?? []).map((w) => ({ address: `${w.column}:${w.column}` })),
      1,
    ) +
    ranges(sheet.rowHeights ?? [], 1) +
    ranges(sheet.validations ?? [], 5) +
    ranges(
      highlighted.map((address) => ({ address })),
      1,
    ) +
    ranges(sheet.highlights ?? [], 4) +
    (sheet.charts ?? []).reduce((sum, c) => sum + callBytes(3, n, c.source + c.placeAt), 0)
  );
}

/**
 * What a request carrying `plan` weighs, erring high: the plan's data as JSON in UTF-8
 * (the same arrays and strings), number formats as the per-cell arrays Excel is sent, and
 * each API call's path, envelope and (a format's) value. test/excel/planBytes.test.ts
 * holds it above what the development host measures of the executor's batches (1.01 to
 * 1.23 times it for the template, its upgrade and the report at 17 to 1,700 indicators).
 */
export function estimatePlanBytes(plan: WorkbookPlan): number {
  const workbookCalls =
    (plan.sheetOps ?? []).length + plan.names.length + (plan.order ?? []).length + (plan.select ? 2 : 0);
  // A format's data is its calls' values, which `sheetBytes` counts with each call: a
  // report's thousands of small formats would otherwise count twice.
  const withoutFormats: WorkbookPlan = { ...plan, sheets: plan.sheets.map((s) => ({ ...s, formats: [] })) };
  return (
    jsonBytes(withoutFormats) +
    callBytes(workbookCalls, "", "") +
    plan.names.reduce((sum, name) => sum + jsonBytes(name.sheet) + name.address.length, 0) +
    plan.sheets.reduce((sum, sheet) => sum + sheetBytes(sheet), 0)
  );
}

type Block = SheetPlan["cells"][number];

/**
 * Parts to apply in order, a sync after each; a plan that fits is returned whole.
 *
 * The first part carries everything but the later cell rows and what `WorkbookPlan`
 * puts at the end of a write; the last part carries that end: the held-back `clear`
 * ranges, the `commit`, the sheets to `retire` and the selection. A shell protects
 * sheets only once the last part is written (see `src/excel/executePlan.ts`).
 */
export function splitWorkbookPlan(plan: WorkbookPlan, maxBytes: number = MAX_BATCH_BYTES): WorkbookPlan[] {
  if (estimatePlanBytes(plan) <= maxBytes) return [plan];
  const { commit, retire, select, ...head } = plan;
  // The first part carries every sheet's formats, rules and names; the cells can go later.
  const skeleton: WorkbookPlan = {
    ...head,
    sheets: plan.sheets.map(({ clear: _clear, ...s }) => {
      const { before } = heldBackClears({ ...s, clear: _clear ?? [] });
      return { ...s, ...(before.length > 0 ? { clear: before } : {}), cells: [] };
    }),
  };
  // The end of the write, in the last part: the held-back clears, the commit, the sheets
  // to retire and the selection. Every part keeps room for it, as any may be the last.
  const clears: SheetPlan[] = plan.sheets
    .map((s) => ({ name: s.name, after: heldBackClears(s).after }))
    .filter((s) => s.after.length > 0)
    .map((s) => ({ name: s.name, mode: "update", clear: s.after, cells: [], formats: [] }));
  const end: WorkbookPlan = {
    sheets: clears,
    names: [],
    ...(commit ? { commit } : {}),
    ...(retire ? { retire } : {}),
    ...(select ? { select } : {}),
  };
  const endBytes = estimatePlanBytes(end);
  const skeletonBytes = estimatePlanBytes(skeleton) + endBytes;
  if (skeletonBytes >= maxBytes)
    throw new Error("Rencana lembar terlalu besar untuk satu permintaan, bahkan tanpa isi sel");

  // A later part: for each sheet it writes into, that sheet as an update (found; the
  // executor's WriteState keeps it unprotected until the last part).
  const laterSheet = (s: SheetPlan): SheetPlan => ({
    name: s.name,
    mode: "update",
    cells: [],
    formats: [],
  });
  const partBytes = endBytes;
  const laterSheetBytes = (s: SheetPlan) =>
    estimatePlanBytes({ sheets: [laterSheet(s)], names: [] }) - jsonBytes({ sheets: [], names: [] }) + 1;

  let part = new Map<string, Block[]>();
  const parts = [part];
  let room = maxBytes - skeletonBytes;
  // Sheets the current part already pays for (the first part: all of them, in the skeleton).
  let paidFor = new Set(plan.sheets.map((s) => s.name));
  let fresh = false;
  const startPart = () => {
    part = new Map<string, Block[]>();
    parts.push(part);
    room = maxBytes - partBytes;
    paidFor = new Set();
    fresh = true;
  };
  const enter = (sheet: SheetPlan) => {
    if (paidFor.has(sheet.name)) return;
    room -= laterSheetBytes(sheet);
    paidFor.add(sheet.name);
  };
  const add = (sheet: string, block: Block) => {
    part.set(sheet, [...(part.get(sheet) ?? []), block]);
    fresh = false;
  };
  for (const sheet of plan.sheets) {
    for (const block of sheet.cells) {
      const start = parseRange(block.address);
      if (!start) throw new Error(`Alamat blok tidak dikenal: ${block.address}`);
      // A block's own weight before its rows: its address, its range and its write.
      const blockBytes = (row: number) =>
        jsonBytes({ address: cellAddress(row, start.col), values: [] }) +
        1 +
        callBytes(1, sheet.name, "A1:XFD1048576");
      enter(sheet);
      let rows: (readonly CellInput[])[] = [];
      let rowStart = start.row;
      let used = blockBytes(rowStart);
      block.values.forEach((row, i) => {
        const bytes = jsonBytes(row) + 1;
        // Full: what is gathered goes into this part, the rest into a new one (a row
        // larger than a whole part still goes, alone).
        if (used + bytes > room && !(fresh && rows.length === 0)) {
          if (rows.length > 0) add(sheet.name, { address: cellAddress(rowStart, start.col), values: rows });
          startPart();
          enter(sheet);
          rows = [];
          rowStart = start.row + i;
          used = blockBytes(rowStart);
        }
        rows.push(row);
        used += bytes;
      });
      if (rows.length > 0) {
        add(sheet.name, { address: cellAddress(rowStart, start.col), values: rows });
        room -= used;
      }
    }
  }
  return parts.map((cells, i): WorkbookPlan => {
    const last = i === parts.length - 1;
    const sheets =
      i === 0
        ? skeleton.sheets.map((s) => ({ ...s, cells: cells.get(s.name) ?? [] }))
        : plan.sheets
            .filter((s) => cells.has(s.name))
            .map((s): SheetPlan => ({ ...laterSheet(s), cells: cells.get(s.name) ?? [] }));
    const base: WorkbookPlan = i === 0 ? { ...skeleton, sheets } : { sheets, names: [] };
    return last ? { ...end, ...base, sheets: [...base.sheets, ...clears] } : base;
  });
}

/*
 * The workbook's state: HyperFormula (contents, formulas, named expressions) plus a
 * SheetModel per worksheet. Proxies and the direct helpers both go through this
 * class, so Excel's rules (sheet names, protection, shapes) are enforced in one place.
 * Methods throw HostError with Excel's codes; RequestContext turns them into a
 * rejected sync.
 */
import {
  CellType,
  CellValueDetailedType,
  DetailedCellError,
  ErrorType,
  HyperFormula,
  type ConfigParams,
  type RawCellContent,
} from "hyperformula";
import {
  cellCount,
  formatAddress,
  formatLocal,
  parseAddress,
  rectIntersection,
  rectUnion,
  splitSheet,
  type Rect,
} from "./address";
import { CustomFunctionRegistry } from "./customFunctions";
import {
  ErrorCode,
  HostError,
  accessDenied,
  invalidArgument,
  invalidOperation,
  itemAlreadyExists,
  itemNotFound,
} from "./errors";
import type { EventKind, Registration, WorksheetEventArgs } from "./events";
import { formatValue } from "./numberFormat";
import { SheetModel } from "./SheetModel";

/** A value as office.js returns it in `range.values`: errors as "#DIV/0!", empty as "". */
export type ExcelValue = number | string | boolean;

export interface NameModel {
  name: string;
  /** null = workbook scope. */
  scope: SheetModel | null;
  comment: string;
  visible: boolean;
}

export interface CellError {
  /** "#DIV/0!", "#VALUE!", ... */
  value: string;
  /** The message a custom function gave (CustomFunctions.Error), or HyperFormula's explanation. */
  message: string;
}

export interface ChangeEvent {
  /** "sync": an Excel.run batch changed the workbook; "write": a direct write (a user edit). */
  source: "sync" | "write";
  /** Sheets whose cells, formats or metadata changed. */
  sheets: string[];
}

export type ChangeListener = (event: ChangeEvent) => void;

/** Largest block of cells read or written in one operation. */
const CELL_LIMIT = 5_000_000;

const HF_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  maxRows: 1_048_576,
  maxColumns: 16_384,
  // en-US input parsing, as Excel does when the API sets strings.
  dateFormats: ["MM/DD/YYYY", "MM/DD/YY", "YYYY-MM-DD", "YYYY/MM/DD"],
  timeFormats: ["hh:mm", "hh:mm:ss.sss"],
  currencySymbol: ["$", "USD"],
  functionArgSeparator: ",",
  decimalSeparator: ".",
  localeLang: "en-US",
  // Excel's serial dates, including its 29 Feb 1900.
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 },
  // =A1 of an empty cell is 0 in Excel.
  evaluateNullToZero: true,
  precisionRounding: 14,
  smartRounding: true,
  useWildcards: true,
  useRegularExpressions: false,
  matchWholeCell: true,
  caseSensitive: false,
};

/**
 * False when HyperFormula cannot read typed `text` as a date or a percentage: a
 * percentage ends with "%"; a date, once a currency symbol is cut off (as its
 * CellContentParser does), must pass its date parser's quick check (digits and
 * / . - : spaces, optionally am/pm). A cheap superset of what it accepts.
 */
function mayBeDateOrPercent(text: string): boolean {
  // A number, a day and a month all need a digit.
  if (!/[0-9]/.test(text)) return false;
  let t = text.trim();
  if (t.endsWith("%")) return true;
  for (const currency of HF_CONFIG.currencySymbol ?? []) {
    if (t.startsWith(currency)) {
      t = t.slice(currency.length);
      break;
    }
    if (t.endsWith(currency)) {
      t = t.slice(0, t.length - currency.length);
      break;
    }
  }
  return /^[0-9/.\-:\s]+[ap]?m?$/i.test(t.trim());
}

/** Excel's rules for a worksheet name. */
export function checkSheetName(name: unknown): string {
  if (typeof name !== "string" || name.trim() === "") throw invalidArgument("A sheet name cannot be blank.");
  if (name.length > 31) throw invalidArgument(`The sheet name "${name}" is longer than 31 characters.`);
  if (/[:\\/?*[\]]/.test(name))
    throw invalidArgument(`The sheet name "${name}" contains one of : \\ / ? * [ ].`);
  if (name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(`The sheet name "${name}" cannot begin or end with an apostrophe.`);
  }
  if (name.toLowerCase() === "history") throw invalidArgument('"History" is a reserved sheet name.');
  return name;
}

/** Excel's rules for a defined name. */
export function checkDefinedName(name: unknown): string {
  if (typeof name !== "string" || !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || name.length > 255) {
    throw invalidArgument(`"${String(name)}" is not a valid name.`);
  }
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) && parseAddress(name) !== null) {
    throw invalidArgument(`"${name}" looks like a cell reference.`);
  }
  if (/^(R|C|R[0-9]*C[0-9]*)$/i.test(name)) throw invalidArgument(`"${name}" looks like an R1C1 reference.`);
  return name;
}

export interface CellInput {
  /** number/boolean, text, "=formula", "" clears, null keeps the cell. */
  readonly value: unknown;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly names = new Map<string, NameModel>();
  readonly settings = new Map<string, unknown>();
  readonly functions = new CustomFunctionRegistry();
  activeSheet: SheetModel;
  selection: { sheet: SheetModel; rect: Rect };
  private hf: HyperFormula;
  private pluginDirty = false;
  private readonly listeners = new Set<ChangeListener>();
  /** office.js event handlers registered through proxies. */
  readonly events = new Set<Registration>();
  /** Errors thrown by event handlers (Excel would swallow them; tests can look here). */
  readonly eventErrors: unknown[] = [];
  private readonly pendingEvents: Array<{ kind: EventKind; sheet: SheetModel; rect: Rect }> = [];
  private readonly running = new Set<Promise<unknown>>();
  private readonly changedSheets = new Set<SheetModel>();
  private changedMetadata = false;
  private batchDepth = 0;
  private suspended = false;

  constructor() {
    this.hf = HyperFormula.buildEmpty({
      ...HF_CONFIG,
      functionPlugins: HyperFormula.getAllFunctionPlugins(),
    });
    const sheet = this.addSheet("Sheet1");
    this.activeSheet = sheet;
    this.selection = { sheet, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
  }

  /**
   * The formula engine, with newly registered custom functions in place and every value
   * up to date (evaluation resumed if a batch had suspended it).
   */
  get engine(): HyperFormula {
    this.resumeEvaluation();
    return this.current;
  }

  /** The engine as is, for calls that work whether or not evaluation is suspended. */
  private get current(): HyperFormula {
    if (this.pluginDirty) {
      this.resumeEvaluation();
      this.pluginDirty = false;
      this.hf.updateConfig({
        functionPlugins: [...HyperFormula.getAllFunctionPlugins(), ...this.functions.buildPlugins()],
      });
    }
    return this.hf;
  }

  /**
   * The engine for a content or name change. Inside a batch (a sync), evaluation is
   * suspended until something reads a value or the batch ends, so a sync's writes are
   * evaluated once instead of once per write.
   */
  private get writer(): HyperFormula {
    const hf = this.current;
    if (this.batchDepth > 0 && !this.suspended) {
      hf.suspendEvaluation();
      this.suspended = true;
    }
    return hf;
  }

  private resumeEvaluation(): void {
    if (!this.suspended) return;
    this.suspended = false;
    this.hf.resumeEvaluation();
  }

  /** Starts a batch of changes (a sync): see `writer`. Batches nest. */
  beginBatch(): void {
    this.batchDepth++;
  }

  /** Ends a batch; the outermost end brings every value up to date. */
  endBatch(): void {
    this.batchDepth = Math.max(0, this.batchDepth - 1);
    if (this.batchDepth === 0) this.resumeEvaluation();
  }

  registerFunction(id: string, fn: (...args: never[]) => unknown, matrix: readonly number[] = []): void {
    this.functions.register(id, fn, matrix);
    this.pluginDirty = true;
    this.changedMetadata = true;
  }

  // ---- change notification ------------------------------------------------------

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  touch(sheet: SheetModel | null): void {
    if (sheet) this.changedSheets.add(sheet);
    else this.changedMetadata = true;
  }

  /** Queues an office.js event, dispatched at the next flush. */
  raise(kind: EventKind, sheet: SheetModel, rect: Rect): void {
    if (this.events.size > 0) this.pendingEvents.push({ kind, sheet, rect });
  }

  /** Resolves when every event handler started so far has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private dispatchEvents(source: ChangeEvent["source"]): void {
    const pending = this.pendingEvents.splice(0);
    for (const { kind, sheet, rect } of pending) {
      const args: WorksheetEventArgs = {
        type: kind === "changed" ? "WorksheetChanged" : "WorksheetSelectionChanged",
        address: formatLocal(rect),
        worksheetId: sheet.id,
        source: "Local",
        triggerSource: source === "sync" ? "ThisLocalAddin" : "Unknown",
      };
      if (kind === "changed") args.changeType = "RangeEdited";
      for (const registration of this.events) {
        if (registration.kind !== kind || (registration.sheet !== null && registration.sheet !== sheet))
          continue;
        // Excel calls handlers asynchronously, after the change is complete.
        const run: Promise<unknown> = Promise.resolve()
          .then(() => registration.handler({ ...args }))
          .catch((error: unknown) => {
            this.eventErrors.push(error);
          })
          .finally(() => this.running.delete(run));
        this.running.add(run);
      }
    }
  }

  /** Tells listeners what changed since the last flush (once per sync or write). */
  flush(source: ChangeEvent["source"]): void {
    this.dispatchEvents(source);
    if (this.changedSheets.size === 0 && !this.changedMetadata) return;
    const event: ChangeEvent = { source, sheets: [...this.changedSheets].map((s) => s.name) };
    this.changedSheets.clear();
    this.changedMetadata = false;
    for (const listener of [...this.listeners]) listener(event);
  }

  // ---- sheets ---------------------------------------------------------------------

  findSheet(nameOrId: string): SheetModel | null {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === nameOrId) ?? null;
  }

  sheet(nameOrId: string): SheetModel {
    const sheet = this.findSheet(nameOrId);
    if (!sheet) throw itemNotFound(`There is no worksheet "${nameOrId}".`);
    return sheet;
  }

  isAlive(sheet: SheetModel): boolean {
    return this.sheets.includes(sheet);
  }

  /** A free default name: Sheet2, Sheet3... */
  nextSheetName(): string {
    for (let i = this.sheets.length + 1; ; i++) {
      if (!this.findSheet(`Sheet${i}`)) return `Sheet${i}`;
    }
  }

  addSheet(name?: string): SheetModel {
    const finalName = checkSheetName(name ?? this.nextSheetName());
    if (this.findSheet(finalName)) throw itemAlreadyExists(`A sheet named "${finalName}" already exists.`);
    const hfName = this.writer.addSheet(finalName);
    const sheet = new SheetModel(finalName, this.current.getSheetId(hfName) ?? -1);
    this.sheets.push(sheet);
    this.touch(sheet);
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: unknown): void {
    const finalName = checkSheetName(name);
    const other = this.findSheet(finalName);
    if (other && other !== sheet) throw itemAlreadyExists(`A sheet named "${finalName}" already exists.`);
    if (finalName === sheet.name) return;
    this.writer.renameSheet(sheet.hfId, finalName);
    sheet.name = finalName;
    this.touch(sheet);
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }

  deleteSheet(sheet: SheetModel): void {
    if (sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw invalidOperation("A workbook must contain at least one visible worksheet.");
    }
    if (sheet.protection.protected) {
      // Excel lets a protected sheet be deleted (workbook structure protection is separate).
    }
    const index = this.sheets.indexOf(sheet);
    this.writer.removeSheet(sheet.hfId);
    this.sheets.splice(index, 1);
    for (const [key, name] of this.names) if (name.scope === sheet) this.names.delete(key);
    if (this.activeSheet === sheet) {
      this.activeSheet =
        this.visibleSheets()[Math.min(index, this.visibleSheets().length - 1)] ??
        this.visibleSheets()[0] ??
        this.activeSheet;
    }
    if (this.selection.sheet === sheet) {
      this.selection = { sheet: this.activeSheet, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    }
    this.touch(null);
  }

  moveSheet(sheet: SheetModel, position: unknown): void {
    if (
      typeof position !== "number" ||
      !Number.isInteger(position) ||
      position < 0 ||
      position >= this.sheets.length
    ) {
      throw invalidArgument(`Sheet position ${String(position)} is out of range.`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
    this.touch(null);
  }

  setVisibility(sheet: SheetModel, visibility: unknown): void {
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
      throw invalidArgument(`"${String(visibility)}" is not a sheet visibility.`);
    }
    if (visibility !== "Visible" && sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw invalidOperation("A workbook must contain at least one visible worksheet.");
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeSheet === sheet) {
      this.activeSheet = this.visibleSheets()[0] ?? sheet;
      this.selection = { sheet: this.activeSheet, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    }
    this.touch(sheet);
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible") throw invalidOperation(`The sheet "${sheet.name}" is hidden.`);
    if (this.activeSheet !== sheet) {
      this.activeSheet = sheet;
      this.selection = { sheet, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
      this.touch(null);
    }
  }

  select(sheet: SheetModel, rect: Rect): void {
    this.activate(sheet);
    this.selection = { sheet, rect };
    this.raise("selectionChanged", sheet, rect);
    this.touch(null);
  }

  // ---- addresses --------------------------------------------------------------------

  /**
   * An address inside a sheet ("A1:B2", "B:B", "3:3", a defined name, or qualified with
   * this sheet's name). Returns null when it does not parse.
   */
  resolveAddress(sheet: SheetModel, address: string): { sheet: SheetModel; rect: Rect } | null {
    const parsed = parseAddress(address);
    if (parsed) {
      if (parsed.sheet !== undefined) {
        const target = this.findSheet(parsed.sheet);
        if (!target) return null;
        return { sheet: target, rect: parsed.rect };
      }
      return { sheet, rect: parsed.rect };
    }
    const name = this.findName(address, sheet);
    return name ? this.nameRange(name) : null;
  }

  /** A workbook-qualified address ("'LAKIP 2024'!A1:B2", or a name). */
  resolveQualified(address: string): { sheet: SheetModel; rect: Rect } | null {
    const { sheet } = splitSheet(address);
    if (sheet === undefined) {
      const name = this.findName(address, null);
      if (name) return this.nameRange(name);
      return this.resolveAddress(this.activeSheet, address);
    }
    const target = this.findSheet(sheet);
    return target ? this.resolveAddress(target, address) : null;
  }

  address(sheet: SheetModel, rect: Rect, absolute = false): string {
    return formatAddress(sheet.name, rect, absolute);
  }

  // ---- cells ------------------------------------------------------------------------

  private cell(sheet: SheetModel, row: number, column: number) {
    return { sheet: sheet.hfId, row, col: column };
  }

  /** The value as office.js reports it. */
  value(sheet: SheetModel, row: number, column: number): ExcelValue {
    const v = this.engine.getCellValue(this.cell(sheet, row, column));
    if (v === null || v === undefined) return "";
    if (v instanceof DetailedCellError) return v.value;
    return v;
  }

  /** The error in a cell with its message, or null. */
  error(sheet: SheetModel, row: number, column: number): CellError | null {
    const v = this.engine.getCellValue(this.cell(sheet, row, column));
    return v instanceof DetailedCellError ? { value: v.value, message: v.message } : null;
  }

  /** The formula ("=A1*2") or, for a constant, its value (as `range.formulas` gives). */
  formula(sheet: SheetModel, row: number, column: number): ExcelValue {
    const address = this.cell(sheet, row, column);
    const formula = this.current.getCellFormula(address);
    if (formula !== undefined) return formula;
    return this.value(sheet, row, column);
  }

  text(sheet: SheetModel, row: number, column: number): string {
    const value = this.value(sheet, row, column);
    return formatValue(value, sheet.rawFormat(row, column).numberFormat ?? "General");
  }

  valueType(sheet: SheetModel, row: number, column: number): string {
    const v = this.engine.getCellValue(this.cell(sheet, row, column));
    if (v === null || v === undefined) return "Empty";
    if (v instanceof DetailedCellError) return "Error";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    return "String";
  }

  /** A 2-D block read through `read`, refusing Excel-sized monsters. */
  grid<T>(_sheet: SheetModel, rect: Rect, read: (row: number, column: number) => T): T[][] {
    if (cellCount(rect) > CELL_LIMIT) {
      throw new HostError(ErrorCode.rangeExceedsLimit, `Reading ${cellCount(rect)} cells at once.`);
    }
    const out: T[][] = [];
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      const line: T[] = [];
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) line.push(read(r, c));
      out.push(line);
    }
    return out;
  }

  /**
   * Writes contents: `input` is a 2-D array of the range's shape or one value for every
   * cell. Numbers/booleans as is; strings as Excel parses typed text ("=..." formula,
   * "12" number, "" clears); null leaves a cell alone. A text-formatted ("@") cell keeps
   * text as text.
   */
  setContents(sheet: SheetModel, rect: Rect, input: unknown, what = "values"): void {
    const matrix = this.shapeInput(rect, input, what);
    const content: RawCellContent[][] = [];
    const formulas: Array<[number, number]> = [];
    let skips = false;
    for (let r = 0; r < rect.rowCount; r++) {
      const line: RawCellContent[] = [];
      for (let c = 0; c < rect.columnCount; c++) {
        const row = rect.row + r;
        const column = rect.column + c;
        const v = matrix ? matrix[r]?.[c] : input;
        if (v === null || v === undefined) {
          // Left alone: not written at all (see writeSkipping).
          line.push(null);
          skips = true;
          continue;
        }
        const raw = this.toRaw(v, sheet.rawFormat(row, column).numberFormat);
        if (typeof raw === "string" && raw.startsWith("=")) formulas.push([row, column]);
        line.push(raw);
      }
      content.push(line);
    }
    const start = this.cell(sheet, rect.row, rect.column);
    const hf = this.writer;
    const before = formulas.length > 0 ? this.serialized(sheet, rect) : null;
    if (skips) this.writeSkipping(sheet, rect, content, matrix, input);
    else hf.setCellContents(start, content);
    // Excel refuses a formula it cannot parse; HyperFormula stores it as an error cell.
    const broken = this.findParsingError(sheet, formulas);
    if (broken && before) {
      const writer = this.writer;
      writer.setCellContents(start, before);
      const formula = writer.getCellFormula(this.cell(sheet, broken[0], broken[1]));
      throw invalidArgument(
        `The formula ${String(formula ?? content[broken[0] - rect.row]?.[broken[1] - rect.column])} is not valid.`,
      );
    }
    this.autoFormat(sheet, rect, matrix, input);
    this.raise("changed", sheet, rect);
    this.touch(sheet);
  }

  /**
   * Writes `content` except the cells whose input is null/undefined (left alone). Rows
   * with the same runs of written cells are stacked: one write per run per such group
   * (a table whose input columns are left alone takes a write per block of columns).
   * The same result as writing those cells' own contents back, without serialising and
   * re-parsing them.
   */
  private writeSkipping(
    sheet: SheetModel,
    rect: Rect,
    content: RawCellContent[][],
    matrix: unknown[][] | null,
    input: unknown,
  ): void {
    const hf = this.writer;
    const runsOf = (r: number): Array<[number, number]> => {
      const runs: Array<[number, number]> = [];
      let c = 0;
      while (c < rect.columnCount) {
        const v = matrix ? matrix[r]?.[c] : input;
        if (v === null || v === undefined) {
          c++;
          continue;
        }
        let last = c;
        for (;;) {
          const next = matrix ? matrix[r]?.[last + 1] : input;
          if (last + 1 >= rect.columnCount || next === null || next === undefined) break;
          last++;
        }
        runs.push([c, last]);
        c = last + 1;
      }
      return runs;
    };
    const same = (a: Array<[number, number]>, b: Array<[number, number]>) =>
      a.length === b.length && a.every(([c0, c1], i) => b[i]?.[0] === c0 && b[i]?.[1] === c1);
    let r = 0;
    while (r < rect.rowCount) {
      const runs = runsOf(r);
      let last = r;
      while (last + 1 < rect.rowCount && same(runsOf(last + 1), runs)) last++;
      for (const [c0, c1] of runs) {
        const block = content.slice(r, last + 1).map((line) => line.slice(c0, c1 + 1));
        hf.setCellContents(this.cell(sheet, rect.row + r, rect.column + c0), block);
      }
      r = last + 1;
    }
  }

  /**
   * getRangeSerialized of `rect`, also while evaluation is suspended: empty cells and
   * formulas are read as they are; only a constant (whose serialised form HyperFormula
   * gives only when evaluation runs) makes it resume evaluation first.
   */
  private serialized(sheet: SheetModel, rect: Rect): RawCellContent[][] {
    const start = this.cell(sheet, rect.row, rect.column);
    const end = this.cell(sheet, rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1);
    if (this.suspended) {
      const hf = this.current;
      const out: RawCellContent[][] = [];
      let complete = true;
      for (let r = rect.row; r < rect.row + rect.rowCount && complete; r++) {
        const line: RawCellContent[] = [];
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
          const address = this.cell(sheet, r, c);
          const type = hf.getCellType(address);
          if (type === CellType.EMPTY) line.push(null);
          else if (type === CellType.FORMULA || type === CellType.ARRAYFORMULA)
            line.push(hf.getCellFormula(address) ?? null);
          else {
            complete = false;
            break;
          }
        }
        out.push(line);
      }
      if (complete) return out;
    }
    return this.engine.getRangeSerialized({ start, end });
  }

  /**
   * The first of `formulas` (row-major) whose cell holds a formula HyperFormula could not
   * parse ("Parsing error."), or undefined. While evaluation is suspended, the cells are
   * first checked without evaluating: only if one holds a parse error is evaluation
   * resumed to answer exactly as before.
   */
  private findParsingError(
    sheet: SheetModel,
    formulas: ReadonlyArray<[number, number]>,
  ): [number, number] | undefined {
    if (formulas.length === 0) return undefined;
    if (this.suspended) {
      const graph = (this.hf as unknown as { dependencyGraph?: { getCell?: (a: unknown) => unknown } })
        .dependencyGraph;
      const getCell = graph?.getCell?.bind(graph);
      if (getCell) {
        const isParsingErrorVertex = (v: unknown) =>
          typeof v === "object" && v !== null && "rawInput" in v && "errors" in v;
        const any = formulas.some(([row, column]) =>
          isParsingErrorVertex(getCell(this.cell(sheet, row, column))),
        );
        if (!any) return undefined;
      }
    }
    const hf = this.engine;
    return formulas.find(([row, column]) => {
      const v = hf.getCellValue(this.cell(sheet, row, column));
      return v instanceof DetailedCellError && v.type === ErrorType.ERROR && v.message === "Parsing error.";
    });
  }

  /** Excel gives a typed date "m/d/yyyy" and a typed percentage "0%". */
  private autoFormat(sheet: SheetModel, rect: Rect, matrix: unknown[][] | null, input: unknown): void {
    for (let r = 0; r < rect.rowCount; r++) {
      for (let c = 0; c < rect.columnCount; c++) {
        const v = matrix ? matrix[r]?.[c] : input;
        if (typeof v !== "string" || v.startsWith("=")) continue;
        const row = rect.row + r;
        const column = rect.column + c;
        if ((sheet.rawFormat(row, column).numberFormat ?? "General") !== "General") continue;
        // Only text HyperFormula could read as a date or a percentage needs its verdict
        // (which needs evaluation resumed): skip the rest cheaply.
        if (!mayBeDateOrPercent(v)) continue;
        const type = this.engine.getCellValueDetailedType(this.cell(sheet, row, column));
        if (type === CellValueDetailedType.NUMBER_DATE)
          sheet.applyFormat({ row, column, rowCount: 1, columnCount: 1 }, { numberFormat: "m/d/yyyy" });
        if (type === CellValueDetailedType.NUMBER_PERCENT)
          sheet.applyFormat({ row, column, rowCount: 1, columnCount: 1 }, { numberFormat: "0%" });
      }
    }
  }

  private toRaw(v: unknown, numberFormat: string | undefined): RawCellContent {
    if (typeof v === "number") {
      if (!Number.isFinite(v)) throw invalidArgument(`${String(v)} is not a valid cell value.`);
      return v;
    }
    if (typeof v === "boolean") return v;
    if (typeof v === "string") {
      if (v === "") return null;
      if (numberFormat === "@") return `'${v}`;
      if (v.startsWith("=") && v.length > 1) {
        // HyperFormula keeps a formula it cannot parse as an error cell; Excel would refuse it.
        const formula = v;
        if (!this.current.validateFormula(formula))
          throw invalidArgument(`The formula ${formula} is not valid.`);
        return formula;
      }
      return v;
    }
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    throw invalidArgument(`${typeof v} is not a valid cell value.`);
  }

  /** Checks a 2-D input against the range's shape; null when the input is one value. */
  shapeInput(rect: Rect, input: unknown, what: string): unknown[][] | null {
    if (!Array.isArray(input)) {
      if (cellCount(rect) > CELL_LIMIT) {
        throw new HostError(
          ErrorCode.rangeExceedsLimit,
          `Setting ${what} of ${cellCount(rect)} cells at once.`,
        );
      }
      return null;
    }
    const rows = input as unknown[];
    const ok =
      rows.length === rect.rowCount &&
      rows.every((line) => Array.isArray(line) && line.length === rect.columnCount);
    if (!ok) {
      const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : "?";
      throw invalidArgument(
        `The ${what} array is ${rows.length}×${width} but the range is ${rect.rowCount}×${rect.columnCount}.`,
      );
    }
    return rows as unknown[][];
  }

  clearContents(sheet: SheetModel, rect: Rect): void {
    const used = this.usedRect(sheet, true);
    if (!used) return;
    const area = rectIntersection(rect, used);
    if (!area) return;
    const content: RawCellContent[][] = Array.from({ length: area.rowCount }, () =>
      Array.from({ length: area.columnCount }, () => null),
    );
    this.writer.setCellContents(this.cell(sheet, area.row, area.column), content);
    this.raise("changed", sheet, area);
    this.touch(sheet);
  }

  /** The used range: cells with content, and unless `valuesOnly` also formatted cells. */
  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
    const hf = this.current;
    const { width, height } = hf.getSheetDimensions(sheet.hfId);
    let bounds: Rect | null = null;
    if (width > 0 && height > 0) {
      // HyperFormula's dimensions start at A1; trim empty leading rows/columns. Scanned
      // from each edge inwards, so a filled sheet costs a few rows and columns of looks.
      const filled = (row: number, col: number) => this.hasContent(sheet, row, col);
      let top = -1;
      for (let r = 0; r < height && top < 0; r++) {
        for (let c = 0; c < width; c++) {
          if (filled(r, c)) {
            top = r;
            break;
          }
        }
      }
      if (top >= 0) {
        let bottom = top;
        for (let r = height - 1; r > top && bottom === top; r--) {
          for (let c = 0; c < width; c++) {
            if (filled(r, c)) {
              bottom = r;
              break;
            }
          }
        }
        const columnFilled = (c: number) => {
          for (let r = top; r <= bottom; r++) if (filled(r, c)) return true;
          return false;
        };
        let left = 0;
        while (!columnFilled(left)) left++;
        let right = width - 1;
        while (right > left && !columnFilled(right)) right--;
        bounds = { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
      }
    }
    if (!valuesOnly) {
      const formatted = sheet.formattedBounds();
      if (formatted) bounds = bounds ? rectUnion(bounds, formatted) : formatted;
    }
    return bounds;
  }

  /** Whether a cell counts for the used range: what getSheetSerialized gives is not null or "". */
  private hasContent(sheet: SheetModel, row: number, column: number): boolean {
    const address = this.cell(sheet, row, column);
    const type = this.current.getCellType(address);
    if (type === CellType.EMPTY) return false;
    if (type === CellType.FORMULA || type === CellType.ARRAYFORMULA) return true;
    // A constant the host wrote is never "" (it writes "" as a clear), so inside a batch
    // it counts without a look that would end the batch. Otherwise (and for a part of an
    // array, which shows its computed value) ask as getSheetSerialized would.
    if (type === CellType.VALUE && this.suspended) return true;
    const v = this.engine.getRangeSerialized({ start: address, end: address })[0]?.[0];
    return v !== null && v !== undefined && v !== "";
  }

  // ---- protection -------------------------------------------------------------------

  /**
   * Excel refuses API edits of locked cells on a protected sheet (AccessDenied), and
   * formatting unless the protection allows it. Unlocked cells stay editable.
   */
  assertEditable(
    sheet: SheetModel,
    rect: Rect,
    kind: "contents" | "format" | "columns" | "rows" | "object",
  ): void {
    const p = sheet.protection;
    if (!p.protected) return;
    const allowed: Record<string, string> = {
      format: "allowFormatCells",
      columns: "allowFormatColumns",
      rows: "allowFormatRows",
      object: "allowEditObjects",
    };
    const option = allowed[kind];
    if (option !== undefined) {
      if (p.options[option] === true) return;
      throw accessDenied(`The sheet "${sheet.name}" is protected; ${kind} changes are not allowed.`);
    }
    const used = cellCount(rect) > 200_000 ? this.usedRect(sheet, false) : null;
    for (const [r, c] of sheet.sampleCells(rect, used)) {
      if (sheet.rawFormat(r, c).locked !== false) {
        throw accessDenied(
          `The cell ${formatAddress(sheet.name, { row: r, column: c, rowCount: 1, columnCount: 1 })} is locked on a protected sheet.`,
        );
      }
    }
  }

  // ---- names ------------------------------------------------------------------------

  private nameKey(name: string, scope: SheetModel | null): string {
    return `${scope ? scope.id : ""}!${name.toLowerCase()}`;
  }

  /** A name visible from `sheet`: sheet scope first, then workbook scope. */
  findName(name: string, sheet: SheetModel | null): NameModel | null {
    if (sheet) {
      const local = this.names.get(this.nameKey(name, sheet));
      if (local) return local;
    }
    return this.names.get(this.nameKey(name, null)) ?? null;
  }

  namesIn(scope: SheetModel | null): NameModel[] {
    return [...this.names.values()].filter((n) => n.scope === scope);
  }

  addName(name: unknown, reference: string, comment: unknown, scope: SheetModel | null): NameModel {
    const finalName = checkDefinedName(name);
    if (this.names.has(this.nameKey(finalName, scope)))
      throw itemAlreadyExists(`The name "${finalName}" already exists.`);
    const formula = reference.startsWith("=") ? reference : `=${reference}`;
    const hfScope = scope ? scope.hfId : undefined;
    if (!this.current.isItPossibleToAddNamedExpression(finalName, formula, hfScope)) {
      throw invalidArgument(`The name "${finalName}" or its reference ${formula} is not valid.`);
    }
    this.writer.addNamedExpression(finalName, formula, hfScope);
    const model: NameModel = {
      name: finalName,
      scope,
      comment: typeof comment === "string" ? comment : "",
      visible: true,
    };
    this.names.set(this.nameKey(finalName, scope), model);
    this.touch(null);
    return model;
  }

  deleteName(name: NameModel): void {
    this.writer.removeNamedExpression(name.name, name.scope ? name.scope.hfId : undefined);
    this.names.delete(this.nameKey(name.name, name.scope));
    this.touch(null);
  }

  nameFormula(name: NameModel): string {
    const formula = this.current.getNamedExpressionFormula(
      name.name,
      name.scope ? name.scope.hfId : undefined,
    );
    return formula ?? "=#REF!";
  }

  setNameFormula(name: NameModel, reference: string): void {
    const formula = reference.startsWith("=") ? reference : `=${reference}`;
    this.writer.changeNamedExpression(name.name, formula, name.scope ? name.scope.hfId : undefined);
    this.touch(null);
  }

  /** The range a name refers to, if it refers to one. */
  nameRange(name: NameModel): { sheet: SheetModel; rect: Rect } | null {
    const formula = this.nameFormula(name).slice(1).trim();
    const parsed = parseAddress(formula);
    if (!parsed) return null;
    const sheet = parsed.sheet !== undefined ? this.findSheet(parsed.sheet) : name.scope;
    return sheet ? { sheet, rect: parsed.rect } : null;
  }

  nameType(name: NameModel): string {
    if (this.nameRange(name)) return "Range";
    const v = this.engine.getNamedExpressionValue(name.name, name.scope ? name.scope.hfId : undefined);
    if (v instanceof DetailedCellError) return "Error";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    if (typeof v === "string") return "String";
    return "Array";
  }

  nameValue(name: NameModel): unknown {
    const range = this.nameRange(name);
    if (range) return formatAddress(range.sheet.name, range.rect, true);
    const v = this.engine.getNamedExpressionValue(name.name, name.scope ? name.scope.hfId : undefined);
    if (v instanceof DetailedCellError) return v.value;
    return v ?? "";
  }
}

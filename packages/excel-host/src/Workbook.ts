/*
 * The development workbook host's entry point.
 *
 * `workbook.run(batch)` is `Excel.run`: the add-in's Excel code runs unchanged against
 * an in-memory workbook whose formulas are computed by HyperFormula. Next to the proxy
 * API, the direct helpers (read, write, sheet, cellFormat...) let tests, benchmarks and
 * the preview page look at and edit the workbook without going through proxies; a
 * direct `write` behaves like a user typing or pasting.
 *
 * The add-in's custom functions come in as arguments (`customFunctions`); the host
 * knows nothing of the add-in. Development tooling only: it never ships. No Node-only
 * APIs, so it bundles for the browser preview.
 */
import type { HyperFormula } from "hyperformula";
import { formatAddress, formatLocal, parseAddress, splitSheet, type Rect } from "./address";
import type { CustomFunction } from "./engine/CustomFunctionRegistry";
import type { CellError, ExcelValue } from "./engine/HyperFormulaEngine";
import { invalidArgument } from "./errors";
import type { FaultPlan } from "./faults";
import { ensureCustomFunctionsGlobal, installGlobals } from "./installGlobals";
import { evaluateConditionalFormat } from "./model/evaluateConditionalFormat";
import type { ResolvedCellFormat } from "./model/FormatTable";
import type { SheetModel } from "./model/SheetModel";
import type { ChangeListener } from "./model/WorkbookEvents";
import { WorkbookModel } from "./model/WorkbookModel";
import { RequestContext, type ContextHost } from "./RequestContext";
import { sheetSnapshot, type SheetSnapshot } from "./sheetSnapshot";

/** Excel on the web's cap on one request (and one response): 5 MB. */
export const EXCEL_ONLINE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** An add-in's custom functions, as its manifest and functions.json declare them to Excel. */
export interface CustomFunctionsOptions {
  /** The manifest's `<Namespace>`: with "IKU", a function `persen` is `=IKU.PERSEN(...)`. */
  readonly namespace: string;
  /** Functions to register now: each function-valued entry (a module object will do). */
  readonly functions?: Readonly<Record<string, unknown>>;
  /**
   * Zero-based indexes of parameters declared as matrices (JSDoc `any[][]`), by function
   * id without namespace (e.g. `{ PREDIKAT: [1] }`). Such a parameter always receives a
   * 2-D array, even from a single cell. Otherwise a multi-cell range still arrives as a
   * 2-D array and a single cell as its value.
   */
  readonly matrixParameters?: Readonly<Record<string, readonly number[]>>;
}

export interface WorkbookOptions {
  /** Reject a sync whose batch (or response) exceeds this many bytes. Default 5 MB; Infinity disables. */
  payloadLimitBytes?: number;
  /** The add-in's custom functions; without them, registering functions is an error. */
  customFunctions?: CustomFunctionsOptions;
}

export interface SyncStats {
  /** Number of context.sync() round trips (including Excel.run's final flush when it had work). */
  syncs: number;
  /** UTF-8 size of each sync's request: JSON of its queued operations. */
  batchBytes: number[];
  /** UTF-8 size of each sync's loaded values. */
  responseBytes: number[];
  /** Operations queued in each sync (what `faults({ failSync: { applied } })` counts). */
  operations: number[];
}

export interface RangeSnapshot {
  /** Sheet-qualified, e.g. "'LAKIP 2024'!A1:C3". */
  address: string;
  values: ExcelValue[][];
  formulas: ExcelValue[][];
  text: string[][];
  numberFormat: string[][];
  /** Per cell: the error value and its message, or null. */
  errors: (CellError | null)[][];
}

export interface CellFormatSnapshot extends ResolvedCellFormat {
  columnWidth: number;
  rowHeight: number;
  /** The merged area holding the cell, e.g. "A1:D1", or null. */
  mergedArea: string | null;
}

export interface NameSnapshot {
  name: string;
  formula: string;
  value: unknown;
  type: string;
  comment: string;
}

type Batch<T> = (context: RequestContext) => Promise<T>;

export class Workbook implements ContextHost {
  readonly model = new WorkbookModel();
  readonly payloadLimitBytes: number;
  private readonly customFunctions: CustomFunctionsOptions | undefined;
  private syncCount = 0;
  private batchSizes: number[] = [];
  private responseSizes: number[] = [];
  private operationCounts: number[] = [];

  constructor(options: WorkbookOptions = {}) {
    this.payloadLimitBytes = options.payloadLimitBytes ?? EXCEL_ONLINE_PAYLOAD_LIMIT;
    this.customFunctions = options.customFunctions;
    if (options.customFunctions?.functions) this.registerCustomFunctions(options.customFunctions.functions);
  }

  // ---- Excel.run ------------------------------------------------------------------

  /**
   * `Excel.run(batch)`: a fresh RequestContext, the batch, then a final sync of
   * anything still queued. Also accepts office.js's `run(options, batch)` form.
   */
  async run<T>(batchOrOptions: Batch<T> | object, maybeBatch?: Batch<T>): Promise<T> {
    const batch = typeof batchOrOptions === "function" ? (batchOrOptions as Batch<T>) : maybeBatch;
    if (!batch) throw invalidArgument("Excel.run needs a batch function.");
    const context = new RequestContext(this);
    const result = await batch(context);
    if (context.pendingOperations > 0) await context.sync();
    return result;
  }

  _recordSync(requestBytes: number, responseBytes: number, operations: number): void {
    this.operationCounts.push(operations);
    this.syncCount++;
    this.batchSizes.push(requestBytes);
    this.responseSizes.push(responseBytes);
  }

  stats(): SyncStats {
    return {
      syncs: this.syncCount,
      batchBytes: [...this.batchSizes],
      responseBytes: [...this.responseSizes],
      operations: [...this.operationCounts],
    };
  }

  resetStats(): void {
    this.syncCount = 0;
    this.batchSizes = [];
    this.responseSizes = [];
    this.operationCounts = [];
  }

  /**
   * Switches real Excel's misbehaviours on for what follows (see `FaultPlan`): a sync
   * failing part-way with a given code, a sync that never returns, cell-edit mode,
   * protect/unprotect refused, fit-to-pages ignored. `faults()` switches all off.
   */
  faults(plan: FaultPlan = {}): void {
    this.model.faults.set(plan);
  }

  /**
   * Defines the `Excel`, `OfficeExtension` and (unless a real one is present)
   * `CustomFunctions` globals for this workbook. Returns a function restoring them.
   */
  installGlobals(target: Record<string, unknown> = globalThis): () => void {
    return installGlobals(this, target);
  }

  // ---- custom functions ---------------------------------------------------------------

  /**
   * Registers custom functions: each function-valued entry `persen` becomes
   * `=<NAMESPACE>.PERSEN(...)`. The namespace and matrix parameters are the workbook's
   * (`customFunctions`) unless given here. Returns the registered ids.
   */
  registerCustomFunctions(
    fns: Readonly<Record<string, unknown>>,
    options: Partial<Omit<CustomFunctionsOptions, "functions">> = {},
  ): string[] {
    ensureCustomFunctionsGlobal();
    const namespace = options.namespace ?? this.namespace();
    const matrixParameters = options.matrixParameters ?? this.customFunctions?.matrixParameters;
    const ids: string[] = [];
    for (const [key, fn] of Object.entries(fns)) {
      if (typeof fn !== "function") continue;
      const short = key.toUpperCase();
      const id = `${namespace.toUpperCase()}.${short}`;
      const matrix = matrixParameters?.[short] ?? matrixParameters?.[id] ?? [];
      this.model.registerFunction(id, fn as CustomFunction, matrix);
      ids.push(id);
    }
    return ids;
  }

  /** `CustomFunctions.associate(id, fn)`: id without namespace, as in functions.json. */
  associate(id: string, fn: CustomFunction): void {
    ensureCustomFunctionsGlobal();
    const upper = id.toUpperCase();
    const full = upper.includes(".") ? upper : `${this.namespace().toUpperCase()}.${upper}`;
    this.model.registerFunction(full, fn, this.customFunctions?.matrixParameters?.[upper] ?? []);
  }

  private namespace(): string {
    const namespace = this.customFunctions?.namespace;
    if (!namespace) {
      throw new Error(
        'This workbook has no custom functions namespace: new Workbook({ customFunctions: { namespace: "..." } }).',
      );
    }
    return namespace;
  }

  // ---- direct helpers ---------------------------------------------------------------

  /** The formula engine, every value up to date, for advanced tests. */
  get engine(): HyperFormula {
    return this.model.engine.evaluated;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  activeSheetName(): string {
    return this.model.activeSheet.name;
  }

  private locate(sheetName: string, address?: string): { sheet: SheetModel; rect: Rect } {
    const sheet = this.model.sheet(sheetName);
    if (address === undefined) {
      const used = this.model.contents.usedRect(sheet, true);
      return { sheet, rect: used ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    }
    const resolved = this.model.resolveAddress(sheet, address);
    if (!resolved) throw invalidArgument(`"${address}" is not a valid address.`);
    return resolved;
  }

  /** Values, formulas, display text, number formats and errors of a range (default: the used range). */
  read(sheetName: string, address?: string): RangeSnapshot {
    const { sheet, rect } = this.locate(sheetName, address);
    const c = this.model.contents;
    return {
      address: formatAddress(sheet.name, rect),
      values: c.grid(rect, (r, k) => c.value(sheet, r, k)),
      formulas: c.grid(rect, (r, k) => c.formula(sheet, r, k)),
      text: c.grid(rect, (r, k) => c.text(sheet, r, k)),
      numberFormat: c.grid(rect, (r, k) => sheet.rawFormat(r, k).numberFormat ?? "General"),
      errors: c.grid(rect, (r, k) => c.error(sheet, r, k)),
    };
  }

  /** The error of one cell with its message (e.g. a CustomFunctions.Error's), or null. */
  cellError(sheetName: string, address: string): CellError | null {
    const { sheet, rect } = this.locate(sheetName, address);
    return this.model.contents.error(sheet, rect.row, rect.column);
  }

  /**
   * Writes like a user typing or pasting: numbers, text, "=formulas", "" clears, null
   * keeps. Dependent formulas recompute; data validation is not applied. Locked cells
   * of a protected sheet refuse the edit (AccessDenied), unless `force`.
   */
  write(sheetName: string, address: string, values: unknown, options: { force?: boolean } = {}): void {
    const { sheet, rect } = this.locate(sheetName, address);
    const target = Array.isArray(values)
      ? {
          ...rect,
          rowCount: values.length,
          columnCount: Array.isArray(values[0]) ? (values[0] as unknown[]).length : 1,
        }
      : rect;
    this.model.edit(sheet, options).setContents(target, values, "values");
    this.model.events.flush("write");
  }

  selection(): { sheet: string; address: string } {
    const { sheet, rect } = this.model.selection;
    return { sheet: sheet.name, address: formatLocal(rect) };
  }

  /** A user selecting cells. */
  select(sheetName: string, address: string): void {
    const { sheet, rect } = this.locate(sheetName, address);
    this.model.select(sheet, rect);
    this.model.events.flush("write");
  }

  /** The stored format of the top-left cell of `address`, with Excel's defaults. */
  cellFormat(sheetName: string, address: string): CellFormatSnapshot {
    const { sheet, rect } = this.locate(sheetName, address);
    const merged = sheet.merges.find(
      (m) =>
        rect.row >= m.row &&
        rect.row < m.row + m.rowCount &&
        rect.column >= m.column &&
        rect.column < m.column + m.columnCount,
    );
    return {
      ...sheet.format(rect.row, rect.column),
      columnWidth: sheet.columnWidth(rect.column),
      rowHeight: sheet.rowHeight(rect.row),
      mergedArea: merged ? formatLocal(merged) : null,
    };
  }

  /** The format as displayed: the cell's format with matching conditional formats applied. */
  displayFormat(sheetName: string, address: string): CellFormatSnapshot {
    const { sheet, rect } = this.locate(sheetName, address);
    const base = this.cellFormat(sheetName, address);
    const conditional = evaluateConditionalFormat(this.model, sheet, rect.row, rect.column);
    if (!conditional) return base;
    return {
      ...base,
      ...(conditional.fill !== undefined ? { fill: conditional.fill } : {}),
      ...(conditional.fontColor !== undefined ? { fontColor: conditional.fontColor } : {}),
      ...(conditional.bold !== undefined ? { bold: conditional.bold } : {}),
    };
  }

  /** Everything stored about a sheet besides cell contents. */
  sheet(sheetName: string): SheetSnapshot {
    return sheetSnapshot(this.model, this.model.sheet(sheetName));
  }

  /** Defined names. */
  names(): NameSnapshot[] {
    const names = this.model.names;
    return names.all().map((n) => ({
      name: n.name,
      formula: names.formula(n),
      value: names.value(n),
      type: names.type(n),
      comment: n.comment,
    }));
  }

  /** Workbook settings (context.workbook.settings). */
  settings(): Record<string, unknown> {
    return Object.fromEntries(this.model.settings);
  }

  /** Called after each sync or direct write that changed something. Returns an unsubscribe function. */
  subscribe(listener: ChangeListener): () => void {
    return this.model.events.subscribe(listener);
  }

  /** Resolves once the office.js event handlers triggered so far have finished. */
  idle(): Promise<void> {
    return this.model.events.idle();
  }

  /** Parses a sheet-qualified address ("'LAKIP 2024'!B2:C3") into sheet name and local address. */
  static splitAddress(address: string): { sheet: string | null; address: string } {
    const { sheet, local } = splitSheet(address);
    if (!parseAddress(local)) throw invalidArgument(`"${address}" is not a valid address.`);
    return { sheet: sheet ?? null, address: local };
  }
}

/*
 * The development workbook host's entry point.
 *
 * `workbook.run(batch)` is `Excel.run`: the add-in's Excel code runs unchanged against
 * an in-memory workbook whose formulas are computed by HyperFormula. Next to the proxy
 * API, the direct helpers (read, write, sheet, cellFormat...) let tests, benchmarks and
 * the preview page look at and edit the workbook without going through proxies; a
 * direct `write` behaves like a user typing or pasting.
 *
 * Development tooling only: never imported by production code. No Node-only APIs, so
 * it bundles for the browser preview.
 */
import type { HyperFormula } from "hyperformula";
import { formatAddress, formatLocal, parseAddress, splitSheet, type Rect } from "./address";
import { describeConditionalFormat, evaluateConditionalFormat } from "./ConditionalFormatProxy";
import {
  CustomFunctionsError,
  CustomFunctionsErrorCode,
  type CustomFunction,
  type RegisterOptions,
} from "./customFunctions";
import { excelEnums } from "./enums";
import { HostError, invalidArgument } from "./errors";
import { RequestContext, type ContextHost } from "./RequestContext";
import type { ResolvedCellFormat, SheetModel } from "./SheetModel";
import { WorkbookModel, type CellError, type ChangeListener, type ExcelValue } from "./WorkbookModel";

/** Excel on the web's cap on one request (and one response): 5 MB. */
export const EXCEL_ONLINE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface WorkbookOptions {
  /** Reject a sync whose batch (or response) exceeds this many bytes. Default 5 MB; Infinity disables. */
  payloadLimitBytes?: number;
  /** Namespace of custom functions registered through CustomFunctions.associate. Default "IKU". */
  customFunctionsNamespace?: string;
}

export interface SyncStats {
  /** Number of context.sync() round trips (including Excel.run's final flush when it had work). */
  syncs: number;
  /** UTF-8 size of each sync's request: JSON of its queued operations. */
  batchBytes: number[];
  /** UTF-8 size of each sync's loaded values. */
  responseBytes: number[];
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

/** What a sheet holds besides cell contents, as plain data (addresses are local). */
export interface SheetSnapshot {
  name: string;
  id: string;
  position: number;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  active: boolean;
  freezePanes: { rows: number; columns: number };
  protection: { protected: boolean; options: Record<string, unknown>; hasPassword: boolean };
  pageLayout: Omit<SheetModel["pageLayout"], "printArea" | "printTitleRows" | "printTitleColumns"> & {
    printArea: string | null;
    printTitleRows: string | null;
    printTitleColumns: string | null;
  };
  merges: string[];
  dataValidations: Array<{
    address: string;
    rule: Record<string, unknown> | null;
    prompt: { showPrompt: boolean; title: string; message: string };
    errorAlert: { showAlert: boolean; style: string; title: string; message: string };
    ignoreBlanks: boolean;
  }>;
  conditionalFormats: Array<ReturnType<typeof describeConditionalFormat>>;
  charts: Array<{
    name: string;
    type: string;
    source: string;
    seriesBy: string;
    title: string;
    legend: { visible: boolean; position: string };
    axisTitles: Record<string, string>;
    position: { start: string; end?: string };
    size: { top: number; left: number; width: number; height: number };
  }>;
  /** Column letter → width in points, for columns with a set width. */
  columnWidths: Record<string, number>;
  /** 1-based row number → height in points, for rows with a set height. */
  rowHeights: Record<number, number>;
  hiddenColumns: string[];
  hiddenRows: number[];
  usedRange: string | null;
}

export interface NameSnapshot {
  name: string;
  formula: string;
  value: unknown;
  type: string;
  comment: string;
  visible: boolean;
  /** The sheet for a sheet-scoped name, null for the workbook. */
  scope: string | null;
}

type Batch<T> = (context: RequestContext) => Promise<T>;

const SHIM = Symbol.for("iku.preview.host.CustomFunctions");

interface CustomFunctionsShim {
  Error: typeof CustomFunctionsError;
  ErrorCode: typeof CustomFunctionsErrorCode;
  associate(idOrMap: string | Record<string, CustomFunction>, fn?: CustomFunction): void;
  [SHIM]: { workbook: Workbook | null };
}

function makeCustomFunctionsShim(workbook: Workbook | null): CustomFunctionsShim {
  const state = { workbook };
  return {
    Error: CustomFunctionsError,
    ErrorCode: CustomFunctionsErrorCode,
    associate(idOrMap, fn) {
      const target = state.workbook;
      if (!target)
        throw new Error("CustomFunctions.associate: no development workbook installed its globals.");
      if (typeof idOrMap === "string") {
        if (typeof fn !== "function")
          throw new Error(`CustomFunctions.associate("${idOrMap}") needs a function.`);
        target.associate(idOrMap, fn);
      } else {
        for (const [id, f] of Object.entries(idOrMap)) target.associate(id, f);
      }
    },
    [SHIM]: state,
  };
}

function isShim(value: unknown): value is CustomFunctionsShim {
  return typeof value === "object" && value !== null && SHIM in value;
}

/** Makes sure a global CustomFunctions exists: the add-in's functions throw CustomFunctions.Error. */
function ensureCustomFunctionsGlobal(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g.CustomFunctions === undefined) g.CustomFunctions = makeCustomFunctionsShim(null);
}

export class Workbook implements ContextHost {
  readonly model = new WorkbookModel();
  readonly payloadLimitBytes: number;
  readonly customFunctionsNamespace: string;
  private syncCount = 0;
  private batchSizes: number[] = [];
  private responseSizes: number[] = [];

  constructor(options: WorkbookOptions = {}) {
    this.payloadLimitBytes = options.payloadLimitBytes ?? EXCEL_ONLINE_PAYLOAD_LIMIT;
    this.customFunctionsNamespace = options.customFunctionsNamespace ?? "IKU";
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

  _recordSync(requestBytes: number, responseBytes: number): void {
    this.syncCount++;
    this.batchSizes.push(requestBytes);
    this.responseSizes.push(responseBytes);
  }

  stats(): SyncStats {
    return {
      syncs: this.syncCount,
      batchBytes: [...this.batchSizes],
      responseBytes: [...this.responseSizes],
    };
  }

  resetStats(): void {
    this.syncCount = 0;
    this.batchSizes = [];
    this.responseSizes = [];
  }

  // ---- globals ----------------------------------------------------------------------

  /**
   * Defines `Excel` (run + enums), `OfficeExtension` (Error) and, unless a real one is
   * present, `CustomFunctions` (Error, ErrorCode, associate → this workbook) and a
   * minimal `Office`. Returns a function restoring the previous globals.
   */
  installGlobals(target: Record<string, unknown> = globalThis): () => void {
    const previous = {
      Excel: target.Excel,
      OfficeExtension: target.OfficeExtension,
      CustomFunctions: target.CustomFunctions,
      Office: target.Office,
    };
    const had = {
      Excel: "Excel" in target,
      OfficeExtension: "OfficeExtension" in target,
      CustomFunctions: "CustomFunctions" in target,
      Office: "Office" in target,
    };
    target.Excel = {
      ...excelEnums,
      run: <T>(a: Batch<T> | object, b?: Batch<T>) => this.run(a, b),
      RequestContext,
    };
    target.OfficeExtension = {
      Error: HostError,
      ErrorCodes: { ...excelEnums.ErrorCodes, propertyNotLoaded: "PropertyNotLoaded" },
    };
    const existing = target.CustomFunctions;
    let previousShimWorkbook: Workbook | null | undefined;
    if (existing === undefined) target.CustomFunctions = makeCustomFunctionsShim(this);
    else if (isShim(existing)) {
      previousShimWorkbook = existing[SHIM].workbook;
      existing[SHIM].workbook = this;
    }
    if (target.Office === undefined) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      target.Office = {
        onReady: (callback?: (i: typeof info) => void) => {
          callback?.(info);
          return Promise.resolve(info);
        },
        HostType: { Excel: "Excel" },
        PlatformType: { OfficeOnline: "OfficeOnline" },
        context: {
          requirements: { isSetSupported: () => true },
          diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0" },
        },
      };
    }
    return () => {
      for (const key of ["Excel", "OfficeExtension", "Office"] as const) {
        if (had[key]) target[key] = previous[key];
        else delete target[key];
      }
      if (!had.CustomFunctions) delete target.CustomFunctions;
      else if (isShim(existing) && previousShimWorkbook !== undefined)
        existing[SHIM].workbook = previousShimWorkbook;
    };
  }

  // ---- custom functions ---------------------------------------------------------------

  /**
   * Registers the add-in's custom functions: each function-valued entry `persen`
   * becomes `=IKU.PERSEN(...)` (key upper-cased, namespace prefixed). Pass the module
   * itself: `registerCustomFunctions(await import("../../functions/functions"))`.
   */
  registerCustomFunctions(
    fns: Readonly<Record<string, unknown>>,
    namespace = this.customFunctionsNamespace,
    options: RegisterOptions = {},
  ): string[] {
    ensureCustomFunctionsGlobal();
    const ids: string[] = [];
    for (const [key, fn] of Object.entries(fns)) {
      if (typeof fn !== "function") continue;
      const short = key.toUpperCase();
      const id = namespace === "" ? short : `${namespace.toUpperCase()}.${short}`;
      const matrix = options.matrixParameters?.[short] ?? options.matrixParameters?.[id] ?? [];
      this.model.registerFunction(id, fn as CustomFunction, matrix);
      ids.push(id);
    }
    return ids;
  }

  /** `CustomFunctions.associate(id, fn)`: id without namespace, as in functions.json. */
  associate(id: string, fn: CustomFunction, matrixParameters: readonly number[] = []): void {
    ensureCustomFunctionsGlobal();
    const upper = id.toUpperCase();
    const full =
      upper.includes(".") || this.customFunctionsNamespace === ""
        ? upper
        : `${this.customFunctionsNamespace.toUpperCase()}.${upper}`;
    this.model.registerFunction(full, fn, matrixParameters);
  }

  // ---- direct helpers ---------------------------------------------------------------

  /** The formula engine, for advanced tests. */
  get engine(): HyperFormula {
    return this.model.engine;
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
      const used = this.model.usedRect(sheet, true);
      return { sheet, rect: used ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    }
    const resolved = this.model.resolveAddress(sheet, address);
    if (!resolved) throw invalidArgument(`"${address}" is not a valid address.`);
    return resolved;
  }

  /** Values, formulas, display text, number formats and errors of a range (default: the used range). */
  read(sheetName: string, address?: string): RangeSnapshot {
    const { sheet, rect } = this.locate(sheetName, address);
    const m = this.model;
    return {
      address: formatAddress(sheet.name, rect),
      values: m.grid(sheet, rect, (r, c) => m.value(sheet, r, c)),
      formulas: m.grid(sheet, rect, (r, c) => m.formula(sheet, r, c)),
      text: m.grid(sheet, rect, (r, c) => m.text(sheet, r, c)),
      numberFormat: m.grid(sheet, rect, (r, c) => sheet.rawFormat(r, c).numberFormat ?? "General"),
      errors: m.grid(sheet, rect, (r, c) => m.error(sheet, r, c)),
    };
  }

  /** The error of one cell with its message (e.g. a CustomFunctions.Error's), or null. */
  cellError(sheetName: string, address: string): CellError | null {
    const { sheet, rect } = this.locate(sheetName, address);
    return this.model.error(sheet, rect.row, rect.column);
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
    if (!options.force) this.model.assertEditable(sheet, target, "contents");
    this.model.setContents(sheet, target, values, "values");
    this.model.flush("write");
  }

  selection(): { sheet: string; address: string } {
    const { sheet, rect } = this.model.selection;
    return { sheet: sheet.name, address: formatLocal(rect) };
  }

  /** A user selecting cells (raises onSelectionChanged). */
  select(sheetName: string, address: string): void {
    const { sheet, rect } = this.locate(sheetName, address);
    this.model.select(sheet, rect);
    this.model.flush("write");
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
      ...(conditional.italic !== undefined ? { italic: conditional.italic } : {}),
    };
  }

  /** Everything stored about a sheet besides cell contents. */
  sheet(sheetName: string): SheetSnapshot {
    const sheet = this.model.sheet(sheetName);
    const local = (rect: Rect | null) => (rect ? formatLocal(rect) : null);
    const { printArea, printTitleRows, printTitleColumns, ...layout } = sheet.pageLayout;
    const columnWidths: Record<string, number> = {};
    for (const [c, w] of [...sheet.columnWidths].sort((a, b) => a[0] - b[0])) {
      columnWidths[formatLocal({ row: 0, column: c, rowCount: 1, columnCount: 1 }).replace(/[0-9]+$/, "")] =
        w;
    }
    const rowHeights: Record<number, number> = {};
    for (const [r, h] of [...sheet.rowHeights].sort((a, b) => a[0] - b[0])) rowHeights[r + 1] = h;
    const snapshot: SheetSnapshot = {
      name: sheet.name,
      id: sheet.id,
      position: this.model.sheets.indexOf(sheet),
      visibility: sheet.visibility,
      tabColor: sheet.tabColor,
      showGridlines: sheet.showGridlines,
      active: this.model.activeSheet === sheet,
      freezePanes: { ...sheet.freeze },
      protection: {
        protected: sheet.protection.protected,
        options: { ...sheet.protection.options },
        hasPassword: sheet.protection.password !== undefined,
      },
      pageLayout: {
        ...layout,
        zoom: { ...layout.zoom },
        margins: { ...layout.margins },
        printArea: local(printArea),
        printTitleRows: local(printTitleRows),
        printTitleColumns: local(printTitleColumns),
      },
      merges: sheet.merges.map((m) => formatLocal(m)),
      dataValidations: sheet.validations.map((v) => ({
        address: formatLocal(v.rect),
        rule: v.rule,
        prompt: { ...v.prompt },
        errorAlert: { ...v.errorAlert },
        ignoreBlanks: v.ignoreBlanks,
      })),
      conditionalFormats: sheet.conditionalFormats.map((cf) => describeConditionalFormat(sheet, cf)),
      charts: sheet.charts.map((c) => ({
        name: c.name,
        type: c.type,
        source: formatAddress(sheet.name, c.source),
        seriesBy: c.seriesBy,
        title: c.title.text,
        legend: { ...c.legend },
        axisTitles: Object.fromEntries(Object.entries(c.axes).map(([k, a]) => [k, a.title])),
        position: { ...c.position },
        size: { ...c.size },
      })),
      columnWidths,
      rowHeights,
      hiddenColumns: [...sheet.hiddenColumns]
        .sort((a, b) => a - b)
        .map((c) => formatLocal({ row: 0, column: c, rowCount: 1, columnCount: 1 }).replace(/[0-9]+$/, "")),
      hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b).map((r) => r + 1),
      usedRange: local(this.model.usedRect(sheet, false)),
    };
    return JSON.parse(JSON.stringify(snapshot)) as SheetSnapshot;
  }

  /** Defined names, workbook- and sheet-scoped. */
  names(): NameSnapshot[] {
    return [...this.model.names.values()].map((n) => ({
      name: n.name,
      formula: this.model.nameFormula(n),
      value: this.model.nameValue(n),
      type: this.model.nameType(n),
      comment: n.comment,
      visible: n.visible,
      scope: n.scope ? n.scope.name : null,
    }));
  }

  /** Workbook settings (context.workbook.settings). */
  settings(): Record<string, unknown> {
    return Object.fromEntries(this.model.settings);
  }

  /** Called after each sync or direct write that changed something. Returns an unsubscribe function. */
  subscribe(listener: ChangeListener): () => void {
    return this.model.subscribe(listener);
  }

  /** Resolves once the office.js event handlers triggered so far have finished. */
  idle(): Promise<void> {
    return this.model.idle();
  }

  /** Parses a sheet-qualified address ("'LAKIP 2024'!B2:C3") into sheet name and local address. */
  static splitAddress(address: string): { sheet: string | null; address: string } {
    const { sheet, local } = splitSheet(address);
    if (!parseAddress(local)) throw invalidArgument(`"${address}" is not a valid address.`);
    return { sheet: sheet ?? null, address: local };
  }
}

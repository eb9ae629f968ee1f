/*
 * The formula engine adapter: the one place that talks to HyperFormula (the plugins
 * aside). The workbook model speaks sheets, rows and columns; this speaks HyperFormula
 * addresses, configuration and evaluation batches.
 *
 * A sync is one evaluation batch: writes (contents, names, sheets) suspend evaluation,
 * and the first read of a value, or the end of the batch, resumes it. Reads that do not
 * need values (formulas, cell types, dimensions) work suspended. Public API only: the
 * internals the custom-function plugins need are in hyperformulaInternals.ts.
 */
import {
  CellType,
  CellValueDetailedType,
  DetailedCellError,
  HyperFormula,
  type ConfigParams,
  type RawCellContent,
  type SimpleCellAddress,
} from "hyperformula";
import type { CustomFunctionRegistry } from "./CustomFunctionRegistry";

/** A value as office.js returns it in `range.values`: errors as "#DIV/0!", empty as "". */
export type ExcelValue = number | string | boolean;

export interface CellError {
  /** "#DIV/0!", "#VALUE!", ... */
  value: string;
  /** The message a custom function gave (CustomFunctions.Error), or HyperFormula's explanation. */
  message: string;
}

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

export class HyperFormulaEngine {
  private readonly hf: HyperFormula;
  private pluginsStale = false;
  private batchDepth = 0;
  private suspended = false;

  constructor(private readonly functions: CustomFunctionRegistry) {
    this.hf = HyperFormula.buildEmpty({
      ...HF_CONFIG,
      functionPlugins: HyperFormula.getAllFunctionPlugins(),
    });
  }

  // ---- evaluation batches ----------------------------------------------------------

  /** The HyperFormula instance with every value up to date (evaluation resumed). */
  get evaluated(): HyperFormula {
    this.resumeEvaluation();
    return this.current;
  }

  /** The engine as is, for calls that work whether or not evaluation is suspended. */
  private get current(): HyperFormula {
    if (this.pluginsStale) {
      this.resumeEvaluation();
      this.pluginsStale = false;
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

  /** The registered custom functions changed: the plugins are rebuilt before the next use. */
  functionsChanged(): void {
    this.pluginsStale = true;
  }

  // ---- sheets ---------------------------------------------------------------------------

  /** Adds a HyperFormula sheet; returns its id. */
  addSheet(name: string): number {
    const hfName = this.writer.addSheet(name);
    return this.current.getSheetId(hfName) ?? -1;
  }

  renameSheet(sheetId: number, name: string): void {
    this.writer.renameSheet(sheetId, name);
  }

  removeSheet(sheetId: number): void {
    this.writer.removeSheet(sheetId);
  }

  /** Width and height of the sheet's content, counted from A1. */
  dimensions(sheetId: number): { width: number; height: number } {
    return this.current.getSheetDimensions(sheetId);
  }

  // ---- reading cells ------------------------------------------------------------------

  /** The value as office.js reports it. */
  value(sheetId: number, row: number, column: number): ExcelValue {
    const v = this.evaluated.getCellValue(at(sheetId, row, column));
    if (v === null || v === undefined) return "";
    if (v instanceof DetailedCellError) return v.value;
    return v;
  }

  /** The error in a cell with its message, or null. */
  error(sheetId: number, row: number, column: number): CellError | null {
    const v = this.evaluated.getCellValue(at(sheetId, row, column));
    return v instanceof DetailedCellError ? { value: v.value, message: v.message } : null;
  }

  /** The formula ("=A1*2") or, for a constant, its value (as `range.formulas` gives). */
  formula(sheetId: number, row: number, column: number): ExcelValue {
    const formula = this.current.getCellFormula(at(sheetId, row, column));
    if (formula !== undefined) return formula;
    return this.value(sheetId, row, column);
  }

  /** office.js `valueTypes`: "Empty", "Error", "Double", "Boolean" or "String". */
  valueType(sheetId: number, row: number, column: number): string {
    const v = this.evaluated.getCellValue(at(sheetId, row, column));
    if (v === null || v === undefined) return "Empty";
    if (v instanceof DetailedCellError) return "Error";
    if (typeof v === "number") return "Double";
    if (typeof v === "boolean") return "Boolean";
    return "String";
  }

  /** Whether a cell counts for the used range: what getSheetSerialized gives is not null or "". */
  hasContent(sheetId: number, row: number, column: number): boolean {
    const address = at(sheetId, row, column);
    const type = this.current.getCellType(address);
    if (type === CellType.EMPTY) return false;
    if (type === CellType.FORMULA || type === CellType.ARRAYFORMULA) return true;
    // A constant the host wrote is never "" (it writes "" as a clear), so inside a batch
    // it counts without a look that would end the batch. Otherwise (and for a part of an
    // array, which shows its computed value) ask as getSheetSerialized would.
    if (type === CellType.VALUE && this.suspended) return true;
    const v = this.evaluated.getRangeSerialized({ start: address, end: address })[0]?.[0];
    return v !== null && v !== undefined && v !== "";
  }

  /**
   * How HyperFormula read typed text written to a cell: as a date, a percentage, or
   * neither (null). Needs evaluation.
   */
  typedNumberKind(sheetId: number, row: number, column: number): "date" | "percent" | null {
    const type = this.evaluated.getCellValueDetailedType(at(sheetId, row, column));
    if (type === CellValueDetailedType.NUMBER_DATE) return "date";
    if (type === CellValueDetailedType.NUMBER_PERCENT) return "percent";
    return null;
  }

  /**
   * False when HyperFormula cannot read typed `text` as a date or a percentage: a
   * percentage ends with "%"; a date, once a currency symbol is cut off (as its
   * CellContentParser does), must pass its date parser's quick check (digits and
   * / . - : spaces, optionally am/pm). A cheap superset of what it accepts.
   */
  mayReadAsDateOrPercent(text: string): boolean {
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

  /**
   * Whether HyperFormula can parse `formula` (starting with "="). Checked before a write:
   * HyperFormula would keep an unparsable formula as an error cell; Excel refuses it.
   */
  isValidFormula(formula: string): boolean {
    return this.current.validateFormula(formula);
  }

  /**
   * Evaluates a formula in the context of a sheet: its value (a range gives its
   * top-left value), or not ok for an error.
   */
  calculate(formula: string, sheetId: number): { ok: true; value: unknown } | { ok: false } {
    const v = this.evaluated.calculateFormula(formula, sheetId);
    if (v instanceof DetailedCellError) return { ok: false };
    return { ok: true, value: Array.isArray(v) ? (v[0] as unknown[] | undefined)?.[0] : v };
  }

  // ---- writing cells -------------------------------------------------------------------

  /** Writes a block of raw contents with its top-left corner at (row, column). */
  setContents(sheetId: number, row: number, column: number, content: RawCellContent[][]): void {
    this.writer.setCellContents(at(sheetId, row, column), content);
  }

  // ---- named expressions ---------------------------------------------------------------

  canAddName(name: string, formula: string): boolean {
    return this.current.isItPossibleToAddNamedExpression(name, formula);
  }

  addName(name: string, formula: string): void {
    this.writer.addNamedExpression(name, formula);
  }

  removeName(name: string): void {
    this.writer.removeNamedExpression(name);
  }

  changeName(name: string, formula: string): void {
    this.writer.changeNamedExpression(name, formula);
  }

  nameFormula(name: string): string | undefined {
    return this.current.getNamedExpressionFormula(name);
  }

  /** A name's value and its office.js NamedItemType (an error's value is "#REF!" etc.). */
  nameValue(name: string): { type: "Error" | "Double" | "Boolean" | "String" | "Array"; value: unknown } {
    const v = this.evaluated.getNamedExpressionValue(name);
    if (v instanceof DetailedCellError) return { type: "Error", value: v.value };
    if (typeof v === "number") return { type: "Double", value: v };
    if (typeof v === "boolean") return { type: "Boolean", value: v };
    if (typeof v === "string") return { type: "String", value: v };
    return { type: "Array", value: v ?? "" };
  }
}

function at(sheet: number, row: number, col: number): SimpleCellAddress {
  return { sheet, row, col };
}

import { roundToDecimals, toExcelPrecision, type CellRect } from "../../core";
import type { FormulaNode } from "./parseFormula";

/**
 * Evaluates a parsed formula the way Excel does for the shapes the template writes:
 * lazy IF, blank equal to "" and to 0, case-insensitive text comparison, errors that
 * propagate, ROUND as Excel rounds (the core's `roundToDecimals`, which the report prints
 * with), a result too large to be a number as #NUM!, and custom functions that are not
 * called when an argument is an error (Excel's default for add-in functions). Functions it does not know throw
 * `UnsupportedFormula`, so a caller leaves that cell for the spreadsheet to compute.
 */

/** An Excel error value, e.g. "#DIV/0!". */
export class ExcelError {
  constructor(readonly code: string) {}
}

/** A cell's value: `null` is a blank cell. */
export type Scalar = number | string | boolean | null | ExcelError;
type Value = Scalar | { readonly rows: readonly (readonly Scalar[])[] };

export class UnsupportedFormula extends Error {}

export interface FormulaContext {
  /** The value of a cell (0-based), computing it when it holds a formula. */
  cell(sheet: string, row: number, col: number): Scalar;
  /** Where a workbook-level name points; null when there is no such name. */
  name(name: string): { readonly sheet: string; readonly rect: CellRect } | null;
}

/** A custom function: receives scalars (null for a blank cell) and 2-D arrays for ranges. */
export type CustomFunction = (
  args: readonly (Scalar | readonly (readonly Scalar[])[] | undefined)[],
) => Scalar;

const isRange = (v: Value): v is { readonly rows: readonly (readonly Scalar[])[] } =>
  typeof v === "object" && v !== null && !(v instanceof ExcelError);

const VALUE = new ExcelError("#VALUE!");
const DIV0 = new ExcelError("#DIV/0!");

function scalarOf(v: Value): Scalar {
  if (!isRange(v)) return v;
  // Excel would intersect implicitly; the template never needs it.
  if (v.rows.length === 1 && v.rows[0]?.length === 1) return v.rows[0][0] ?? null;
  return VALUE;
}

function toNumber(v: Scalar): number | ExcelError {
  if (v instanceof ExcelError) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v.trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : VALUE;
}

function toBoolean(v: Scalar): boolean | ExcelError {
  if (v instanceof ExcelError) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const upper = v.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  return VALUE;
}

/** Text as Excel's `&` shows a value: numbers in General format, TRUE/FALSE. */
function toText(v: Scalar): string | ExcelError {
  if (v instanceof ExcelError) return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(toExcelPrecision(v));
  return v;
}

/** Excel's comparison: numbers < text < booleans; a blank takes the other side's type. */
function compare(a: Scalar, b: Scalar): number | ExcelError {
  if (a instanceof ExcelError) return a;
  if (b instanceof ExcelError) return b;
  const blankAs = (other: Scalar) =>
    typeof other === "number" ? 0 : typeof other === "boolean" ? false : "";
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  const rank = (v: number | string | boolean | null) =>
    typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string" && typeof y === "string") {
    const p = x.toLowerCase();
    const q = y.toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const p = Number(x);
  const q = Number(y);
  return p < q ? -1 : p > q ? 1 : 0;
}

export function evaluateFormula(
  node: FormulaNode,
  sheet: string,
  ctx: FormulaContext,
  functions: Readonly<Record<string, CustomFunction>>,
): Scalar {
  return scalarOf(evaluate(node, sheet, ctx, functions));
}

function rangeValue(ctx: FormulaContext, sheet: string, rect: CellRect): Value {
  if ((rect.lastRow - rect.row + 1) * (rect.lastCol - rect.col + 1) > 100_000)
    throw new UnsupportedFormula("range too large");
  const rows: Scalar[][] = [];
  for (let r = rect.row; r <= rect.lastRow; r++) {
    const row: Scalar[] = [];
    for (let c = rect.col; c <= rect.lastCol; c++) row.push(ctx.cell(sheet, r, c));
    rows.push(row);
  }
  return { rows };
}

function evaluate(
  node: FormulaNode,
  sheet: string,
  ctx: FormulaContext,
  functions: Readonly<Record<string, CustomFunction>>,
): Value {
  const scalar = (n: FormulaNode): Scalar => scalarOf(evaluate(n, sheet, ctx, functions));
  switch (node.kind) {
    case "number":
    case "text":
    case "boolean":
      return node.value;
    case "error":
      return new ExcelError(node.code);
    case "ref":
      return node.single
        ? ctx.cell(node.sheet ?? sheet, node.rect.row, node.rect.col)
        : rangeValue(ctx, node.sheet ?? sheet, node.rect);
    case "name": {
      const target = ctx.name(node.name);
      if (!target) return new ExcelError("#NAME?");
      const { rect } = target;
      return rect.row === rect.lastRow && rect.col === rect.lastCol
        ? ctx.cell(target.sheet, rect.row, rect.col)
        : rangeValue(ctx, target.sheet, rect);
    }
    case "unary": {
      const n = toNumber(scalar(node.operand));
      if (n instanceof ExcelError) return n;
      return node.op === "-" ? -n : n;
    }
    case "binary": {
      const a = scalar(node.left);
      const b = scalar(node.right);
      switch (node.op) {
        case "&": {
          const x = toText(a);
          const y = toText(b);
          return x instanceof ExcelError ? x : y instanceof ExcelError ? y : x + y;
        }
        case "=":
        case "<>":
        case "<":
        case ">":
        case "<=":
        case ">=": {
          const c = compare(a, b);
          if (c instanceof ExcelError) return c;
          return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[node.op];
        }
        default: {
          const x = toNumber(a);
          const y = toNumber(b);
          if (x instanceof ExcelError) return x;
          if (y instanceof ExcelError) return y;
          if (node.op === "/" && y === 0) return DIV0;
          const r = { "+": x + y, "-": x - y, "*": x * y, "/": x / y, "^": x ** y }[node.op];
          return Number.isFinite(r) ? r : new ExcelError("#NUM!");
        }
      }
    }
    case "call":
      return call(node.fn, node.args, sheet, ctx, functions);
  }
}

function call(
  fn: string,
  args: readonly (FormulaNode | null)[],
  sheet: string,
  ctx: FormulaContext,
  functions: Readonly<Record<string, CustomFunction>>,
): Value {
  const value = (n: FormulaNode | null | undefined): Value => (n ? evaluate(n, sheet, ctx, functions) : null);
  const scalar = (n: FormulaNode | null | undefined): Scalar => scalarOf(value(n));
  const flat = () =>
    args.flatMap((a) => {
      const v = value(a);
      return isRange(v) ? v.rows.flat().filter((x) => x !== null) : [v];
    });
  switch (fn) {
    case "IF": {
      // Lazy, as Excel: the branch not taken is never computed.
      const cond = toBoolean(scalar(args[0]));
      if (cond instanceof ExcelError) return cond;
      if (cond) return args[1] ? value(args[1]) : 0;
      return args.length > 2 ? (args[2] ? value(args[2]) : 0) : false;
    }
    case "OR":
    case "AND": {
      let result = fn === "AND";
      for (const v of flat()) {
        const b = toBoolean(v);
        if (b instanceof ExcelError) return b;
        result = fn === "OR" ? result || b : result && b;
      }
      return result;
    }
    case "NOT": {
      const b = toBoolean(scalar(args[0]));
      return b instanceof ExcelError ? b : !b;
    }
    case "IFERROR": {
      const v = scalar(args[0]);
      return v instanceof ExcelError ? scalar(args[1]) : v;
    }
    case "ROUND": {
      const x = toNumber(scalar(args[0]));
      const digits = toNumber(scalar(args[1]));
      if (x instanceof ExcelError) return x;
      if (digits instanceof ExcelError) return digits;
      // Excel truncates the digits; rounding to tens (negative digits) is not a shape we write.
      const d = Math.trunc(digits);
      if (d < 0 || d > 15) throw new UnsupportedFormula(`ROUND to ${d} digits`);
      return roundToDecimals(x, d);
    }
  }
  const custom = functions[fn];
  if (!custom) throw new UnsupportedFormula(fn);
  const passed = args.map((a) => {
    if (!a) return undefined;
    const v = value(a);
    return isRange(v) ? v.rows : v;
  });
  const error = passed.find((v): v is ExcelError => v instanceof ExcelError);
  return error ?? custom(passed);
}

/**
 * The outcome of a formula: a value, or an error that Excel can show.
 *
 * Modelled on HyperFormula's `CellError`: the error is data, not an exception, so
 * callers (the custom functions, the validator, the LAKIP report) decide how to
 * show it. Each error type maps to one Excel error value:
 * `DIV0` → `#DIV/0!`, `VALUE` → `#VALUE!`, `NA` → `#N/A`, `NUM` → `#NUM!` (a result too
 * large to be a number, as Excel's own arithmetic says it).
 */
export type FormulaErrorType = "DIV0" | "VALUE" | "NA" | "NUM";

interface FormulaError {
  readonly type: FormulaErrorType;
  /** Indonesian, says what is wrong and what to do; shown in Excel's error tooltip. */
  readonly message: string;
}

export type FormulaResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: FormulaError };

export const ok = <T>(value: T): FormulaResult<T> => ({ ok: true, value });

export const fail = <T = never>(type: FormulaErrorType, message: string): FormulaResult<T> => ({
  ok: false,
  error: { type, message },
});

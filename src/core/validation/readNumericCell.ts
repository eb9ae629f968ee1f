import * as z from "zod/mini";
import { isBlank } from "../workbook/a1";
import { EXCEL_ERROR } from "../workbook/EXCEL_ERROR";

/**
 * What a numeric input cell (Target, Pembilang, Penyebut, a Pengaturan number) holds,
 * judged from the raw value Excel's `range.values` gives.
 *
 * Blank means "not entered yet", never 0: Excel sends an empty cell as "" and a
 * snapshot outside the used range as null; a cell of spaces is blank too, because
 * staff cannot see the difference. Text is never read as a number, not even "12,5":
 * a number stored as text is the commonest slip and coercing it would hide it.
 */
export type NumericCell =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "negative"; readonly value: number }
  /** ≥ 10^15 (`TOO_LARGE`): more digits than Excel keeps; arithmetic on it overflows the report. */
  | { readonly kind: "tooLarge"; readonly value: number }
  | { readonly kind: "text"; readonly text: string; readonly looksNumeric: boolean }
  | { readonly kind: "error"; readonly error: string };

/** `isBlank` as a schema, to be combined with others. */
export const blankCellSchema = z.custom<null | undefined | string>((v) => isBlank(v));
// zod 4 numbers are finite: NaN and ±Infinity fail `z.number()`.
const quantitySchema = z.number().check(z.nonnegative());
const excelErrorSchema = z.string().check(z.regex(EXCEL_ERROR));
/** A valid numeric input: blank, or a finite number ≥ 0. */
const numericCellSchema = z.union([
  z.pipe(
    blankCellSchema,
    z.transform(() => null),
  ),
  quantitySchema,
]);

/**
 * Excel keeps 15 significant digits: a figure of 10^15 or more (a count of people, a
 * percentage, rupiah of one agency) is a slip, such as a pasted ID number, and 1e308
 * overflows every sum and ratio the report computes.
 */
const TOO_LARGE = 1e15;

export function readNumericCell(value: unknown): NumericCell {
  const parsed = numericCellSchema.safeParse(value);
  if (parsed.success) {
    if (parsed.data === null) return { kind: "blank" };
    return parsed.data >= TOO_LARGE
      ? { kind: "tooLarge", value: parsed.data }
      : { kind: "number", value: parsed.data };
  }
  // Not valid: say which slip it is, since each has its own fix.
  if (typeof value === "number" && Number.isFinite(value)) return { kind: "negative", value };
  if (excelErrorSchema.safeParse(value).success)
    return { kind: "error", error: (value as string).toUpperCase() };
  const text =
    typeof value === "string"
      ? value
      : typeof value === "boolean"
        ? value
          ? "TRUE"
          : "FALSE"
        : String(value);
  // "12,5", "1.234", "50%": a number typed as text (a text-formatted cell, a leading quote).
  const looksNumeric = /^\s*-?[\d.,]+\s*%?\s*$/.test(text) && /\d/.test(text);
  return { kind: "text", text, looksNumeric };
}

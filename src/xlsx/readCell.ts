import ExcelJS from "exceljs";
import type { CellValue } from "../core";
import { formulaFromFile } from "./formulaText";

/**
 * One cell of a file as office.js would hand it over: `value` as `range.values` shows it,
 * `formula` as `range.formulas` does (the formula, or the value where there is none).
 *
 * What Excel-saved files hold, read the way Excel reads it:
 * - shared strings and inline strings: text (exceljs resolves the table);
 * - rich text: its runs joined, formatting dropped;
 * - dates: Excel's serial number (Excel stores the number; only the format says "date");
 * - numbers stored as text: text, as Excel keeps them ("12,5" stays "12,5");
 * - formulas: the cached result as the value, "" when the file has none (Excel would
 *   compute it; a file from a program that writes no cache is read as not computed);
 * - error values: "#DIV/0!", "#N/A", … as office.js gives them;
 * - hyperlinks: their display text;
 * - the non-top-left cells of a merge: "" (Excel reads only the top-left).
 */
export interface ReadCell {
  readonly value: CellValue;
  readonly formula: CellValue;
}

const BLANK: ReadCell = { value: "", formula: "" };

export function readCell(cell: ExcelJS.Cell, date1904: boolean): ReadCell {
  if (cell.type === ExcelJS.ValueType.Merge) return BLANK;
  const raw = cell.value;
  if (cell.type === ExcelJS.ValueType.Formula) {
    const formula = cell.formula;
    const value = plainValue((raw as ExcelJS.CellFormulaValue).result, date1904);
    return { value, formula: formula ? formulaFromFile(formula) : value };
  }
  const value = plainValue(raw, date1904);
  return { value, formula: value };
}

/** A value as exceljs holds it (a formula's cached result included) as office.js's `values` give it. */
export function plainValue(raw: unknown, date1904: boolean): CellValue {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return excelSerial(raw, date1904);
  if (typeof raw === "object") {
    const o = raw as Record<string, unknown>;
    if (typeof o["error"] === "string") return o["error"];
    if (Array.isArray(o["richText"])) return richText(o["richText"]);
    if ("hyperlink" in o) return plainValue(o["text"], date1904);
    if ("result" in o) return plainValue(o["result"], date1904);
    if (typeof o["text"] === "string") return o["text"];
  }
  return "";
}

function richText(runs: readonly unknown[]): string {
  return runs
    .map((r) => {
      const text = typeof r === "object" && r !== null ? (r as { text?: unknown }).text : undefined;
      return typeof text === "string" ? text : "";
    })
    .join("");
}

/**
 * exceljs turns a date-formatted number into a Date at UTC; Excel's own value is the
 * serial number (days since 1899-12-30, or since 1904-01-01 in the 1904 system),
 * rounded to the millisecond so 45292.5 stays 45292.5.
 */
export function excelSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
  return Math.round(serial * 86_400_000) / 86_400_000;
}

/**
 * exceljs names Excel's built-in formats by its own table; where that differs from the
 * code Excel's `range.numberFormat` reports for the same format (en-US), Excel's. Format 14,
 * the short date Excel gives a typed date, is "mm-dd-yy" to exceljs and "m/d/yyyy" to Excel.
 */
const EXCEL_CODE: Readonly<Record<string, string>> = {
  "mm-dd-yy": "m/d/yyyy",
  'm/d/yy "h":mm': "m/d/yyyy h:mm",
};

/** A cell's number format as office.js's `range.numberFormat` gives it: "General" for none. */
export function numberFormatOf(cell: ExcelJS.Cell | undefined): string {
  const code = cell?.numFmt;
  if (code === undefined || code === "") return "General";
  return EXCEL_CODE[code] ?? code;
}

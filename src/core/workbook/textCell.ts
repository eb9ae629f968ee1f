import { EXCEL_ERROR } from "./EXCEL_ERROR";
import type { CellInput } from "./SheetPlan";

const MONTH = "(jan|feb|mar|apr|may|mei|jun|jul|aug|agu|agt|sep|oct|okt|nov|dec|des)";

// What Excel would turn into something other than the text typed: formulas, numbers
// (with separators, signs, percent, exponent, currency or an accountant's brackets),
// fractions, booleans, dates and times, error values, and the apostrophe prefix itself.
// Marking text Excel would have kept is harmless (the prefix is not part of the value);
// test/excel/textCell.property.test.ts writes random text through the executor and the
// development Excel and reads it back.
const PARSED_BY_EXCEL = [
  /^[=+\-@']/,
  /^\s*[+-]?(\d[\d,. ]*|[.,]\d+)(e[+-]?\d+)?\s*%?\s*$/i,
  /^\s*(true|false|benar|salah)\s*$/i,
  /^\s*\d{1,4}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{1,4})?\b/,
  // A whole number and a fraction ("1 1/2" is 1.5).
  /^\s*\d+\s+\d+\s*\/\s*\d+\s*$/,
  /^\s*\d{1,2}\s*:\s*\d{2}/,
  // Anything else made of digits (or a currency sign) around a colon may read as a time
  // (":", "1:", ":30 pm"; the development Excel, on HyperFormula, even reads ":$" as 0).
  /^[\d\s.,$%]*:[\d\s.,:$%]*(am|pm|a|p)?\s*$/i,
  new RegExp(`^\\s*\\d{1,2}[\\s/-]+${MONTH}`, "i"),
  new RegExp(`^\\s*${MONTH}[a-z]*[\\s/-]+\\d{1,4}\\s*$`, "i"),
  /^\s*\$/,
  // A currency sign after the number, and an accountant's negative: "(12)" is -12.
  /^[\d\s.,+-]*\$[\d\s.,]*$/,
  /^\s*\(\s*\$?\s*[\d.,]+\s*%?\s*\)\s*$/,
  // Excel's error values, typed, are errors.
  { test: (text: string) => EXCEL_ERROR.test(text.trim()) },
];

/**
 * A text for a plan cell that Excel stores as exactly this text. Excel parses what is
 * written to a cell the way it parses typing: "12" becomes a number, "1/2" a date,
 * "=x" a formula. Its text prefix (an apostrophe) stops that and is not part of the
 * value, so text that would be parsed gets one.
 */
export function textCell(text: string): CellInput {
  return PARSED_BY_EXCEL.some((re) => re.test(text)) ? `'${text}` : text;
}

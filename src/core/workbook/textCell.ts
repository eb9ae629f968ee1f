import type { CellInput } from "./SheetPlan";

const MONTH = "(jan|feb|mar|apr|may|mei|jun|jul|aug|agu|agt|sep|oct|okt|nov|dec|des)";

// What Excel would turn into something other than the text typed: formulas, numbers
// (with separators, signs, percent or exponent), booleans, dates and times, and the
// apostrophe prefix itself.
const PARSED_BY_EXCEL = [
  /^[=+\-@']/,
  /^\s*[+-]?(\d[\d,. ]*|[.,]\d+)(e[+-]?\d+)?\s*%?\s*$/i,
  /^\s*(true|false|benar|salah)\s*$/i,
  /^\s*\d{1,4}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{1,4})?\b/,
  /^\s*\d{1,2}\s*:\s*\d{2}/,
  new RegExp(`^\\s*\\d{1,2}[\\s/-]+${MONTH}`, "i"),
  new RegExp(`^\\s*${MONTH}[a-z]*[\\s/-]+\\d{1,4}\\s*$`, "i"),
  /^\s*\$/,
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

/**
 * Formula text as the add-in speaks it ("=IF(F5=\"\",\"\",IKU.PERSEN(F5,G5))", what
 * office.js `range.formulas` gives and the plans write) and as an .xlsx file stores it.
 *
 * Two spellings differ in the file:
 * - Excel saves a JavaScript custom function with the `_xldudf_` prefix, the namespace's
 *   dot turned into an underscore: `IKU.PERSEN(` is stored as `_xldudf_IKU_PERSEN(`.
 *   On open Excel binds that name to the add-in's function when the add-in is loaded and
 *   shows `#NAME?` until then (see office-js-known-issues, "#NAME? / _xldudf_ at open";
 *   an Excel engineer describes the prefix in OfficeDev/Excel-Custom-Functions#108).
 * - Functions newer than Excel 2007 carry `_xlfn.` (and `_xlws.`) in the file; office.js
 *   shows them without it.
 * Only text outside string literals is touched: `"IKU.PERSEN("` in quotes stays as typed.
 */

/** The add-in's custom-function namespace (manifest.xml, `Namespace`). */
export const CUSTOM_FUNCTION_NAMESPACE = "IKU";

const STRING_LITERAL = /("(?:[^"]|"")*")/;

function outsideStrings(formula: string, change: (code: string) => string): string {
  return formula
    .split(STRING_LITERAL)
    .map((part, i) => (i % 2 === 1 ? part : change(part)))
    .join("");
}

const ADDIN_CALL = new RegExp(
  `(^|[^A-Za-z0-9_.])${CUSTOM_FUNCTION_NAMESPACE}\\.([A-Za-z][A-Za-z0-9_]*)\\s*\\(`,
  "g",
);
const FILE_CALL = new RegExp(
  `(^|[^A-Za-z0-9_.])_xldudf_${CUSTOM_FUNCTION_NAMESPACE}_([A-Za-z][A-Za-z0-9_]*)\\s*\\(`,
  "gi",
);
const FUTURE_PREFIX = /(^|[^A-Za-z0-9_.])_xl(?:fn|ws)\./gi;

/** "=IF(…IKU.PERSEN(F5,G5))" → "IF(…_xldudf_IKU_PERSEN(F5,G5))": what exceljs stores (no "="). */
export function formulaForFile(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return outsideStrings(body, (code) =>
    code.replace(
      ADDIN_CALL,
      (_m, before: string, fn: string) =>
        `${before}_xldudf_${CUSTOM_FUNCTION_NAMESPACE}_${fn.toUpperCase()}(`,
    ),
  );
}

/** A file's formula (no "=") as office.js shows it: "=IF(…IKU.PERSEN(F5,G5))". */
export function formulaFromFile(stored: string): string {
  const body = outsideStrings(stored, (code) =>
    code
      .replace(
        FILE_CALL,
        (_m, before: string, fn: string) => `${before}${CUSTOM_FUNCTION_NAMESPACE}.${fn.toUpperCase()}(`,
      )
      .replace(FUTURE_PREFIX, "$1"),
  );
  return `=${body}`;
}

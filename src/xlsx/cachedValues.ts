import ExcelJS from "exceljs";
import { parseRange, sheetNamed, type CellRect } from "../core";
import {
  ExcelError,
  evaluateFormula,
  UnsupportedFormula,
  type FormulaContext,
  type Scalar,
} from "./formula/evaluateFormula";
import { IKU_FUNCTIONS } from "./formula/ikuFunctions";
import { FormulaSyntaxError, parseFormula } from "./formula/parseFormula";
import { formulaFromFile } from "./formulaText";
import { excelSerial } from "./readCell";

/**
 * Gives the formula cells of `sheets` a cached result, computed with the core's own
 * formulas (IKU.PERSEN, IKU.CAPAIAN, … through `IKU_FUNCTIONS`), so a program without the
 * add-in (LibreOffice, a viewer, Excel before the add-in loads) shows the right figures
 * until it recalculates. Formulas are evaluated in dependency order on demand (Capaian
 * reads Realisasi, which is itself a formula). A formula the evaluator does not support
 * keeps no cached value: the spreadsheet computes it on open. Returns how many cells got
 * a value and how many were left.
 */
export function fillCachedValues(
  workbook: ExcelJS.Workbook,
  sheets: readonly string[],
): { computed: number; left: number } {
  const date1904 = workbook.properties.date1904 === true;
  const names = namedRanges(workbook);
  const memo = new Map<string, Scalar>();
  const pending = new Set<string>();
  const sheetNames = workbook.worksheets.map((w) => w.name);
  const worksheet = (name: string) => {
    const actual = sheetNamed(sheetNames, name);
    return actual === undefined ? undefined : workbook.getWorksheet(actual);
  };

  const ctx: FormulaContext = {
    cell(sheet, row, col) {
      const ws = worksheet(sheet);
      if (!ws) return new ExcelError("#REF!");
      const cell = ws.findCell(row + 1, col + 1);
      if (!cell) return null;
      if (cell.type === ExcelJS.ValueType.Merge) return null;
      if (cell.type === ExcelJS.ValueType.Formula) {
        try {
          return formulaValue(ws.name, cell);
        } catch (error) {
          // A formula we cannot compute (a user's own) still has the value the file cached.
          const cached = (cell.value as ExcelJS.CellFormulaValue).result;
          if (
            cached === undefined ||
            !(error instanceof UnsupportedFormula || error instanceof FormulaSyntaxError)
          )
            throw error;
          return constant(cached, date1904);
        }
      }
      return constant(cell.value, date1904);
    },
    name: (name) => names.get(name.toLowerCase()) ?? null,
  };

  function formulaValue(sheet: string, cell: ExcelJS.Cell): Scalar {
    const key = `${sheet}!${cell.address}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (pending.has(key)) throw new UnsupportedFormula(`circular reference at ${key}`);
    pending.add(key);
    try {
      const value = evaluateFormula(parseFormula(formulaFromFile(cell.formula)), sheet, ctx, IKU_FUNCTIONS);
      memo.set(key, value);
      return value;
    } finally {
      pending.delete(key);
    }
  }

  let computed = 0;
  let left = 0;
  for (const name of sheets) {
    const ws = worksheet(name);
    if (!ws) continue;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        try {
          const value = formulaValue(ws.name, cell);
          const result = value instanceof ExcelError ? { error: value.code } : (value ?? 0);
          cell.value = { formula: cell.formula, result } as ExcelJS.CellFormulaValue;
          computed++;
        } catch (error) {
          if (!(error instanceof UnsupportedFormula || error instanceof FormulaSyntaxError)) throw error;
          left++;
        }
      }),
    );
  }
  return { computed, left };
}

function constant(value: ExcelJS.CellValue, date1904: boolean): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : value;
  if (value instanceof Date) return excelSerial(value, date1904);
  const o = value as unknown as Record<string, unknown>;
  if (typeof o["error"] === "string") return new ExcelError(o["error"]);
  if (Array.isArray(o["richText"]))
    return (o["richText"] as { text?: string }[]).map((r) => r.text ?? "").join("");
  if (typeof o["text"] === "string") return o["text"];
  return null;
}

/** Workbook-level names that point at one rectangle: what the template defines. */
function namedRanges(workbook: ExcelJS.Workbook): Map<string, { sheet: string; rect: CellRect }> {
  const out = new Map<string, { sheet: string; rect: CellRect }>();
  for (const { name, ranges } of workbook.definedNames.model) {
    const [first] = ranges;
    if (ranges.length !== 1 || first === undefined) continue;
    const bang = first.lastIndexOf("!");
    const rect = parseRange(first);
    if (bang < 0 || !rect) continue;
    const sheet = first
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    out.set(name.toLowerCase(), { sheet, rect });
  }
  return out;
}

/*
 * What conditional formatting shows on a cell, for the preview: cellValue and
 * textComparison rules are evaluated; other rule types are stored, not evaluated.
 */
import { rectIntersection } from "../address";
import type { ConditionalFormatModel, SheetModel } from "./SheetModel";
import type { WorkbookModel } from "./WorkbookModel";

/** A formula1/formula2 operand: a number, or a formula evaluated on the sheet. */
function operand(model: WorkbookModel, sheet: SheetModel, text: unknown): unknown {
  if (typeof text !== "string") return text;
  if (!text.startsWith("=")) {
    const n = Number(text);
    return Number.isNaN(n) ? text.replace(/^"|"$/g, "") : n;
  }
  const result = model.engine.calculate(text, sheet.hfId);
  return result.ok ? result.value : null;
}

function cellValueMatches(
  rule: Record<string, unknown>,
  value: unknown,
  model: WorkbookModel,
  sheet: SheetModel,
): boolean {
  const a = operand(model, sheet, rule.formula1);
  const b = operand(model, sheet, rule.formula2);
  const x = value === "" ? 0 : value;
  const cmp = (p: unknown, q: unknown): number => {
    if (typeof p === "number" && typeof q === "number") return p - q;
    return String(p).toLowerCase().localeCompare(String(q).toLowerCase());
  };
  switch (rule.operator) {
    case "Between":
      return cmp(x, a) >= 0 && cmp(x, b) <= 0;
    case "NotBetween":
      return cmp(x, a) < 0 || cmp(x, b) > 0;
    case "EqualTo":
      return cmp(x, a) === 0;
    case "NotEqualTo":
      return cmp(x, a) !== 0;
    case "GreaterThan":
      return cmp(x, a) > 0;
    case "LessThan":
      return cmp(x, a) < 0;
    case "GreaterThanOrEqual":
      return cmp(x, a) >= 0;
    case "LessThanOrEqual":
      return cmp(x, a) <= 0;
  }
  return false;
}

function textMatches(rule: Record<string, unknown>, value: unknown): boolean {
  const text = String(value).toLowerCase();
  const needle = (typeof rule.text === "string" ? rule.text : "").toLowerCase();
  switch (rule.operator) {
    case "Contains":
      return text.includes(needle);
    case "NotContains":
      return !text.includes(needle);
    case "BeginsWith":
      return text.startsWith(needle);
    case "EndsWith":
      return text.endsWith(needle);
  }
  return false;
}

/**
 * The conditional format that applies to one cell (cellValue and textComparison rules;
 * others are not evaluated), by priority. Returns the merged format or null.
 */
export function evaluateConditionalFormat(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number,
): ConditionalFormatModel["format"] | null {
  const value = model.contents.value(sheet, row, column);
  let result: ConditionalFormatModel["format"] | null = null;
  for (const cf of sheet.conditionalFormats) {
    if (!rectIntersection(cf.rect, { row, column, rowCount: 1, columnCount: 1 })) continue;
    const matches =
      cf.type === "CellValue"
        ? cellValueMatches(cf.rule, value, model, sheet)
        : cf.type === "ContainsText"
          ? textMatches(cf.rule, value)
          : false;
    if (!matches) continue;
    // Higher priority wins per property: fill in only what is still unset.
    result = { ...cf.format, ...(result ?? {}) };
  }
  return result;
}

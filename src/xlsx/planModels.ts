/*
 * Plan parts as exceljs models: shared by the in-memory executor (sheetParts.ts) and the
 * streaming writer (writeNewWorkbook.ts), so both write a plan alike.
 */
import type ExcelJS from "exceljs";
import { columnLetter, type CellInput, type PrintSetup, type SheetPlan, type SheetValidation } from "../core";
import { argb } from "./cellStyle";
import { formulaForFile } from "./formulaText";

/**
 * A plan cell as the value exceljs stores; `undefined` leaves the cell as it is. "=…" is
 * a formula (its cached value comes later), an apostrophe stores the text after it, ""
 * empties the cell. Other text stays text: plans escape what Excel would parse (`textCell`).
 */
export function cellValue(v: CellInput): ExcelJS.CellValue | undefined {
  if (v === null) return undefined;
  if (typeof v !== "string") return v;
  if (v === "") return null;
  if (v.startsWith("=")) return { formula: formulaForFile(v) };
  return v.startsWith("'") ? v.slice(1) : v;
}

export function validationModel(v: SheetValidation): ExcelJS.DataValidation {
  const rule = v.rule;
  const base =
    rule.kind === "decimal"
      ? { type: "decimal", operator: "greaterThanOrEqual", formulae: [rule.min] }
      : rule.kind === "wholeNumber"
        ? rule.max === undefined
          ? { type: "whole", operator: "greaterThanOrEqual", formulae: [rule.min] }
          : { type: "whole", operator: "between", formulae: [rule.min, rule.max] }
        : {
            type: "list",
            // A list is a quoted comma list in the file; a reference goes in as a formula.
            formulae: [rule.source.startsWith("=") ? rule.source.slice(1) : `"${rule.source}"`],
          };
  return {
    ...base,
    allowBlank: true,
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message } : {}),
    ...(v.error
      ? { showErrorMessage: true, errorStyle: "stop", errorTitle: v.error.title, error: v.error.message }
      : {}),
  } as ExcelJS.DataValidation;
}

/**
 * "Text equals" colours as Excel's cell-value rules, one block of rules per range, with
 * priorities unique across the sheet (numbered after `after`).
 */
export function highlightBlocks(
  highlights: NonNullable<SheetPlan["highlights"]>,
  after: number,
): ExcelJS.ConditionalFormattingOptions[] {
  const byAddress = new Map<string, (typeof highlights)[number][]>();
  for (const h of highlights) byAddress.set(h.address, [...(byAddress.get(h.address) ?? []), h]);
  let priority = after;
  return [...byAddress].map(([ref, rules]) => ({
    ref,
    rules: rules.map((h) => ({
      type: "cellIs" as const,
      operator: "equal" as const,
      priority: ++priority,
      formulae: [`"${h.text.replace(/"/g, '""')}"`],
      style: {
        fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: argb(h.fill) } },
        ...(h.fontColor !== undefined ? { font: { color: { argb: argb(h.fontColor) } } } : {}),
      },
    })),
  }));
}

export function frozenViews(freeze: NonNullable<SheetPlan["freeze"]>): Partial<ExcelJS.WorksheetView>[] {
  const { rows, columns } = freeze;
  return rows > 0 || columns > 0
    ? [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: `${columnLetter(columns)}${rows + 1}` }]
    : [{ state: "normal" }];
}

export function pageSetupOf(p: PrintSetup): Partial<ExcelJS.PageSetup> {
  return {
    orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
    ...(p.paper === "A4" ? { paperSize: 9 } : {}),
    ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(p.titleRows !== undefined ? { printTitlesRow: p.titleRows.replace(/\$/g, "") } : {}),
  };
}

/** Excel's default row: 15 pt for Calibri 11. */
const DEFAULT_ROW_HEIGHT = 15;
/** Excel's default column, in characters, when a sheet sets none. */
const DEFAULT_COLUMN_WIDTH = 8.43;

/** Lines a text needs in a column `width` characters wide, wrapping at spaces as Excel does. */
function wrappedLines(text: string, width: number): number {
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(" ")) {
      const need = line === 0 ? word.length : line + 1 + word.length;
      if (need <= width || line === 0) line = need;
      else {
        lines += Math.ceil(word.length / Math.max(1, width)) || 1;
        line = word.length % Math.max(1, width);
      }
    }
  }
  return lines;
}

/**
 * The height Excel gives a row when a program writes to it: fitted to its wrapped text
 * and larger fonts, estimated from text length, column width and font size (an average
 * character is narrower than the digit Excel's widths count). `null`: the default
 * height fits. Merged cells are left out, as Excel's own fitting leaves them out.
 */
export function fittedRowHeight(
  row: ExcelJS.Row,
  widthOf: (col: number) => number | undefined,
): number | null {
  let height = DEFAULT_ROW_HEIGHT;
  row.eachCell((cell, col) => {
    if (cell.isMerged || cell.value === null || cell.value === undefined) return;
    const size = cell.font?.size ?? 11;
    const text = typeof cell.value === "string" ? cell.value : String(cell.text);
    const width = ((widthOf(col) ?? DEFAULT_COLUMN_WIDTH) * 1.15 * 11) / size;
    const lines = cell.alignment?.wrapText ? wrappedLines(text, Math.floor(width)) : 1;
    height = Math.max(height, lines * size * 1.36);
  });
  return height > DEFAULT_ROW_HEIGHT ? Math.ceil(height * 4) / 4 : null;
}

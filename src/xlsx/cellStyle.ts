import type ExcelJS from "exceljs";
import type { CellFormat } from "../core";

/** "#1F4E79" → exceljs's ARGB "FF1F4E79". */
export const argb = (colour: string): string => `FF${colour.replace(/^#/, "").toUpperCase()}`;

const HORIZONTAL = { Left: "left", Center: "center", Right: "right" } as const;
const VERTICAL = { Top: "top", Center: "middle", Bottom: "bottom" } as const;
/** The border colour `src/excel` gives a bordered range. */
const BORDER_COLOUR = "#A6A6A6";

/**
 * Applies a plan's cell format to one cell. Each style part is a new object: exceljs
 * shares style objects between cells that were styled alike, so changing one in place
 * would change its neighbours too.
 */
export function applyCellFormat(cell: ExcelJS.Cell, format: CellFormat): void {
  if (format.fill !== undefined)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };
  if (
    format.fontColor !== undefined ||
    format.bold !== undefined ||
    format.italic !== undefined ||
    format.fontSize !== undefined
  ) {
    cell.font = {
      ...cell.font,
      ...(format.fontColor !== undefined ? { color: { argb: argb(format.fontColor) } } : {}),
      ...(format.bold !== undefined ? { bold: format.bold } : {}),
      ...(format.italic !== undefined ? { italic: format.italic } : {}),
      ...(format.fontSize !== undefined ? { size: format.fontSize } : {}),
    };
  }
  if (format.horizontal !== undefined || format.vertical !== undefined || format.wrap !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(format.horizontal !== undefined ? { horizontal: HORIZONTAL[format.horizontal] } : {}),
      ...(format.vertical !== undefined ? { vertical: VERTICAL[format.vertical] } : {}),
      ...(format.wrap !== undefined ? { wrapText: format.wrap } : {}),
    };
  }
  if (format.numberFormat !== undefined) cell.numFmt = format.numberFormat;
  if (format.locked !== undefined) cell.protection = { ...cell.protection, locked: format.locked };
  if (format.border) {
    const edge: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(BORDER_COLOUR) } };
    cell.border = { top: edge, bottom: edge, left: edge, right: edge };
  }
}

/**
 * Points (the plans' unit, as office.js's `columnWidth`) to Excel's column width in
 * characters of the default font (Calibri 11: 7 px per digit plus 5 px of padding, at
 * 96 px per inch, 72 pt per inch).
 */
export function columnWidthInCharacters(points: number): number {
  return Math.max(0, Math.round((((points * 96) / 72 - 5) / 7) * 100) / 100);
}

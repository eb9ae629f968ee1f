import { cellAddress, columnLetter, type CellRect } from "../../workbook/a1";
import type { SheetPlan } from "../../workbook/SheetPlan";
import type { ReportBlock } from "./ReportBlock";
import { REPORT_STYLE } from "./REPORT_STYLE";

/** Blank rows between two sections. */
const GAP = 1;

/** "B9:B12"; a single cell is written "E9:E9" too, which Excel reads the same. */
const address = (r: CellRect): string => `${cellAddress(r.row, r.col)}:${cellAddress(r.lastRow, r.lastCol)}`;

/**
 * Stacks the blocks of a report's sections from row 1 down, a blank row between two,
 * letters the titled ones A, B, C… in order, and turns every position into an A1
 * address. Each column gets the widest width any section asks for it.
 */
export function composeReport(blocks: readonly ReportBlock[]): Pick<
  SheetPlan,
  "cells" | "formats" | "merges" | "highlights" | "charts" | "columnWidths"
> & {
  readonly titleRows?: string;
} {
  const cells: SheetPlan["cells"][number][] = [];
  const formats: SheetPlan["formats"][number][] = [];
  const merges: string[] = [];
  const highlights: NonNullable<SheetPlan["highlights"]>[number][] = [];
  const charts: NonNullable<SheetPlan["charts"]>[number][] = [];
  const widths: number[] = [];
  let titleRows: string | undefined;
  let top = 0;
  let letter = 0;
  for (const block of blocks) {
    const at = (r: CellRect): CellRect => ({ ...r, row: r.row + top, lastRow: r.lastRow + top });
    if (block.heading !== undefined) {
      const label = String.fromCharCode(65 + letter++);
      cells.push({ address: cellAddress(top, 0), values: [[`${label}. ${block.heading}`]] });
      formats.push({ address: cellAddress(top, 0), format: REPORT_STYLE.sectionTitle });
    }
    for (const c of block.cells) cells.push({ address: cellAddress(c.row + top, c.col), values: c.values });
    for (const f of block.formats) formats.push({ address: address(at(f.rect)), format: f.format });
    for (const m of block.merges) merges.push(address(at(m)));
    for (const h of block.highlights) {
      const { rect, ...rest } = h;
      highlights.push({ address: address(at(rect)), ...rest });
    }
    for (const c of block.charts)
      charts.push({
        type: c.type,
        source: address(at(c.source)),
        title: c.title,
        placeAt: address(at(c.placeAt)),
      });
    block.widths.forEach((w, i) => {
      if (w !== undefined) widths[i] = Math.max(widths[i] ?? 0, w);
    });
    if (block.printTitleRow !== undefined && titleRows === undefined) {
      const row = block.printTitleRow + top + 1;
      titleRows = `$${row}:$${row}`;
    }
    top += block.height + GAP;
  }
  const columnWidths = Array.from(widths.entries())
    .filter((e): e is [number, number] => e[1] !== undefined)
    .map(([i, width]) => ({ column: columnLetter(i), width }));
  return { cells, formats, merges, highlights, charts, columnWidths, ...(titleRows ? { titleRows } : {}) };
}

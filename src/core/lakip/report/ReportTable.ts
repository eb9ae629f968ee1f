import type { CellFormat, CellInput } from "../../workbook/SheetPlan";
import { textCell } from "../../workbook/textCell";
import { rect, type BlockCells, type BlockHighlight, type ReportBlock } from "./ReportBlock";
import { REPORT_STYLE } from "./REPORT_STYLE";

/** A column of a report table: what it shows, how it looks. */
export interface ReportColumn<R> {
  /** Names the column within its table (for highlight spans and tests). */
  readonly key: string;
  readonly header: string;
  /** Width in points (Excel's default column is 48 pt, about 8.4 characters); none: no ask. */
  readonly width?: number;
  readonly value: (row: R, index: number) => CellInput;
  /** en-US number format, one for the column or one per row (runs of equal formats share a range). */
  readonly numberFormat?: string | ((row: R) => string);
  readonly center?: boolean;
  readonly wrap?: boolean;
  /**
   * Rows in a run with the same key are merged in this column and the value is written
   * on the first row only: Excel keeps only a merge's top-left value, so what is read
   * back equals what was written (the report's fingerprint relies on it). The other
   * cells are null ("leave as is"), not "": a plan split into several batches writes
   * rows after the merge, and Excel refuses to write part of a merge.
   */
  readonly mergeRunsOf?: (row: R) => string;
  /** Drawn over the table's header style for this column's header cell (a band colour). */
  readonly headerFormat?: CellFormat;
}

/** Conditional colours for a text over the data rows of the columns `from`…`to` (keys). */
interface ReportTableHighlight {
  readonly from: string;
  readonly to: string;
  readonly text: string;
  readonly fill: string;
  readonly fontColor?: string;
}

/** A titled table of a report section: a title row, a header row, a row per item. */
export interface ReportTable<R> {
  /** Without the section letter, which `composeReport` adds. */
  readonly title: string;
  readonly columns: readonly ReportColumn<R>[];
  readonly rows: readonly R[];
  /** Index of the table's first column (0 = A); the title always starts in A. */
  readonly firstColumn?: number;
  readonly highlights?: readonly ReportTableHighlight[];
  /** Drawn over the body's style for a whole row (a bold total row). */
  readonly rowFormat?: (row: R, index: number) => CellFormat | undefined;
  /** Repeat this table's header row on every printed page. */
  readonly printHeader?: boolean;
  /**
   * Lines printed under the table, inside its block (a method, the rows a rule applied
   * to), one a row in the table's first column, in small print.
   */
  readonly notes?: readonly string[];
}

/** Rows of a table block, relative to the block: the title, then the header, then the data. */
export const TABLE_ROWS = { title: 0, header: 1, firstData: 2 } as const;

/**
 * A report table as a block. Values are written as given (numbers stay numbers);
 * header texts pass through `textCell` so a header can never be taken for a formula.
 */
export function tableBlock<R>(table: ReportTable<R>): ReportBlock {
  const { columns, rows } = table;
  const left = table.firstColumn ?? 0;
  const right = left + columns.length - 1;
  const n = rows.length;
  const first = TABLE_ROWS.firstData;
  const last = first + n - 1;
  const colOf = (key: string): number => {
    const i = columns.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`Kolom laporan tidak dikenal: ${key}`);
    return left + i;
  };

  const runs = columns.map((column) => (column.mergeRunsOf ? runsOf(rows, column.mergeRunsOf) : []));
  const mergedAway = new Set(
    runs.flatMap((columnRuns, c) =>
      columnRuns.flatMap((run) =>
        Array.from({ length: run.length - 1 }, (_, k) => `${run.start + k + 1},${c}`),
      ),
    ),
  );
  const body: CellInput[][] = rows.map((row, r) =>
    columns.map((column, c) => (mergedAway.has(`${r},${c}`) ? null : column.value(row, r))),
  );

  const notes = table.notes ?? [];
  const cells: BlockCells[] = [
    { row: TABLE_ROWS.header, col: left, values: [columns.map((c) => textCell(c.header))] },
    ...(n > 0 ? [{ row: first, col: left, values: body }] : []),
    ...(notes.length > 0 ? [{ row: first + n, col: left, values: notes.map((t) => [textCell(t)]) }] : []),
  ];

  const formats: ReportBlock["formats"][number][] = [
    { rect: rect(TABLE_ROWS.header, left, TABLE_ROWS.header, right), format: REPORT_STYLE.header },
    ...columns.flatMap((c, i) =>
      c.headerFormat ? [{ rect: rect(TABLE_ROWS.header, left + i), format: c.headerFormat }] : [],
    ),
  ];
  if (n > 0) {
    formats.push({ rect: rect(first, left, last, right), format: REPORT_STYLE.body });
    columns.forEach((column, i) => formats.push(...columnFormats(column, left + i, rows, first)));
    rows.forEach((row, r) => {
      const format = table.rowFormat?.(row, r);
      if (format) formats.push({ rect: rect(first + r, left, first + r, right), format });
    });
  }

  const highlights: BlockHighlight[] =
    n > 0
      ? (table.highlights ?? []).map((h) => ({
          rect: rect(first, colOf(h.from), last, colOf(h.to)),
          text: h.text,
          fill: h.fill,
          ...(h.fontColor === undefined ? {} : { fontColor: h.fontColor }),
        }))
      : [];

  if (notes.length > 0)
    formats.push({
      rect: rect(first + n, left, first + n + notes.length - 1, left),
      format: REPORT_STYLE.smallPrint,
    });

  const widths: (number | undefined)[] = [];
  columns.forEach((c, i) => (widths[left + i] = c.width));

  return {
    heading: table.title,
    height: first + n + notes.length,
    cells,
    formats,
    merges: runs.flatMap((columnRuns, c) =>
      columnRuns
        .filter((run) => run.length > 1)
        .map((run) => rect(first + run.start, left + c, first + run.start + run.length - 1)),
    ),
    highlights,
    charts: [],
    widths,
    ...(table.printHeader ? { printTitleRow: TABLE_ROWS.header } : {}),
  };
}

/** Runs of consecutive rows sharing a key. */
function runsOf<R>(rows: readonly R[], keyOf: (row: R) => string): { start: number; length: number }[] {
  const runs: { start: number; length: number; key: string }[] = [];
  rows.forEach((row, i) => {
    const key = keyOf(row);
    const run = runs[runs.length - 1];
    if (run && run.key === key) run.length++;
    else runs.push({ start: i, length: 1, key });
  });
  return runs;
}

/** A column's own formats: alignment and wrapping over its data, number formats by runs. */
function columnFormats<R>(
  column: ReportColumn<R>,
  col: number,
  rows: readonly R[],
  first: number,
): ReportBlock["formats"][number][] {
  const last = first + rows.length - 1;
  const out: ReportBlock["formats"][number][] = [];
  const align: { horizontal?: "Center" } = column.center ? { horizontal: "Center" } : {};
  if (column.wrap) out.push({ rect: rect(first, col, last, col), format: REPORT_STYLE.wrap });
  const nf = column.numberFormat;
  if (typeof nf === "string") {
    out.push({ rect: rect(first, col, last, col), format: { numberFormat: nf, ...align } });
    return out;
  }
  if (column.center) out.push({ rect: rect(first, col, last, col), format: align });
  if (nf === undefined) return out;
  let start = 0;
  const perRow = rows.map(nf);
  for (let i = 1; i <= perRow.length; i++) {
    if (i === perRow.length || perRow[i] !== perRow[start]) {
      out.push({
        rect: rect(first + start, col, first + i - 1, col),
        format: { numberFormat: perRow[start] ?? "General" },
      });
      start = i;
    }
  }
  return out;
}

import ExcelJS from "exceljs";
import { slideFormula } from "exceljs/lib/utils/shared-formula";
import { readFile } from "fs/promises";
import { columnIndex, sheetNamed, type CellValue, type Grid } from "../core";
import { formulaFromFile } from "./formulaText";
import { plainValue, readCell } from "./readCell";
import type { ColumnPart } from "./sheetGrids";
import type { WorkbookSource } from "./WorkbookSource";
import { zipText } from "./zipParts";

interface SheetContents {
  readonly values: CellValue[][];
  readonly formulas: CellValue[][];
  width: number;
}

/**
 * A workbook read once with exceljs's streaming reader, keeping only each sheet's values
 * and formulas as plain arrays: no cell objects, no styles. For a large file that is
 * only read (validasi, konsolidasi), it holds a fraction of what the whole workbook
 * model would. Reads cells as `readCell` does; shared formulas (a filled-down formula
 * Excel stores once) are translated from their master cell as exceljs itself does.
 */
export class StreamedWorkbook implements WorkbookSource {
  private constructor(
    private readonly order: readonly string[],
    private readonly sheets: ReadonlyMap<string, SheetContents>,
  ) {}

  static async readFile(path: string): Promise<StreamedWorkbook> {
    // Tab order and the date system come from workbook.xml itself: the stream reader
    // emits sheets in the order the zip stores them.
    const workbookXml = zipText(await readFile(path), "xl/workbook.xml") ?? "";
    const order = [...workbookXml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) =>
      unescapeXml(m[1] ?? ""),
    );
    const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbookXml);
    const sheets = new Map<string, SheetContents>();
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: "cache",
      hyperlinks: "ignore",
      styles: "cache",
      worksheets: "emit",
      entries: "emit",
    });
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name: string }).name;
      const contents: SheetContents = { values: [], formulas: [], width: 0 };
      // The last formula seen per column and per row: exceljs's stream reader gives a
      // shared formula's other cells as an empty formula, without the master it belongs
      // to, so the master is taken by position — above in the column (Excel's fill-down),
      // else to the left in the row (fill-right). Only large files are read this way.
      const aboveIn = new Map<number, { address: string; formula: string }>();
      for await (const row of worksheet) {
        let leftOf: { address: string; formula: string } | undefined;
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          const raw = cell.value as { formula?: string; result?: unknown } | null;
          let read = readCell(cell, date1904);
          if (raw && typeof raw === "object" && typeof raw.formula === "string") {
            if (raw.formula !== "") {
              const master = { address: cell.address, formula: raw.formula };
              aboveIn.set(col, master);
              leftOf = master;
            } else {
              const master = aboveIn.get(col) ?? leftOf;
              const value = plainValue(raw.result, date1904);
              read = {
                value,
                formula: master
                  ? formulaFromFile(slideFormula(master.formula, master.address, cell.address))
                  : "=",
              };
            }
          }
          if (read.value === "" && read.formula === "") return;
          (contents.values[row.number - 1] ??= [])[col - 1] = read.value;
          (contents.formulas[row.number - 1] ??= [])[col - 1] = read.formula;
          contents.width = Math.max(contents.width, col);
        });
      }
      sheets.set(name.toLowerCase(), contents);
    }
    return new StreamedWorkbook(order.length > 0 ? order : [...sheets.keys()], sheets);
  }

  sheetNames(): string[] {
    return [...this.order];
  }

  private contents(name: string): SheetContents | undefined {
    const actual = sheetNamed(this.order, name);
    return actual === undefined ? undefined : this.sheets.get(actual.toLowerCase());
  }

  usedGrid(name: string, property: "values" | "formulas" = "values"): Grid | null {
    return this.grids(name)?.[property] ?? null;
  }

  grids(name: string, parts?: readonly ColumnPart[]): { values: Grid; formulas: Grid } | null {
    const sheet = this.contents(name);
    if (!sheet) return null;
    const height = Math.max(sheet.values.length, sheet.formulas.length);
    const want = (property: "values" | "formulas", c: number) =>
      !parts ||
      parts.some((p) => p.property === property && c >= columnIndex(p.first) && c <= columnIndex(p.last));
    const grid = (source: CellValue[][], property: "values" | "formulas"): Grid =>
      Array.from({ length: height }, (_, r) =>
        Array.from({ length: sheet.width }, (_, c) => (want(property, c) ? (source[r]?.[c] ?? "") : "")),
      );
    return { values: grid(sheet.values, "values"), formulas: grid(sheet.formulas, "formulas") };
  }
}

const unescapeXml = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

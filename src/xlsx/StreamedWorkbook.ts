import ExcelJS from "exceljs";
import { slideFormula } from "exceljs/lib/utils/shared-formula";
import { readFile } from "fs/promises";
import { sheetNamed, type CellValue, type Grid, type SheetInfo, type SheetVisibility } from "../core";
import { formulaFromFile } from "./formulaText";
import { numberFormatOf, plainValue, readCell } from "./readCell";
import { sheetGrids, type ColumnPart } from "./sheetGrids";
import type { NumberFormatAt, SheetCell, WorkbookSource } from "./WorkbookSource";
import { sheetProtection, unescapeXml, xmlAttributes, zipText } from "./zipParts";

interface SheetContents {
  readonly values: CellValue[][];
  readonly formulas: CellValue[][];
  /** The formats other than General, of cells holding something or not, by `formatKey`. */
  readonly formats: Map<number, string>;
}

/** Excel's last column is XFD, the 16,384th. */
const formatKey = (row: number, col: number): number => row * 16_384 + col;

/**
 * A workbook read once with exceljs's streaming reader, keeping only each sheet's values
 * and formulas as plain arrays, and the number formats that are not General: no cell
 * objects, no other styles. For a large file that is
 * only read (validasi, konsolidasi), it holds a fraction of what the whole workbook
 * model would. Reads cells as `readCell` does; shared formulas (a filled-down formula
 * Excel stores once) are translated from their master cell as exceljs itself does.
 */
export class StreamedWorkbook implements WorkbookSource {
  private constructor(
    private readonly list: readonly SheetInfo[],
    private readonly definedNames: readonly string[],
    private readonly sheets: ReadonlyMap<string, SheetContents>,
  ) {}

  static async readFile(path: string): Promise<StreamedWorkbook> {
    // Tab order, visibility, names and the date system come from workbook.xml itself (the
    // stream reader emits sheets in the order the zip stores them), protection from the
    // sheet parts, as XlsxWorkbook reads it.
    const data = await readFile(path);
    const workbookXml = zipText(data, "xl/workbook.xml") ?? "";
    const protection = sheetProtection(data);
    const list = [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m): SheetInfo => {
      const a = xmlAttributes(m[0]);
      const name = unescapeXml(a["name"] ?? "");
      return {
        name,
        protected: protection.get(name.toLowerCase())?.protected === true,
        ...(protection.get(name.toLowerCase())?.password === true ? { passwordProtected: true } : {}),
        visibility: VISIBILITY[a["state"] ?? "visible"] ?? "Visible",
      };
    });
    // Workbook-level names only: a name with a localSheetId belongs to one sheet, and
    // Excel's own (_xlnm.Print_Titles, …) are not in Excel's list of names either.
    const names = [...workbookXml.matchAll(/<definedName\b[^>]*>/g)]
      .map((m) => xmlAttributes(m[0]))
      .filter((a) => a["localSheetId"] === undefined && !(a["name"] ?? "").startsWith("_xlnm."))
      .map((a) => unescapeXml(a["name"] ?? ""));
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
      const contents: SheetContents = { values: [], formulas: [], formats: new Map() };
      // The last formula seen per column and per row: exceljs's stream reader gives a
      // shared formula's other cells as an empty formula, without the master it belongs
      // to, so the master is taken by position — above in the column (Excel's fill-down),
      // else to the left in the row (fill-right). Only large files are read this way.
      const aboveIn = new Map<number, { address: string; formula: string }>();
      for await (const row of worksheet) {
        let leftOf: { address: string; formula: string } | undefined;
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          // A cell holding nothing may still carry a format (a column formatted as dates).
          const format = numberFormatOf(cell);
          if (format !== "General") contents.formats.set(formatKey(row.number - 1, col - 1), format);
          if (cell.type === ExcelJS.ValueType.Null) return;
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
        });
      }
      sheets.set(name.toLowerCase(), contents);
    }
    const order = list.length > 0 ? list : [...sheets.keys()].map((name) => ({ name }));
    return new StreamedWorkbook(order, names, sheets);
  }

  sheetList(): SheetInfo[] {
    return [...this.list];
  }

  names(): string[] {
    return [...this.definedNames];
  }

  cells(name: string): Iterable<SheetCell> | null {
    const sheet = this.contentsOf(name);
    return sheet ? cellsOf(sheet) : null;
  }

  private contentsOf(name: string): SheetContents | undefined {
    const actual = sheetNamed(
      this.list.map((s) => s.name),
      name,
    );
    return actual === undefined ? undefined : this.sheets.get(actual.toLowerCase());
  }

  numberFormats(name: string): NumberFormatAt | null {
    const sheet = this.contentsOf(name);
    return sheet ? (row, col) => sheet.formats.get(formatKey(row, col)) ?? "General" : null;
  }

  /** Both grids of a sheet as rectangles from A1 (`sheetGrids`), or only the given column parts of it. */
  grids(name: string, parts?: readonly ColumnPart[]): { values: Grid; formulas: Grid } | null {
    const cells = this.cells(name);
    return cells ? sheetGrids(cells, parts) : null;
  }
}

const VISIBILITY: Readonly<Record<string, SheetVisibility>> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

function* cellsOf(sheet: SheetContents): Generator<SheetCell> {
  for (const [row, values] of sheet.values.entries()) {
    if (!values) continue;
    for (const [col, value] of values.entries()) {
      // Sparse rows: a hole is a cell the file does not hold.
      if (!(col in values)) continue;
      yield { row, col, value: value ?? "", formula: sheet.formulas[row]?.[col] ?? "" };
    }
  }
}

import ExcelJS from "exceljs";
import { readFile } from "fs/promises";
import { sheetNamed, type Grid, type SheetInfo, type SheetVisibility } from "../core";
import { numberFormatOf, readCell } from "./readCell";
import { sheetGrids, type ColumnPart } from "./sheetGrids";
import type { NumberFormatAt, SheetCell, WorkbookSource } from "./WorkbookSource";
import { sheetProtection } from "./zipParts";

/**
 * An .xlsx workbook open in memory: what `readWorkbook` reads (the sheet list with
 * protection and visibility, the names, each sheet's cells) and what `applyWorkbookPlan`
 * writes to. Sheet lookups ignore case, as Excel's do; a missing sheet reads as `null`.
 * What to read, and when, is the action's business (its `ReadSpec`s); this class only
 * answers "what does this sheet hold".
 */
export class XlsxWorkbook implements WorkbookSource {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  static async load(data: Buffer): Promise<XlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    restoreProtection(workbook, data);
    return new XlsxWorkbook(workbook);
  }

  static async readFile(path: string): Promise<XlsxWorkbook> {
    return XlsxWorkbook.load(await readFile(path));
  }

  /**
   * A workbook with no sheet yet, for a plan that creates them all: the file the tool
   * writes then holds only the plan's sheets, without Excel's empty "Sheet1".
   */
  static empty(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook());
  }

  get date1904(): boolean {
    return this.workbook.properties.date1904 === true;
  }

  /** Every worksheet in tab order. */
  worksheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets;
  }

  sheetNames(): string[] {
    return this.worksheets().map((w) => w.name);
  }

  sheetList(): SheetInfo[] {
    return this.worksheets().map((w) => ({
      name: w.name,
      protected: isProtected(w),
      // A file tells a password (Excel on the web does too): the core's preflight refuses
      // to write there before anything changes, as the pane does.
      ...(hasPassword(w) ? { passwordProtected: true } : {}),
      visibility: VISIBILITY[w.state] ?? "Visible",
    }));
  }

  /** A worksheet by name, ignoring case; undefined when there is none. */
  sheet(name: string): ExcelJS.Worksheet | undefined {
    const actual = sheetNamed(this.sheetNames(), name);
    return actual === undefined ? undefined : this.workbook.getWorksheet(actual);
  }

  /** Workbook-level names (exceljs keeps names that point at cells; others are dropped on load). */
  names(): string[] {
    return this.workbook.definedNames.model.map((n) => n.name);
  }

  cells(name: string): Iterable<SheetCell> | null {
    const sheet = this.sheet(name);
    return sheet ? cellsOf(sheet, this.date1904) : null;
  }

  /**
   * A cell's own format (`findCell` creates nothing). A cell the file does not hold has
   * "General", even in a column Excel formatted as a whole: nothing read depends on the
   * format of a cell that holds nothing.
   */
  numberFormats(name: string): NumberFormatAt | null {
    const sheet = this.sheet(name);
    return sheet ? (row, col) => numberFormatOf(sheet.findCell(row + 1, col + 1)) : null;
  }

  /** The values (or formulas) from A1 as a rectangle (`sheetGrids`); `null` when the sheet does not exist. */
  usedGrid(name: string, property: "values" | "formulas" = "values"): Grid | null {
    return this.grids(name)?.[property] ?? null;
  }

  /** Both grids of a sheet as rectangles from A1 (`sheetGrids`), or only the given column parts of it. */
  grids(name: string, parts?: readonly ColumnPart[]): { values: Grid; formulas: Grid } | null {
    const cells = this.cells(name);
    return cells ? sheetGrids(cells, parts) : null;
  }

  isProtected(name: string): boolean {
    return isProtected(this.sheet(name));
  }

  async writeBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }
}

const VISIBILITY: Readonly<Record<string, SheetVisibility>> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/**
 * The cells of a worksheet that hold something, read as office.js reads them (`readCell`):
 * like `getUsedRange(true)`, a cell that merely carries a format does not count.
 */
function cellsOf(sheet: ExcelJS.Worksheet, date1904: boolean): SheetCell[] {
  const found: SheetCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) =>
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const read = readCell(cell, date1904);
      if (read.value !== "" || read.formula !== "")
        found.push({ row: rowNumber - 1, col: colNumber - 1, ...read });
    }),
  );
  return found;
}

/** Protected, with or without a password (see restoreProtection for what exceljs misses). */
function isProtected(sheet: ExcelJS.Worksheet | undefined): boolean {
  const protection = (sheet as { sheetProtection?: { sheet?: boolean } } | undefined)?.sheetProtection;
  return protection?.sheet === true;
}

/** Protected with a password (a hash, or the legacy `password` restoreProtection keeps). */
export function hasPassword(sheet: ExcelJS.Worksheet): boolean {
  const protection = (sheet as unknown as ProtectionModel).sheetProtection;
  return Boolean(protection?.["sheet"] && (protection["hashValue"] || protection["password"]));
}

type ProtectionModel = { sheetProtection?: Record<string, unknown> | null };

/**
 * Puts back the protection exceljs 4.4 misreads (LibreOffice's `sheet="true"`, older
 * Excel's `password` hash), so what is protected in the file is protected in the model,
 * is written back protected, and a password is seen (the writer then refuses the sheet).
 */
function restoreProtection(workbook: ExcelJS.Workbook, data: Buffer): void {
  const inFile = sheetProtection(data);
  for (const sheet of workbook.worksheets) {
    const p = inFile.get(sheet.name.toLowerCase());
    if (!p?.protected) continue;
    const model = sheet as unknown as ProtectionModel;
    model.sheetProtection = {
      ...(model.sheetProtection ?? {}),
      sheet: true,
      ...(p.password && !model.sheetProtection?.["hashValue"] ? { password: true } : {}),
    };
  }
}

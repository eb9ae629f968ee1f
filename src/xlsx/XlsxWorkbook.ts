import ExcelJS from "exceljs";
import { readFile } from "fs/promises";
import { sheetNamed, type Grid } from "../core";
import { sheetGrids, type ColumnPart } from "./sheetGrids";
import type { WorkbookSource } from "./WorkbookSource";
import { sheetProtection } from "./zipParts";

/**
 * An .xlsx workbook open in memory, read the way `src/excel` reads a live workbook: sheet
 * names in tab order, workbook-level names, used ranges as grids anchored at A1, and
 * protection. Sheet lookups ignore case, as Excel's do; a missing sheet reads as `null`.
 * The action recipes (which sheets, which columns, in which phase) live with the caller;
 * this class only answers "what does this sheet hold".
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

  /** A worksheet by name, ignoring case; undefined when there is none. */
  sheet(name: string): ExcelJS.Worksheet | undefined {
    const actual = sheetNamed(this.sheetNames(), name);
    return actual === undefined ? undefined : this.workbook.getWorksheet(actual);
  }

  /** Workbook-level names (exceljs keeps names that point at cells; others are dropped on load). */
  names(): string[] {
    return this.workbook.definedNames.model.map((n) => n.name);
  }

  /** The used range's values (or formulas) anchored at A1; `null` when the sheet does not exist. */
  usedGrid(name: string, property: "values" | "formulas" = "values"): Grid | null {
    const sheet = this.sheet(name);
    if (!sheet) return null;
    return sheetGrids(sheet, this.date1904)[property];
  }

  /** Both grids of a sheet, or only the given column parts of it. */
  grids(name: string, parts?: readonly ColumnPart[]): { values: Grid; formulas: Grid } | null {
    const sheet = this.sheet(name);
    return sheet ? sheetGrids(sheet, this.date1904, parts) : null;
  }

  isProtected(name: string): boolean {
    const protection = (this.sheet(name) as { sheetProtection?: { sheet?: boolean } } | undefined)
      ?.sheetProtection;
    return protection?.sheet === true;
  }

  async writeBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }
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

import { parseRange, type CellValue } from "../../../src/core/workbook/a1";
import type { WorkbookPlan } from "../../../src/core/workbook/SheetPlan";
import type { TemplateSnapshot } from "../../../src/core/template/TemplateSnapshot";
import type { SheetGrids } from "../../../src/core/workbook/WorkbookSnapshot";
import { SHEET } from "../../../src/core/workbook/workbookLayout";

const strip = (v: CellValue | undefined): CellValue =>
  typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v ?? "");

/**
 * A workbook as grids of cell contents, for testing plans without Excel: applies the
 * cells of a plan the way Excel does (null leaves a cell, an apostrophe marks text,
 * numbers stay numbers) and gives a snapshot back. Formulas are kept as text; their
 * values read as "" (the host test computes them for real).
 */
export class GridWorkbook {
  readonly sheets = new Map<string, (CellValue | undefined)[][]>();
  ids = new Map<string, string>();

  constructor(names: readonly string[] = ["Sheet1"]) {
    for (const n of names) this.sheets.set(n, []);
  }

  apply(plan: WorkbookPlan): void {
    for (const sheet of plan.sheets) {
      if (sheet.mode === "create" && this.sheets.has(sheet.name))
        throw new Error(`sheet exists: ${sheet.name}`);
      if (sheet.mode !== "create" && !this.sheets.has(sheet.name)) throw new Error(`no sheet: ${sheet.name}`);
      if (sheet.mode === "create" || sheet.mode === "replace") this.sheets.set(sheet.name, []);
      if (sheet.mode === "create") this.ids.set(sheet.name, `{id-${this.ids.size + 1}}`);
      const grid = this.sheets.get(sheet.name) ?? [];
      for (const c of sheet.clear ?? []) {
        if (c.applyTo === "formats") continue;
        const r = parseRange(c.address);
        if (!r) throw new Error(c.address);
        for (let row = r.row; row <= r.lastRow; row++) {
          const line = grid[row];
          if (line) for (let col = r.col; col <= r.lastCol; col++) line[col] = "";
        }
      }
      for (const block of sheet.cells) {
        const r = parseRange(block.address);
        if (!r) throw new Error(block.address);
        block.values.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v === null) return;
            const line = (grid[r.row + i] ??= []);
            // Kept with its apostrophe, so a text is still told from a formula.
            line[r.col + j] = v;
          }),
        );
      }
    }
  }

  set(sheet: string, address: string, value: CellValue): void {
    const r = parseRange(address);
    const grid = this.sheets.get(sheet);
    if (!r || !grid) throw new Error(`${sheet}!${address}`);
    (grid[r.row] ??= [])[r.col] = value;
  }

  /** The cell's content as Excel would show it in the formula bar. */
  get(sheet: string, address: string): CellValue {
    return strip(this.raw(sheet, address));
  }

  isFormula(sheet: string, address: string): boolean {
    const v = this.raw(sheet, address);
    return typeof v === "string" && v.startsWith("=");
  }

  private raw(sheet: string, address: string): CellValue {
    const r = parseRange(address);
    if (!r) throw new Error(address);
    return this.sheets.get(sheet)?.[r.row]?.[r.col] ?? "";
  }

  /** Deletes a row as Excel does: references to rows below it move up with them. */
  deleteRow(sheet: string, row1: number): void {
    const grid = this.sheets.get(sheet);
    grid?.splice(row1 - 1, 1);
    for (const row of grid ?? []) {
      row?.forEach((v, c) => {
        if (typeof v === "string" && v.startsWith("="))
          row[c] = v.replace(/\b([A-Z]{1,3})(\d+)\b/g, (m, col: string, r: string) =>
            Number(r) > row1 ? `${col}${Number(r) - 1}` : m,
          );
      });
    }
  }

  grids(sheet: string): Required<Pick<SheetGrids, "values" | "formulas">> {
    const raw = this.sheets.get(sheet) ?? [];
    let lastRow = -1;
    let width = 0;
    raw.forEach((row, r) => {
      const w = (row ?? []).reduce<number>((m, v, c) => (v !== undefined && v !== "" ? c + 1 : m), 0);
      if (w > 0) lastRow = r;
      width = Math.max(width, w);
    });
    const cells = Array.from({ length: lastRow + 1 }, (_, r) =>
      Array.from({ length: width }, (_, c) => raw[r]?.[c] ?? ""),
    );
    const formulas = cells.map((row) => row.map(strip));
    const values = cells.map((row) =>
      row.map((v) => (typeof v === "string" && v.startsWith("=") ? "" : strip(v))),
    );
    return { values, formulas };
  }

  /** Bidang sheets as the shell reads them: formulas only (see SheetGrids). */
  formulasOnly = false;

  snapshot(readBidang: readonly string[] = []): TemplateSnapshot {
    const g = (name: string) => (this.sheets.has(name) ? (this.grids(name).values ?? null) : null);
    return {
      sheets: [...this.sheets.keys()].map((name) => {
        const id = this.ids.get(name);
        return id === undefined ? { name } : { name, id };
      }),
      names: [],
      meta: g(SHEET.meta),
      pengaturan: g(SHEET.pengaturan),
      katalog: g(SHEET.katalog),
      petunjuk: g(SHEET.petunjuk),
      bidang: Object.fromEntries(
        readBidang
          .filter((n) => this.sheets.has(n))
          .map((n) => [n, this.formulasOnly ? { formulas: this.grids(n).formulas } : this.grids(n)]),
      ),
    };
  }
}

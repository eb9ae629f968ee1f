import type { Catalog } from "../catalog/catalogSchema";
import type { ValidationIssue } from "../validation/ValidationIssue";
import { readSettingsAndCatalog, validateWorkbook } from "../validation/validateWorkbook";
import { readOf, type ReadSpec, type SheetRead, type WorkbookRead } from "../workbook/ReadSpec";
import { sheetNamed } from "../workbook/sheetNamed";
import { BIDANG, SHEET } from "../workbook/workbookLayout";
import { TRIWULAN, TRIWULAN_SAME_READ_ROWS } from "../workbook/triwulanLayout";
import type { SheetGrids, WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import type { Action } from "./Action";

export interface ValidationReport {
  /** In reading order: sheets in tab order, then top to bottom. */
  readonly issues: readonly ValidationIssue[];
  readonly galat: number;
  readonly peringatan: number;
  readonly tahunLaporan: number | null;
}

/** An action without options. */
export type NoOptions = Readonly<Record<string, never>>;

const C = BIDANG.columns;

/**
 * What validation reads of a Bidang sheet: Kode (A), Tahun to Keterangan (D:P), the
 * formulas of Realisasi to Predikat only (to spot a typed-over formula) and the number
 * formats of the two targets (a date is a number with a date format). Indicator names
 * and units (B:C) come from the catalog: leaving them out keeps a 1,700-indicator read
 * well under Excel on the web's 5 MB response limit.
 */
function bidangCheckRead(sheet: string): SheetRead {
  return {
    sheet,
    columns: [
      { columns: `${C.kode.col}:${C.kode.col}`, load: "values" },
      { columns: `${C.tahun.col}:${BIDANG.lastCol}`, load: "values" },
      { columns: `${C.realisasi.col}:${C.predikat.col}`, load: "formulas" },
      { columns: `${C.targetRenstra.col}:${C.targetPK.col}`, load: "numberFormat" },
    ],
  };
}

const valuesOf = (read: WorkbookRead, sheet: string) => readOf(read, sheet)?.values ?? null;

/** The settings and catalog as the first read gives them. */
export function settingsAndCatalog(read: WorkbookRead) {
  return readSettingsAndCatalog({
    pengaturan: valuesOf(read, SHEET.pengaturan),
    katalog: valuesOf(read, SHEET.katalog),
  });
}

/** The Bidang sheets the catalog names that exist, spelled as in the workbook. */
function bidangSheets(read: WorkbookRead, catalog: Catalog | null): string[] {
  const names = read.sheets.map((s) => s.name);
  const found = (catalog?.bidang ?? []).map((b) => sheetNamed(names, b.lembar));
  return [...new Set(found.filter((n): n is string => n !== undefined))];
}

/** Validation's first read: the sheet list, Pengaturan, Katalog IKU and any `extra` sheets. */
export function firstRead(extra: readonly string[] = []): ReadSpec {
  return {
    sheetList: true,
    sheets: [SHEET.pengaturan, SHEET.katalog, ...extra].map((sheet) => ({ sheet })),
  };
}

/**
 * What validation reads of a quarter sheet: Kode (A) and Tahun to Tindak lanjut (D:K),
 * values only; names and units repeat the catalog, as on the Bidang sheets.
 */
function triwulanCheckRead(sheet: string): SheetRead {
  const T = TRIWULAN.columns;
  return {
    sheet,
    columns: [
      { columns: `${T.kode.col}:${T.kode.col}`, load: "values" },
      { columns: `${T.tahun.col}:${TRIWULAN.lastCol}`, load: "values" },
    ],
  };
}

/** The quarter sheets that exist, spelled as in the workbook. */
function triwulanSheets(read: WorkbookRead): string[] {
  const names = read.sheets.map((s) => s.name);
  return TRIWULAN.sheets.map((n) => sheetNamed(names, n)).filter((n): n is string => n !== undefined);
}

/** Whether the quarter sheets come with the Bidang sheets (see TRIWULAN_SAME_READ_ROWS). */
const triwulanWithBidang = (catalog: Catalog) =>
  catalog.indikator.length * (catalog.periode.akhir - catalog.periode.awal + 1) <= TRIWULAN_SAME_READ_ROWS;

/**
 * Validation's second read: the Bidang sheets the catalog names, with the quarter sheets
 * unless the workbook is large (none when the catalog cannot be read).
 */
export function bidangRead(first: WorkbookRead, catalog: Catalog | null): SheetRead[] {
  if (catalog === null) return [];
  return [
    ...bidangSheets(first, catalog).map(bidangCheckRead),
    ...(triwulanWithBidang(catalog) ? triwulanSheets(first).map(triwulanCheckRead) : []),
  ];
}

/** The quarter sheets of a large workbook, in a read of their own (5 MB responses); none otherwise. */
export function triwulanRead(first: WorkbookRead, catalog: Catalog | null): SheetRead[] {
  if (catalog === null || triwulanWithBidang(catalog)) return [];
  return triwulanSheets(first).map(triwulanCheckRead);
}

/** The validator's snapshot of a read. */
export function workbookSnapshot(read: WorkbookRead): WorkbookSnapshot {
  const bidang: Record<string, SheetGrids> = {};
  for (const name of bidangSheets(read, settingsAndCatalog(read).catalog)) {
    const grids = readOf(read, name);
    if (grids)
      bidang[name] = {
        formulas: grids.formulas ?? [],
        values: grids.values ?? [],
        ...(grids.numberFormat ? { numberFormats: grids.numberFormat } : {}),
      };
  }
  const triwulan: Record<string, SheetGrids> = {};
  for (const name of triwulanSheets(read)) {
    const grids = readOf(read, name);
    if (grids) triwulan[name] = { formulas: grids.formulas ?? [], values: grids.values ?? [] };
  }
  return {
    sheets: read.sheets,
    triwulan,
    meta: valuesOf(read, SHEET.meta),
    pengaturan: valuesOf(read, SHEET.pengaturan),
    katalog: valuesOf(read, SHEET.katalog),
    bidang,
  };
}

/**
 * "Validasi": every issue, in reading order. Reads (1) the sheet list, Pengaturan and
 * Katalog IKU, then (2) the Bidang sheets the catalog names, only the columns checked,
 * and the quarter sheets (in a read (3) of their own when the workbook is large); these
 * are skipped when the catalog cannot be read (its issues say why). Writes nothing.
 */
export const validate: Action<NoOptions, ValidationReport> = {
  reads: [
    () => firstRead(),
    (first) => ({ sheets: bidangRead(first, settingsAndCatalog(first).catalog) }),
    (first) => ({ sheets: triwulanRead(first, settingsAndCatalog(first).catalog) }),
  ],
  decide(read) {
    const v = validateWorkbook(workbookSnapshot(read));
    return {
      plan: null,
      report: { issues: v.issues, galat: v.galat, peringatan: v.peringatan, tahunLaporan: v.tahunLaporan },
    };
  },
};

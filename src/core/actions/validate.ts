import type { Catalog } from "../catalog/catalogSchema";
import type { ValidationIssue } from "../validation/ValidationIssue";
import { readSettingsAndCatalog, validateWorkbook } from "../validation/validateWorkbook";
import {
  HEADER_BLOCK,
  movedBidangSheets,
  movedHeaderRead,
  withBidangHeaders,
} from "../sheets/movedBidangSheets";
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

/** Validation's first read: the sheet list, Pengaturan, Katalog IKU, Anggaran and any `extra` sheets. */
export function firstRead(extra: readonly string[] = []): ReadSpec {
  return {
    sheetList: true,
    sheets: [SHEET.pengaturan, SHEET.katalog, SHEET.anggaran, ...extra].map((sheet) => ({ sheet })),
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

/**
 * When a Bidang sheet is missing, the top of every other sheet (is it a renamed Bidang
 * sheet?); nothing otherwise. See `movedBidangSheets`.
 */
export function elsewhereRead(soFar: WorkbookRead): ReadSpec | null {
  const sheets = movedHeaderRead(soFar, settingsAndCatalog(soFar).catalog);
  return sheets.length === 0 ? null : { sheets: sheets.map((sheet) => ({ sheet, address: HEADER_BLOCK })) };
}

/** Then the Kode and Tahun columns of those that have a Bidang sheet's headers. */
export function elsewhereKodeRead(soFar: WorkbookRead): ReadSpec | null {
  const sheets = withBidangHeaders(soFar, settingsAndCatalog(soFar).catalog);
  return sheets.length === 0
    ? null
    : {
        sheets: sheets.map((sheet) => ({
          sheet,
          columns: [
            { columns: `${C.kode.col}:${C.kode.col}`, load: "values" as const },
            { columns: `${C.tahun.col}:${C.tahun.col}`, load: "values" as const },
          ],
        })),
      };
}

/** The validator's snapshot of a read. */
export function workbookSnapshot(read: WorkbookRead): WorkbookSnapshot {
  const bidang: Record<string, SheetGrids> = {};
  const { catalog } = settingsAndCatalog(read);
  for (const name of bidangSheets(read, catalog)) {
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
    anggaran: valuesOf(read, SHEET.anggaran),
    bidang,
    moved: Object.fromEntries(movedBidangSheets(read, catalog)),
  };
}

/**
 * "Validasi": every issue, in reading order. Reads (1) the sheet list, Pengaturan,
 * Katalog IKU and IKU_Meta, then (2) the Bidang sheets the catalog names, only the
 * columns checked, and the quarter sheets; the second is skipped when the catalog cannot
 * be read (its issues say why). Only when a Bidang sheet is missing, (3) and (4) look for
 * it under another name (`movedBidangSheets`); a large workbook's quarter sheets come in
 * a read (5) of their own. Writes nothing.
 */
export const validate: Action<NoOptions, ValidationReport> = {
  reads: [
    // IKU_Meta too: it tells the add-in's own sheets (a renamed Bidang sheet, a stranger's of that name).
    () => firstRead([SHEET.meta]),
    (first) => ({ sheets: bidangRead(first, settingsAndCatalog(first).catalog) }),
    elsewhereRead,
    elsewhereKodeRead,
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

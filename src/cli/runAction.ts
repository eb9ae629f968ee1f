/*
 * THE SEAM between the command line and the core: each user action as the add-in runs
 * it, on an .xlsx workbook instead of a live one. Every function here mirrors a file of
 * src/excel (named beside it) call for call: the same reads, the same core functions,
 * the same plan; only the reading and the writing are the .xlsx adapter's.
 *
 * When src/core/actions lands (one pure function per action, snapshot → plan + report,
 * with sheet deletes and renames in the plan and a read spec), this file shrinks to:
 * read the action's spec with the xlsx reader, call the action, return its result. The
 * commands in src/cli/commands only use what this module exports.
 */
import type { GenerateLakipResult } from "../excel/generateLakip";
import type { ValidationResult } from "../excel/validateWorkbook";
import {
  BIDANG,
  bidangSheetsToRead,
  buildLakipSheet,
  decideRegeneration,
  fingerprint,
  fingerprintInMeta,
  LAKIP_LAYOUT,
  lakipMetaPlan,
  lakipSheetName,
  PENGATURAN,
  planTemplate,
  planValues,
  readSettingsAndCatalog,
  SHEET,
  sheetNamed,
  validateWorkbook,
  columnIndex,
  type Catalog,
  type CellValue,
  type Grid,
  type SheetGrids,
  type TemplateReport,
  type TemplateSnapshot,
  type WorkbookSnapshot,
  type WorkbookValidation,
} from "../core";
import type { SheetOperation, XlsxPlan } from "../xlsx/applyWorkbookPlan";
import type { ColumnPart } from "../xlsx/sheetGrids";
import type { WorkbookSource } from "../xlsx/WorkbookSource";
import type { XlsxWorkbook } from "../xlsx/XlsxWorkbook";

export type { GenerateLakipResult, ValidationResult };

/** What an action decided: the plan to apply (nothing when blocked) and the pane's report. */
export interface ActionResult<R> {
  readonly plan: XlsxPlan | null;
  readonly report: R;
}

/** Mirrors src/excel/setupTemplate.ts: first read, `bidangSheetsToRead`, second read, `planTemplate`. */
export function templateAction(
  book: XlsxWorkbook,
  options: { readonly catalog: Catalog; readonly currentYear: number },
): ActionResult<TemplateReport> {
  const planOptions = { currentYear: options.currentYear };
  const first: TemplateSnapshot = {
    sheets: book.sheetNames().map((name) => ({ name })),
    names: book.names(),
    meta: book.usedGrid(SHEET.meta),
    pengaturan: book.usedGrid(SHEET.pengaturan),
    katalog: book.usedGrid(SHEET.katalog),
    petunjuk: book.usedGrid(SHEET.petunjuk),
    bidang: {},
  };
  const bidang: Record<string, SheetGrids> = {};
  // Formulas hold the constants too, as the add-in reads them (see SheetGrids).
  for (const name of bidangSheetsToRead(first, options.catalog, planOptions))
    bidang[name] = { formulas: book.usedGrid(name, "formulas") ?? [] };
  const { plan, report } = planTemplate({ ...first, bidang }, options.catalog, planOptions);
  return { plan: report.applied ? plan : null, report };
}

/** What validation reads of a Bidang sheet, as src/excel/validateWorkbook.ts's BIDANG_PARTS. */
const BIDANG_PARTS: readonly ColumnPart[] = [
  { first: BIDANG.columns.kode.col, last: BIDANG.columns.kode.col, property: "values" },
  { first: BIDANG.columns.tahun.col, last: BIDANG.lastCol, property: "values" },
  { first: BIDANG.columns.realisasi.col, last: BIDANG.columns.realisasi.col, property: "formulas" },
];

/**
 * The command line's `--tahun`: the tahun laporan for this run, in place of Pengaturan's
 * (a city consolidation asks every agency for the same year). Only the snapshot changes;
 * the workbook's Pengaturan is not written.
 */
function withTahunLaporan(pengaturan: Grid | null, tahun: number | undefined): Grid | null {
  if (tahun === undefined || pengaturan === null) return pengaturan;
  const r = PENGATURAN.settings.tahunLaporan.row - 1;
  const c = columnIndex(PENGATURAN.valueCol);
  const rows = pengaturan.map((row) => [...row]);
  while (rows.length <= r) rows.push([]);
  const row = rows[r] as CellValue[];
  while (row.length <= c) row.push("");
  row[c] = tahun;
  return rows;
}

/** The validation read of src/excel/validateWorkbook.ts (`readWorkbook`), from a file. */
export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  readonly validation: WorkbookValidation;
  readonly lakip: {
    readonly name: string;
    readonly existing: Grid | null;
    readonly recordedFingerprint: string | null;
  } | null;
}

export function readWorkbook(book: WorkbookSource, options: { readonly tahun?: number } = {}): WorkbookRead {
  const sheetNames = book.sheetNames();
  const fixed = {
    pengaturan: withTahunLaporan(book.usedGrid(SHEET.pengaturan), options.tahun),
    katalog: book.usedGrid(SHEET.katalog),
    meta: book.usedGrid(SHEET.meta),
  };
  const first = readSettingsAndCatalog(fixed);
  const bidang: Record<string, SheetGrids> = {};
  for (const b of first.catalog?.bidang ?? []) {
    const name = sheetNamed(sheetNames, b.lembar);
    if (name !== undefined && !(name in bidang))
      bidang[name] = book.grids(name, BIDANG_PARTS) ?? { formulas: [] };
  }
  const tahun = first.pengaturan.tahunLaporan;
  const lakipName = tahun !== null ? lakipSheetName(tahun) : null;
  const lakipActual = lakipName !== null ? sheetNamed(sheetNames, lakipName) : undefined;
  const snapshot: WorkbookSnapshot = { sheets: sheetNames.map((name) => ({ name })), ...fixed, bidang };
  return {
    snapshot,
    validation: validateWorkbook(snapshot),
    lakip:
      lakipName === null
        ? null
        : {
            name: lakipName,
            existing: lakipActual !== undefined && first.catalog ? book.usedGrid(lakipActual) : null,
            recordedFingerprint: fingerprintInMeta(fixed.meta, lakipName),
          },
  };
}

/** Mirrors src/excel/validateWorkbook.ts's `validateWorkbookInExcel`. */
export function validasiAction(
  book: WorkbookSource,
  options: { readonly tahun?: number } = {},
): ValidationResult {
  const { validation } = readWorkbook(book, options);
  return {
    issues: validation.issues,
    galat: validation.galat,
    peringatan: validation.peringatan,
    tahunLaporan: validation.tahunLaporan,
  };
}

/**
 * Mirrors src/excel/generateLakip.ts: validate, decide what happens to a sheet already
 * bearing the report's name (replace it when unchanged since generated, keep it under a
 * new name otherwise), build the report and its IKU_Meta record. Nothing on a galat.
 */
export function lakipAction(
  book: XlsxWorkbook,
  options: { readonly tahun?: number; readonly now: () => Date },
): ActionResult<GenerateLakipResult> & { readonly read: WorkbookRead } {
  const read = readWorkbook(book, options);
  const v = read.validation;
  if (v.galat > 0 || v.data === null || read.lakip === null) {
    return {
      read,
      plan: null,
      report: {
        status: "blocked",
        issues: v.issues,
        galat: v.galat,
        peringatan: v.peringatan,
        tahunLaporan: v.tahunLaporan,
      },
    };
  }
  const tahun = v.data.settings.tahunLaporan;
  const name = read.lakip.name;
  const sheetNames = read.snapshot.sheets.map((s) => s.name);
  const actualName = sheetNamed(sheetNames, name);
  const decision = decideRegeneration({
    sheetName: name,
    sheetNames,
    existing: read.lakip.existing,
    recordedFingerprint: read.lakip.recordedFingerprint,
  });
  const sheetOperations: SheetOperation[] = [];
  let order: string[] | undefined;
  if (actualName !== undefined) {
    if (decision === "replace") {
      // Deleted and created again (a cleared sheet keeps merges and page setup); the tab keeps its place.
      sheetOperations.push({ kind: "delete", sheet: actualName });
      const position = sheetNames.indexOf(actualName);
      order = [...sheetNames.filter((n) => n !== actualName).slice(0, position), name];
    } else if (typeof decision === "object") {
      sheetOperations.push({ kind: "rename", sheet: actualName, to: decision.keepAs });
    }
  }
  const sheet = buildLakipSheet(v.data, {
    tahun,
    generatedAt: options.now(),
    status: { galat: v.galat, peringatan: v.peringatan },
    mode: "create",
    name,
  });
  const plan: XlsxPlan = {
    sheetOperations,
    sheets: [
      sheet,
      lakipMetaPlan(read.snapshot.meta, {
        sheetName: name,
        tahun,
        fingerprint: fingerprint(planValues(sheet)),
      }),
    ],
    names: [],
    ...(order ? { order } : {}),
    select: { sheet: name, address: LAKIP_LAYOUT.titleCell },
  };
  return {
    read,
    plan,
    report: {
      status: "written",
      sheet: name,
      mode: decision === "replace" ? "replace" : "create",
      kept:
        typeof decision === "object" && actualName !== undefined
          ? { from: actualName, to: decision.keepAs, reason: decision.reason }
          : null,
      issues: v.issues,
      galat: 0,
      peringatan: v.peringatan,
      tahunLaporan: tahun,
    },
  };
}

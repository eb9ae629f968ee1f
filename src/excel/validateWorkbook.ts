/*
 * The "Validasi" button: reads Pengaturan, Katalog IKU and every Bidang sheet in two
 * batched reads and validates them in the core. Only this layer talks to Excel; the
 * result is data for the task pane to render (it escapes cell text itself).
 */
import { SheetProtection } from "./applyWorkbookPlan";
import { fingerprintOf, readMeta } from "../core/sheets/ikuMeta";
import {
  readSettingsAndCatalog,
  validateWorkbook,
  type WorkbookValidation,
} from "../core/validation/validateWorkbook";
import type { ValidationIssue } from "../core/validation/ValidationIssue";
import { columnIndex, type CellValue, type Grid } from "../core/workbook/a1";
import { BIDANG, lakipSheetName, SHEET } from "../core/workbook/workbookLayout";
import { sheetNamed } from "../core/workbook/sheetNamed";
import type { SheetGrids, WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";
import { defaultRun, type ExcelRun } from "./ExcelRun";
import { queueUsedRange } from "./queueUsedRange";

export interface ValidationResult {
  readonly issues: readonly ValidationIssue[];
  readonly galat: number;
  readonly peringatan: number;
  readonly tahunLaporan: number | null;
}

/** Everything one validation read gives: what generation needs besides the issues. */
export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  readonly validation: WorkbookValidation;
  /** The report sheet of the tahun laporan: its name, its values when it exists, and the fingerprint recorded for it. */
  readonly lakip: {
    readonly name: string;
    readonly existing: Grid | null;
    readonly recordedFingerprint: string | null;
  } | null;
  /** Which sheets were protected, for a write that follows the read. */
  readonly protection: SheetProtection;
}

interface PendingBidang {
  readonly name: string;
  readonly used: Excel.Range;
  readonly parts: { readonly range: Excel.Range; readonly formulas: boolean }[];
}

// What validation reads of a Bidang sheet: Kode (A), Tahun to Keterangan (D:N), and the
// formulas of Realisasi only (to spot a typed-over formula). Indicator names and units
// (B:C) come from the catalog: leaving them out keeps a 1,700-indicator read well under
// Excel on the web's 5 MB response limit. So this is not `queueUsedRange`.
const BIDANG_PARTS = [
  { col: BIDANG.columns.kode.col, last: BIDANG.columns.kode.col, formulas: false },
  { col: BIDANG.columns.tahun.col, last: BIDANG.lastCol, formulas: false },
  { col: BIDANG.columns.realisasi.col, last: BIDANG.columns.realisasi.col, formulas: true },
] as const;

function queueBidangRead(context: Excel.RequestContext, name: string): PendingBidang {
  const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
  used.load("rowIndex, rowCount");
  const parts = BIDANG_PARTS.map((p) => {
    const range = used.getIntersectionOrNullObject(`${p.col}:${p.last}`);
    range.load(p.formulas ? "formulas, columnIndex" : "values, columnIndex");
    return { range, formulas: p.formulas };
  });
  return { name, used, parts };
}

/** The parts of a Bidang sheet as grids anchored at A1, like `queueUsedRange`'s; cells not read are "". */
function bidangGrids(pending: PendingBidang): SheetGrids {
  const { used } = pending;
  if (used.isNullObject) return { values: [], formulas: [] };
  const width = columnIndex(BIDANG.lastCol) + 1;
  const above: CellValue[][] = new Array<CellValue[]>(used.rowIndex).fill([]);
  const blank = () => [
    ...above,
    ...Array.from({ length: used.rowCount }, () => new Array<CellValue>(width).fill("")),
  ];
  const values = blank();
  const formulas = blank();
  for (const part of pending.parts) {
    if (part.range.isNullObject) continue;
    const grid = (part.formulas ? part.range.formulas : part.range.values) as CellValue[][];
    const target = part.formulas ? formulas : values;
    grid.forEach((row, r) =>
      row.forEach((v, c) => ((target[used.rowIndex + r] as CellValue[])[part.range.columnIndex + c] = v)),
    );
  }
  return { values, formulas };
}

/**
 * Reads and validates the workbook in at most two syncs, whatever the catalog size:
 * 1. sheet names, Pengaturan, Katalog IKU and IKU_Meta;
 * 2. the Bidang sheets the catalog names and the report sheet of the tahun laporan.
 * The second is skipped when the catalog cannot be read (its issues say why).
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  const pengaturan = queueUsedRange(context, SHEET.pengaturan);
  const katalog = queueUsedRange(context, SHEET.katalog);
  const meta = queueUsedRange(context, SHEET.meta);
  await context.sync();

  const sheetNames = worksheets.items.map((w) => w.name);
  const actual = (name: string) => sheetNamed(sheetNames, name);
  const fixed = {
    pengaturan: pengaturan.grid(sheetNames),
    katalog: katalog.grid(sheetNames),
    meta: meta.grid(sheetNames),
  };
  const first = readSettingsAndCatalog(fixed);

  const second: PendingBidang[] = [];
  if (first.catalog) {
    for (const b of first.catalog.bidang) {
      const name = actual(b.lembar);
      if (name !== undefined && !second.some((p) => p.name === name))
        second.push(queueBidangRead(context, name));
    }
  }
  const lakipName =
    first.pengaturan.tahunLaporan !== null ? lakipSheetName(first.pengaturan.tahunLaporan) : null;
  const lakipActual = lakipName !== null ? actual(lakipName) : undefined;
  const lakipRead = lakipActual !== undefined && first.catalog ? queueUsedRange(context, lakipActual) : null;
  if (second.length > 0 || lakipRead !== null) await context.sync();
  const bidang: Record<string, SheetGrids> = {};
  for (const p of second) bidang[p.name] = bidangGrids(p);

  const snapshot: WorkbookSnapshot = {
    sheets: worksheets.items.map((w) => ({ name: w.name, protected: w.protection.protected })),
    ...fixed,
    bidang,
  };
  return {
    snapshot,
    validation: validateWorkbook(snapshot),
    protection: SheetProtection.of(
      worksheets.items.map((w) => ({ name: w.name, protected: w.protection.protected })),
    ),
    lakip:
      lakipName === null
        ? null
        : {
            name: lakipName,
            existing: lakipRead ? lakipRead.grid(sheetNames) : null,
            recordedFingerprint: fingerprintOf(fixed.meta ? readMeta(fixed.meta) : null, lakipName),
          },
  };
}

/** The "Validasi" button: every issue, in reading order, in at most two syncs. */
export async function validateWorkbookInExcel(run: ExcelRun = defaultRun): Promise<ValidationResult> {
  return run(async (context) => {
    const { validation } = await readWorkbook(context);
    return {
      issues: validation.issues,
      galat: validation.galat,
      peringatan: validation.peringatan,
      tahunLaporan: validation.tahunLaporan,
    };
  });
}

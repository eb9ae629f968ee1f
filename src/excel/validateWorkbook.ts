/*
 * The "Validasi" button: reads Pengaturan, Katalog IKU and every Bidang sheet in two
 * batched reads and validates them in the core. Only this layer talks to Excel; the
 * result is data for the task pane to render (it escapes cell text itself).
 */
import { fingerprintInMeta } from "../core/lakip/fingerprintInMeta";
import {
  readSettingsAndCatalog,
  validateWorkbook,
  type WorkbookValidation,
} from "../core/validation/validateWorkbook";
import type { ValidationIssue } from "../core/validation/ValidationIssue";
import { BIDANG, columnIndex, lakipSheetName, SHEET } from "../core/workbook/workbookLayout";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/workbook/WorkbookSnapshot";

/** `Excel.run` or a stand-in (the preview host's `workbook.run`). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

// Resolved when called, so importing this module needs no Office globals.
export const defaultRun: ExcelRun = (batch) => Excel.run(batch);

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
  /** IKU_Meta as read, for the report's fingerprint. */
  readonly meta: SheetSnapshot | undefined;
  /** The report sheet of the tahun laporan: its name, its values when it exists, and the fingerprint recorded for it. */
  readonly lakip: {
    readonly name: string;
    readonly existing: SheetSnapshot | null;
    readonly recordedFingerprint: string | null;
  } | null;
  /** Syncs the read took: 1, or 2 when there were Bidang sheets or a report to read. */
  readonly syncs: number;
}

interface PendingRange {
  readonly name: string;
  readonly range: Excel.Range;
}

/**
 * Queues reading a sheet's used range. `valuesOnly` so cells that only carry a format
 * (the template formats whole columns) do not stretch the range and the response.
 * Chained on a possibly-missing sheet: a null sheet gives a null range.
 */
function queueRead(context: Excel.RequestContext, name: string): PendingRange {
  const range = context.workbook.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
  range.load("values, rowIndex, columnIndex");
  return { name, range };
}

/** A read range as a snapshot; an existing sheet with nothing in it is empty, a missing one undefined. */
function toSnapshot(pending: PendingRange, exists: boolean): SheetSnapshot | undefined {
  if (!exists) return undefined;
  const { range, name } = pending;
  if (range.isNullObject) return { name, top: 0, left: 0, values: [], formulas: [] };
  const values = range.values as unknown[][];
  return { name, top: range.rowIndex, left: range.columnIndex, values, formulas: values };
}

interface PendingBidang {
  readonly name: string;
  readonly used: Excel.Range;
  readonly parts: { readonly col: string; readonly range: Excel.Range; readonly formulas: boolean }[];
}

// What validation reads of a Bidang sheet: Kode (A), Tahun to Keterangan (D:N), and the
// formulas of Realisasi only (to spot a typed-over formula). Indicator names and units
// (B:C) come from the catalog: leaving them out keeps a 1,700-indicator read well under
// Excel on the web's 5 MB response limit.
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
    return { col: p.col, range, formulas: p.formulas };
  });
  return { name, used, parts };
}

/** The parts of a Bidang sheet as one snapshot from column A; cells not read are "". */
function bidangSnapshot(pending: PendingBidang): SheetSnapshot {
  const { name, used } = pending;
  if (used.isNullObject) return { name, top: 0, left: 0, values: [], formulas: [] };
  const width = columnIndex(BIDANG.lastCol) + 1;
  const blank = () => Array.from({ length: used.rowCount }, () => new Array<unknown>(width).fill(""));
  const values = blank();
  const formulas = blank();
  for (const part of pending.parts) {
    if (part.range.isNullObject) continue;
    const grid = (part.formulas ? part.range.formulas : part.range.values) as unknown[][];
    const target = part.formulas ? formulas : values;
    grid.forEach((row, r) =>
      row.forEach((v, c) => ((target[r] as unknown[])[part.range.columnIndex + c] = v)),
    );
  }
  return { name, top: used.rowIndex, left: 0, values, formulas };
}

/**
 * Reads and validates the workbook in at most two syncs, whatever the catalog size:
 * 1. sheet names, Pengaturan, Katalog IKU and IKU_Meta;
 * 2. the Bidang sheets the catalog names and the report sheet of the tahun laporan.
 * The second is skipped when the catalog cannot be read (its issues say why).
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const fixed = [
    queueRead(context, SHEET.pengaturan),
    queueRead(context, SHEET.katalog),
    queueRead(context, SHEET.meta),
  ];
  await context.sync();

  const sheetNames = worksheets.items.map((w) => w.name);
  // Excel's sheet names ignore case: look names up as Excel would, keep its spelling.
  const actual = (name: string) => sheetNames.find((n) => n.toLowerCase() === name.toLowerCase());
  const sheets: Record<string, SheetSnapshot> = {};
  for (const p of fixed) {
    const snap = toSnapshot(p, actual(p.name) !== undefined);
    if (snap) sheets[p.name] = snap;
  }
  const meta = sheets[SHEET.meta];
  const first = readSettingsAndCatalog({ sheetNames, sheets });

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
  const lakipRead = lakipActual !== undefined && first.catalog ? queueRead(context, lakipActual) : null;
  const secondSync = second.length > 0 || lakipRead !== null;
  if (secondSync) await context.sync();
  for (const p of second) sheets[p.name] = bidangSnapshot(p);

  const snapshot: WorkbookSnapshot = { sheetNames, sheets };
  return {
    snapshot,
    validation: validateWorkbook(snapshot),
    meta,
    syncs: secondSync ? 2 : 1,
    lakip:
      lakipName === null
        ? null
        : {
            name: lakipName,
            existing: lakipRead ? (toSnapshot(lakipRead, true) ?? null) : null,
            recordedFingerprint: fingerprintInMeta(meta, lakipName),
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

/*
 * The .xlsx shell's executor: a `WorkbookPlan` applied to an exceljs workbook, beside
 * `src/excel/applyWorkbookPlan.ts` which applies the same plan through office.js, in the
 * order `WorkbookPlan` documents: names removed, the journal's `begin` (IKU_Meta), sheet
 * operations (delete, rename), each sheet (created or found, moved to its `position`,
 * then its parts), names, tab order, the journal's `commit`, the sheets to `retire`,
 * selection; then the cached values of the formulas written. In memory the order only
 * decides the result, not what a failure leaves: the file is written whole at the end. Each part of a sheet plan is one function (sheetParts.ts), so a
 * new plan field is one new function.
 *
 * Two stages, so that a failure never leaves half a plan applied: `preflightPlan` checks
 * every step against the workbook as the steps before it leave it, and throws before
 * anything changes; only then are the steps applied. What can still fail while writing
 * is a broken invariant, and the command line then writes no file (it writes the whole
 * workbook at the end, atomically), which is its undo.
 */
import ExcelJS from "exceljs";
import {
  parseRange,
  sheetNamed,
  type NamedRangePlan,
  type SheetOperation,
  type SheetPlan,
  type WorkbookPlan,
} from "../core";
import { fillCachedValues } from "./cachedValues";
import { SHEET_PARTS, type Omission } from "./sheetParts";
import { hasPassword } from "./XlsxWorkbook";

export interface ApplyReport {
  /** What exceljs cannot write (charts), with where it would have been. */
  readonly omissions: readonly Omission[];
  /** Formula cells given a cached value by the core, and those left for the spreadsheet to compute. */
  readonly cachedValues: { readonly computed: number; readonly left: number };
}

/** A sheet the plan would write is protected with a password: the add-in would be refused too. */
export class PasswordProtectedSheet extends Error {
  constructor(readonly sheet: string) {
    super(`Lembar "${sheet}" dilindungi dengan kata sandi; buka proteksinya di Excel, lalu coba lagi.`);
  }
}

function worksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const actual = sheetNamed(
    workbook.worksheets.map((w) => w.name),
    name,
  );
  return actual === undefined ? undefined : workbook.getWorksheet(actual);
}

function required(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = worksheet(workbook, name);
  if (!sheet) throw new Error(`Lembar "${name}" tidak ada di buku kerja`);
  return sheet;
}

/**
 * Checks that every step of `plan` can be applied to `workbook`, following the sheet
 * list through the plan's deletes, renames and creations (names ignore case, as in
 * Excel), and throws before anything is changed: `PasswordProtectedSheet` for a sheet
 * the plan writes that a password protects (Excel would refuse it too), an `Error` for a
 * plan that does not fit the workbook it was made from, or names a sheet as Excel would
 * not (a broken invariant: the core plans from what it read). What can still fail later
 * is a plan broken in itself, such as an address that is not one.
 */
function preflightPlan(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const sheets = new Map(
    workbook.worksheets.map((w) => [w.name.toLowerCase(), w as ExcelJS.Worksheet | null]),
  );
  const exists = (name: string, step: string) => {
    if (!sheets.has(name.toLowerCase())) throw new Error(`${step}: lembar "${name}" tidak ada di buku kerja`);
  };
  const free = (name: string, step: string) => {
    if (sheets.has(name.toLowerCase())) throw new Error(`${step}: lembar "${name}" sudah ada`);
    // Excel's rule for a sheet name, checked here rather than midway (exceljs throws for
    // most of it, and cuts a name past 31 characters short, which the plan does not expect).
    if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
      throw new Error(`${step}: "${name}" bukan nama lembar yang sah`);
  };
  const sheetPlan = (s: SheetPlan) => {
    if (s.mode === "create") {
      free(s.name, s.mode);
      sheets.set(s.name.toLowerCase(), null);
      return;
    }
    exists(s.name, s.mode);
    const sheet = sheets.get(s.name.toLowerCase());
    if (sheet && hasPassword(sheet)) throw new PasswordProtectedSheet(sheet.name);
  };
  if (plan.begin) sheetPlan(plan.begin);
  for (const op of plan.sheetOps ?? []) {
    exists(op.sheet, op.kind);
    const sheet = sheets.get(op.sheet.toLowerCase()) ?? null;
    sheets.delete(op.sheet.toLowerCase());
    if (op.kind === "rename") {
      free(op.to, op.kind);
      sheets.set(op.to.toLowerCase(), sheet);
    }
  }
  for (const s of plan.sheets) sheetPlan(s);
  for (const n of plan.names) exists(n.sheet, `nama ${n.name}`);
  for (const name of plan.order ?? []) exists(name, "urutan");
  if (plan.commit) sheetPlan(plan.commit);
  for (const name of plan.retire ?? []) {
    exists(name, "hapus");
    sheets.delete(name.toLowerCase());
  }
  if (plan.select) exists(plan.select.sheet, "pilihan");
}

/** Puts a sheet at a 0-based tab position, the others keeping their relative order. */
function moveSheet(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, position: number): void {
  const others = workbook.worksheets.filter((w) => w !== sheet);
  others.splice(Math.min(position, others.length), 0, sheet);
  // exceljs orders tabs by `orderNo`, which its typings leave out.
  others.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i));
}

/** Deletes or renames a sheet; its protection goes with it, as in Excel. */
function applySheetOperation(workbook: ExcelJS.Workbook, op: SheetOperation): void {
  const sheet = required(workbook, op.sheet);
  switch (op.kind) {
    case "delete":
      workbook.removeWorksheet(sheet.id);
      break;
    case "rename":
      sheet.name = op.to;
      break;
  }
}

async function applySheet(workbook: ExcelJS.Workbook, plan: SheetPlan, omissions: Omission[]): Promise<void> {
  const sheet = plan.mode === "create" ? workbook.addWorksheet(plan.name) : required(workbook, plan.name);
  // Right after the sheet is created or found, as Excel's executor sets `position`.
  if (plan.position !== undefined) moveSheet(workbook, sheet, plan.position);
  for (const part of SHEET_PARTS) await part(sheet, plan, { omissions });
}

/** Removes a workbook-level name (a recovery's `removeNames`); one that is not there is fine. */
function removeName(workbook: ExcelJS.Workbook, name: string): void {
  const names = workbook.definedNames;
  names.model = names.model.filter((d) => d.name.toLowerCase() !== name.toLowerCase());
}

/** Re-points an existing name or adds it; exceljs keeps names as cell sets, so the old one goes first. */
function applyName(workbook: ExcelJS.Workbook, n: NamedRangePlan): void {
  const names = workbook.definedNames;
  names.model = names.model.filter((d) => d.name.toLowerCase() !== n.name.toLowerCase());
  const rect = parseRange(n.address);
  if (!rect) throw new Error(`Alamat nama tidak dikenal: ${n.address}`);
  const absolute = n.address
    .split(":")
    .map((a) => a.replace(/\$/g, "").replace(/^([A-Za-z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  names.add(`'${n.sheet.replace(/'/g, "''")}'!${absolute}`, n.name);
}

function applyOrder(workbook: ExcelJS.Workbook, order: readonly string[]): void {
  order.forEach((name, position) => moveSheet(workbook, required(workbook, name), position));
}

function applySelect(workbook: ExcelJS.Workbook, select: NonNullable<WorkbookPlan["select"]>): void {
  const sheet = required(workbook, select.sheet);
  const index = workbook.worksheets.indexOf(sheet);
  workbook.views = [
    {
      ...(workbook.views?.[0] ?? {}),
      activeTab: index,
      firstSheet: 0,
      visibility: "visible",
    } as ExcelJS.WorkbookView,
  ];
  const view = sheet.views[0] ?? { state: "normal" as const };
  sheet.views = [{ ...view, activeCell: select.address.split(":")[0] ?? "A1" }];
}

/**
 * Applies `plan` to `workbook` in the order the Excel shell does (see the top of this
 * file), after `preflightPlan` has found every step possible.
 */
export async function applyWorkbookPlan(
  workbook: ExcelJS.Workbook,
  plan: WorkbookPlan,
): Promise<ApplyReport> {
  preflightPlan(workbook, plan);
  const omissions: Omission[] = [];
  for (const name of plan.removeNames ?? []) removeName(workbook, name);
  if (plan.begin) await applySheet(workbook, plan.begin, omissions);
  for (const op of plan.sheetOps ?? []) applySheetOperation(workbook, op);
  for (const sheet of plan.sheets) await applySheet(workbook, sheet, omissions);
  for (const n of plan.names) applyName(workbook, n);
  if (plan.order) applyOrder(workbook, plan.order);
  if (plan.commit) await applySheet(workbook, plan.commit, omissions);
  for (const name of plan.retire ?? []) workbook.removeWorksheet(required(workbook, name).id);
  if (plan.select) applySelect(workbook, plan.select);
  const retired = new Set((plan.retire ?? []).map((n) => n.toLowerCase()));
  const cachedValues = fillCachedValues(
    workbook,
    plan.sheets.map((s) => s.name).filter((n) => !retired.has(n.toLowerCase())),
  );
  return { omissions, cachedValues };
}

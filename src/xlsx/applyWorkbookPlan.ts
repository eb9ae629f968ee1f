/*
 * The .xlsx adapter's executor: a `WorkbookPlan` applied to an exceljs workbook, beside
 * `src/excel/applyWorkbookPlan.ts` which applies the same plan through office.js. Each
 * part of the plan is one function (see sheetParts.ts and WORKBOOK_PARTS below), so a new
 * plan field is one new function.
 */
import ExcelJS from "exceljs";
import { parseRange, sheetNamed, type NamedRangePlan, type SheetPlan, type WorkbookPlan } from "../core";
import { fillCachedValues } from "./cachedValues";
import { SHEET_PARTS, type Omission } from "./sheetParts";

/**
 * Sheet operations the plan of an action needs besides writing sheets. Today's
 * `WorkbookPlan` has none (src/excel deletes and renames the LAKIP sheet by hand); the
 * plans of src/core/actions will carry them, and this adapter applies them first.
 */
export type SheetOperation =
  | { readonly kind: "delete"; readonly sheet: string }
  | { readonly kind: "rename"; readonly sheet: string; readonly to: string }
  | { readonly kind: "move"; readonly sheet: string; readonly position: number };

export interface XlsxPlan extends WorkbookPlan {
  /** Applied in order before `sheets`. */
  readonly sheetOperations?: readonly SheetOperation[];
}

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

/** Puts a sheet at a 0-based tab position, the others keeping their relative order. */
function moveSheet(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, position: number): void {
  const others = workbook.worksheets.filter((w) => w !== sheet);
  others.splice(Math.min(position, others.length), 0, sheet);
  // exceljs orders tabs by `orderNo`, which its typings leave out.
  others.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i));
}

function applySheetOperation(workbook: ExcelJS.Workbook, op: SheetOperation): void {
  const sheet = required(workbook, op.sheet);
  switch (op.kind) {
    case "delete":
      workbook.removeWorksheet(sheet.id);
      break;
    case "rename":
      sheet.name = op.to;
      break;
    case "move":
      moveSheet(workbook, sheet, op.position);
      break;
  }
}

async function applySheet(workbook: ExcelJS.Workbook, plan: SheetPlan, omissions: Omission[]): Promise<void> {
  const existing = worksheet(workbook, plan.name);
  if (plan.mode === "create" && existing) throw new Error(`Lembar "${plan.name}" sudah ada`);
  const sheet = plan.mode === "create" ? workbook.addWorksheet(plan.name) : required(workbook, plan.name);
  const protection = (sheet as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
  if (protection?.["sheet"] && (protection["hashValue"] || protection["password"]))
    throw new PasswordProtectedSheet(sheet.name);
  for (const part of SHEET_PARTS) await part(sheet, plan, { omissions });
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
 * Applies `plan` to `workbook` in the order the Excel shell does: sheet operations, each
 * sheet, names, tab order, selection; then the cached values of the formulas written.
 */
export async function applyWorkbookPlan(workbook: ExcelJS.Workbook, plan: XlsxPlan): Promise<ApplyReport> {
  const omissions: Omission[] = [];
  for (const op of plan.sheetOperations ?? []) applySheetOperation(workbook, op);
  for (const sheet of plan.sheets) await applySheet(workbook, sheet, omissions);
  for (const n of plan.names) applyName(workbook, n);
  if (plan.order) applyOrder(workbook, plan.order);
  if (plan.select) applySelect(workbook, plan.select);
  const cachedValues = fillCachedValues(
    workbook,
    plan.sheets.map((s) => s.name),
  );
  return { omissions, cachedValues };
}

import { readMeta } from "../sheets/ikuMeta";
import type { CellValue, Grid } from "../workbook/a1";
import { readOf, type ReadSpec, type WorkbookRead } from "../workbook/ReadSpec";
import type { CellInput, SheetOperation, SheetPlan, WorkbookPlan } from "../workbook/SheetPlan";
import { textCell } from "../workbook/textCell";
import { META, SHEET } from "../workbook/workbookLayout";
import type { SheetInfo } from "../workbook/WorkbookSnapshot";
import type { WriteNotice } from "./ActionOutcome";

/** What a recovery reads after a failed write: the sheets, the names, IKU_Meta. One round trip. */
export function recoveryRead(): ReadSpec {
  return { sheetList: true, names: true, sheets: [{ sheet: SHEET.meta, load: "values" }] };
}

export interface RecoveryPlan {
  /**
   * - `rolledBack`: the write began and did not finish: `plan` undoes it;
   * - `completed`: the write finished (only what comes after its commit failed, or
   *   Excel's answer was lost): `plan` does what was left (the sheets to retire, the
   *   selection), `notices` say what could not be done;
   * - `nothingWritten`: the write never began: `plan` only protects again what was
   *   unprotected first, if anything.
   */
  readonly status: "rolledBack" | "completed" | "nothingWritten";
  readonly plan: WorkbookPlan | null;
  /** Sheets updated in place that may keep part of the write (rolledBack only). */
  readonly partial: readonly string[];
  readonly notices: readonly WriteNotice[];
}

const lower = (s: string) => s.toLowerCase();
const isMeta = (name: string) => lower(name) === lower(SHEET.meta);

/**
 * After a write failed part-way: from what was read before (`before`), the journaled
 * plan that was being written, and a fresh read (`now`, see `recoveryRead`), what to do
 * so the workbook is as it was, or, when the write had in fact completed, as it should
 * be. Pure; the shell writes the returned plan.
 *
 * The journal row of IKU_Meta tells which (see `withJournal`): this run's id with
 * "selesai" means complete; with "menulis", begun and unfinished; absent, never begun.
 * Undoing touches only what the failed write did and can be told from the workbook:
 *
 * - a sheet it created (a sheet the plan creates that was not there before, by
 *   worksheet id where the shell gives ids) is deleted, and the names it added removed
 *   first (a name outlives its sheet as #REF!);
 * - a sheet it renamed gets its name back;
 * - IKU_Meta gets back every value it had (the journal row included), and its visibility;
 * - a sheet protected before and unprotected now is protected again.
 *
 * Formats and formulas of the add-in's own sheets updated in place are not restored
 * (`partial`): inputs are never among them, the shell's order of writes sees to that,
 * and running the action again completes them.
 */
export function planRecovery(
  before: WorkbookRead,
  plan: WorkbookPlan,
  now: WorkbookRead,
  runId: string,
): RecoveryPlan {
  const nowMeta = readOf(now, SHEET.meta)?.values;
  const journal = nowMeta && nowMeta.length > 0 ? readMeta(nowMeta).journal : null;
  const ours = journal?.runId === runId;

  const beforeIds = new Map(before.sheets.filter((s) => s.id !== undefined).map((s) => [s.id, s]));
  const beforeNames = new Set(before.sheets.map((s) => lower(s.name)));
  const byIds = before.sheets.length > 0 && beforeIds.size === before.sheets.length;
  const nowByName = new Map(now.sheets.map((s) => [lower(s.name), s]));
  const isNew = (s: SheetInfo) =>
    byIds && s.id !== undefined ? !beforeIds.has(s.id) : !beforeNames.has(lower(s.name));

  const createdNames = new Set(
    [...(plan.begin ? [plan.begin] : []), ...plan.sheets]
      .filter((s) => s.mode === "create")
      .map((s) => lower(s.name)),
  );
  const created = now.sheets.filter((s) => isNew(s) && createdNames.has(lower(s.name)));
  type Rename = Extract<SheetOperation, { kind: "rename" }>;
  const renamed = (plan.sheetOps ?? []).flatMap((op): Rename[] => {
    if (op.kind !== "rename") return [];
    const was = before.sheets.find((s) => lower(s.name) === lower(op.sheet));
    const is = nowByName.get(lower(op.to));
    const same =
      was && is && (byIds && was.id !== undefined ? was.id === is.id : !nowByName.has(lower(op.sheet)));
    return same ? [{ kind: "rename", sheet: is.name, to: was.name }] : [];
  });
  // Protected before, unprotected now: protected again, under the name it will have.
  const reprotect = before.sheets
    .filter((s) => s.protected === true)
    .flatMap((s) => {
      const is = now.sheets.find((n) => (byIds ? n.id === s.id : lower(n.name) === lower(s.name)));
      if (!is || is.protected !== false || created.includes(is)) return [];
      const back = renamed.find((op) => lower(op.sheet) === lower(is.name));
      return [protectOnly(back?.to ?? is.name)];
    });

  if (ours && lower(journal?.status ?? "") === lower(META.journalStatus.done)) {
    // Complete: what is left are the steps after the commit.
    const retire = (plan.retire ?? []).filter((name) => nowByName.has(lower(name)));
    const wanted = [...plan.sheets.filter((s) => s.protect).map((s) => s.name)];
    const unprotected = wanted.filter((name) => nowByName.get(lower(name))?.protected === false);
    return {
      status: "completed",
      plan:
        retire.length > 0 || plan.select
          ? { sheets: [], names: [], retire, ...(plan.select ? { select: plan.select } : {}) }
          : null,
      partial: [],
      notices: unprotected.length > 0 ? [{ code: "protectionNotRestored", sheets: unprotected }] : [],
    };
  }

  if (!ours && created.length === 0 && renamed.length === 0) {
    return {
      status: "nothingWritten",
      plan: reprotect.length > 0 ? { sheets: reprotect, names: [] } : null,
      partial: [],
      notices: [],
    };
  }

  const metaBefore = readOf(before, SHEET.meta)?.values;
  const metaNow = now.sheets.find((s) => isMeta(s.name));
  const metaInfo = before.sheets.find((s) => isMeta(s.name));
  const restoreMeta =
    metaBefore && metaNow && !created.includes(metaNow)
      ? [restoreSheet(metaBefore, nowMeta ?? [], metaInfo?.visibility)]
      : [];
  const addedNames = plan.names
    .filter((n) => !n.exists && now.names.some((m) => lower(m) === lower(n.name)))
    .map((n) => n.name);
  const partial = plan.sheets
    .filter((s) => s.mode !== "create" && !isMeta(s.name))
    .map((s) => {
      // Named as the workbook will name it again once renamed back.
      const back = renamed.find((op) => lower(op.sheet) === lower(s.name));
      return back?.to ?? s.name;
    });
  return {
    status: "rolledBack",
    plan: {
      removeNames: addedNames,
      // Created sheets go first: a renamed sheet may get back a name one of them took.
      sheetOps: [...created.map((s): SheetOperation => ({ kind: "delete", sheet: s.name })), ...renamed],
      sheets: [...restoreMeta, ...reprotect],
      names: [],
    },
    partial,
    notices: [],
  };
}

function protectOnly(name: string): SheetPlan {
  return { name, mode: "update", cells: [], formats: [], protect: true };
}

/**
 * A sheet's values put back as they were: every cell of the area written since (`now`),
 * text as text, and its visibility.
 */
function restoreSheet(before: Grid, now: Grid, visibility: SheetInfo["visibility"]): SheetPlan {
  const rows = Math.max(before.length, now.length);
  const width = Math.max(1, ...[...before, ...now].map((r) => r.length));
  const cell = (v: CellValue | undefined): CellInput =>
    v === undefined || v === null || v === "" ? "" : typeof v === "string" ? textCell(v) : v;
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: width }, (_, c) => cell(before[r]?.[c])),
  );
  return {
    name: SHEET.meta,
    mode: "update",
    ...(visibility ? { visibility } : {}),
    cells: rows > 0 ? [{ address: "A1", values }] : [],
    formats: [],
  };
}

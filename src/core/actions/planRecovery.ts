import { readMeta } from "../sheets/ikuMeta";
import { parseRange, type CellValue, type Grid } from "../workbook/a1";
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
  /**
   * For `completed`: what to write instead should `plan` fail (protecting the sheets
   * again), and the notices that then apply.
   */
  readonly fallback?: { readonly plan: WorkbookPlan; readonly notices: readonly WriteNotice[] };
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
 * - IKU_Meta gets back its visibility;
 * - a sheet protected before and unprotected now is protected again.
 *
 * - every cell the write may have changed on a sheet it updated gets back what it held.
 *
 * Formats, validation and page setup of the add-in's own sheets updated in place are not
 * restored (`partial`: they were not read); running the action again completes them.
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
    // Complete: what is left are the steps after the commit. Protection is tried once
    // more; should Excel refuse it again (office-js#6784), the shell writes `fallback`.
    const retire = (plan.retire ?? []).filter((name) => nowByName.has(lower(name)));
    const wanted = new Set([
      ...plan.sheets.filter((s) => s.protect).map((s) => lower(s.name)),
      ...before.sheets.filter((s) => s.protected === true).map((s) => lower(s.name)),
    ]);
    const unprotected = now.sheets.filter((s) => wanted.has(lower(s.name)) && s.protected === false);
    const rest: WorkbookPlan = {
      sheets: [],
      names: [],
      retire,
      ...(plan.select ? { select: plan.select } : {}),
    };
    return {
      status: "completed",
      plan: { ...rest, sheets: unprotected.map((s) => protectOnly(s.name)) },
      partial: [],
      notices: [],
      ...(unprotected.length > 0
        ? {
            fallback: {
              plan: rest,
              notices: [{ code: "protectionNotRestored", sheets: unprotected.map((s) => s.name) }],
            },
          }
        : {}),
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

  // Every existing sheet the write updated gets back what its cells held.
  const restores = restoreCells(before, plan, (name) => {
    const current = nowByName.get(lower(name));
    return current !== undefined && !created.includes(current);
  });
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
      sheets: [...restores, ...reprotect],
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
 * The cells the write may have changed on every sheet it updated (not created), put back
 * as `before` read them: every cell a block wrote (`null`s wrote nothing), every held-back
 * `clear` range, the whole sheet for `replace`; text as text, formulas as formulas (a
 * sheet read as formulas is restored from them, one read as values from those). Cells
 * outside are left alone (`null`), so what the write never touched stays exactly as it is.
 * A sheet the plan renamed is restored under its old name (the recovery renames it back
 * first); one that is gone (`existsNow` says of both names) is skipped.
 */
function restoreCells(
  before: WorkbookRead,
  plan: WorkbookPlan,
  existsNow: (name: string) => boolean,
): SheetPlan[] {
  const renamedFrom = new Map<string, string>();
  for (const op of plan.sheetOps ?? []) if (op.kind === "rename") renamedFrom.set(lower(op.to), op.sheet);
  const written = new Map<
    string,
    { name: string; cells: Set<string>; rows: number; cols: number; all: boolean }
  >();
  const mark = (sheet: SheetPlan) => {
    if (sheet.mode === "create") return;
    // Keyed by the name the sheet had before the write.
    const name = renamedFrom.get(lower(sheet.name)) ?? sheet.name;
    const key = lower(name);
    const w = written.get(key) ?? { name, cells: new Set<string>(), rows: 0, cols: 0, all: false };
    written.set(key, w);
    if (sheet.mode === "replace") w.all = true;
    const touch = (r: number, c: number) => {
      w.cells.add(`${r},${c}`);
      w.rows = Math.max(w.rows, r + 1);
      w.cols = Math.max(w.cols, c + 1);
    };
    for (const block of sheet.cells) {
      const start = parseRange(block.address);
      if (!start) continue;
      block.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null) touch(start.row + r, start.col + c);
        }),
      );
    }
    for (const c of sheet.clear ?? []) {
      const rect = parseRange(c.address);
      if (!rect || c.applyTo === "formats") continue;
      for (let r = rect.row; r <= rect.lastRow; r++)
        for (let k = rect.col; k <= rect.lastCol; k++) touch(r, k);
    }
  };
  for (const sheet of [
    ...(plan.begin ? [plan.begin] : []),
    ...plan.sheets,
    ...(plan.commit ? [plan.commit] : []),
  ])
    mark(sheet);

  const info = new Map(before.sheets.map((s) => [lower(s.name), s]));
  const plans: SheetPlan[] = [];
  for (const [key, w] of written) {
    const renamedTo = [...renamedFrom].find(([, from]) => lower(from) === key)?.[0];
    const grids = readOf(before, w.name);
    const grid: Grid | undefined = grids?.formulas ?? grids?.values;
    if (!grid || !(existsNow(w.name) || (renamedTo !== undefined && existsNow(renamedTo)))) continue;
    const target = w.name;
    const rows = Math.max(w.rows, w.all ? grid.length : 0);
    const cols = Math.max(w.cols, w.all ? Math.max(0, ...grid.map((r) => r.length)) : 0);
    // Values read are never formulas ("=…" shown as text stays text); formulas read are.
    const asFormulas = grids?.formulas !== undefined;
    const cell = (v: CellValue | undefined): CellInput =>
      v === undefined || v === null || v === ""
        ? ""
        : typeof v === "string" && !(asFormulas && v.startsWith("="))
          ? textCell(v)
          : v;
    const values = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c): CellInput =>
        w.all || w.cells.has(`${r},${c}`) ? cell(grid[r]?.[c]) : null,
      ),
    );
    const was = info.get(key);
    plans.push({
      name: target,
      mode: "update",
      ...(isMeta(w.name) && was?.visibility ? { visibility: was.visibility } : {}),
      cells: rows > 0 && cols > 0 ? [{ address: "A1", values }] : [],
      formats: [],
      ...(was?.protected === true ? { protect: true } : {}),
    });
  }
  return plans;
}

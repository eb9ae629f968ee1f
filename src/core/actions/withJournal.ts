import { readMeta } from "../sheets/ikuMeta";
import { parseRange, type Grid } from "../workbook/a1";
import type { CellInput, SheetPlan, WorkbookPlan } from "../workbook/SheetPlan";
import { textCell } from "../workbook/textCell";
import { META, SHEET } from "../workbook/workbookLayout";

const isMeta = (name: string) => name.toLowerCase() === SHEET.meta.toLowerCase();

/** The 1-based rows a sheet plan writes (its cell blocks) and those it empties. */
function rowsOf(plan: SheetPlan): { written: Set<number>; last: number } {
  const written = new Set<number>();
  let last = 0;
  for (const block of plan.cells) {
    const start = parseRange(block.address);
    if (!start) continue;
    block.values.forEach((_, i) => written.add(start.row + 1 + i));
    last = Math.max(last, start.row + block.values.length);
  }
  for (const c of plan.clear ?? []) {
    const rect = parseRange(c.address);
    if (rect) last = Math.max(last, rect.lastRow + 1);
  }
  return { written, last };
}

/**
 * The plan with its IKU_Meta record turned into a journal, so that a write cut off
 * part-way is never mistaken for a finished one, nor its sheets for a stranger's:
 *
 * - `begin` (written first) is the action's own IKU_Meta change (the records of the
 *   sheets it creates, a report's fingerprint) plus the journal row
 *   `penulisan | menulis | <runId> | <sheets created>`;
 * - `commit` (written last) turns that row into `penulisan | selesai | <runId>`.
 *
 * A sheet the write creates is therefore recorded before it exists, and a recovery reads
 * from the journal row whether this run began (its id is there), finished ("selesai"), or
 * never touched the workbook. When even the recovery cannot run (the connection is
 * gone), the next run finds "menulis" and the names of the sheets being written: they
 * are the add-in's own, unfinished, and are redone rather than kept as a user's.
 *
 * The journal row stays where it was, so IKU_Meta does not grow with every run; a full
 * rewrite of IKU_Meta (the template's) puts it after its rows. A plan without an
 * IKU_Meta change is returned as it is.
 */
export function withJournal(
  plan: WorkbookPlan,
  metaBefore: Grid | null | undefined,
  runId: string,
): WorkbookPlan {
  const metaPlans = plan.sheets.filter((s) => isMeta(s.name));
  const [metaPlan] = metaPlans;
  if (!metaPlan || metaPlans.length > 1) return plan;
  const previous = metaBefore && metaBefore.length > 0 ? readMeta(metaBefore) : null;
  const { written, last } = rowsOf(metaPlan);
  const kept = previous?.journal?.row;
  const row =
    kept !== undefined && !written.has(kept) ? kept : Math.max(last, (previous?.nextRow ?? 1) - 1) + 1;
  const created = plan.sheets.filter((s) => s.mode === "create" && !isMeta(s.name)).map((s) => s.name);
  const journalRow = (status: string, sheets: readonly string[]): CellInput[] => [
    META.keys.journal,
    status,
    textCell(runId),
    ...sheets.map(textCell),
  ];
  const width = Math.max(4, 3 + created.length, 3 + (previous?.journal?.sheets.length ?? 0));
  const pad = (r: CellInput[]) => [...r, ...new Array<CellInput>(width - r.length).fill("")];
  const address = `${META.keyCol}${row}`;
  return {
    ...plan,
    begin: {
      ...metaPlan,
      cells: [{ address, values: [pad(journalRow(META.journalStatus.writing, created))] }, ...metaPlan.cells],
    },
    sheets: plan.sheets.filter((s) => s !== metaPlan),
    commit: {
      name: SHEET.meta,
      mode: "update",
      cells: [{ address, values: [pad(journalRow(META.journalStatus.done, []))] }],
      formats: [],
    },
  };
}

/** A fresh run id: time and chance, enough to tell this run's journal row from any other's. */
export function newRunId(now: number = Date.now(), random: () => number = Math.random): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}

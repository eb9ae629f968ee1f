import { cellAddress, parseRange } from "./a1";
import type { CellInput, SheetPlan, WorkbookPlan } from "./SheetPlan";

/**
 * Excel on the web refuses a request over 5 MB. A plan is applied in one batch when it
 * fits, which is nearly always; only a plan that would not fit is cut, and then only
 * between rows of its cell blocks, each later part writing into sheets the first made.
 */
export const MAX_BATCH_BYTES = 4_500_000;

/** The plan's size as JSON in UTF-8: close to what the batch sends (the same arrays and strings). */
export function estimatePlanBytes(plan: unknown): number {
  const json = JSON.stringify(plan);
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c > 0x7f) bytes += c > 0x7ff && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

type Block = SheetPlan["cells"][number];

/**
 * Parts to apply in order, a sync after each; a plan that fits is returned whole.
 *
 * The first part carries everything but the later cell rows and what `WorkbookPlan`
 * puts at the end of a write; the last part carries that end: the held-back `clear`
 * ranges, the `commit`, the sheets to `retire` and the selection. A shell protects
 * sheets only once the last part is written (see `src/excel/executePlan.ts`).
 */
export function splitWorkbookPlan(plan: WorkbookPlan, maxBytes: number = MAX_BATCH_BYTES): WorkbookPlan[] {
  if (estimatePlanBytes(plan) <= maxBytes) return [plan];
  const { commit, retire, select, ...head } = plan;
  const skeleton: WorkbookPlan = {
    ...head,
    sheets: plan.sheets.map(({ clear: _clear, ...s }) => ({ ...s, cells: [] })),
  };
  const clears: SheetPlan[] = plan.sheets
    .filter((s) => (s.clear ?? []).length > 0)
    .map((s) => ({ name: s.name, mode: "update", clear: s.clear ?? [], cells: [], formats: [] }));
  const tail: Partial<WorkbookPlan> = {
    ...(commit ? { commit } : {}),
    ...(retire ? { retire } : {}),
    ...(select ? { select } : {}),
  };
  const skeletonBytes = estimatePlanBytes(skeleton) + estimatePlanBytes(clears) + estimatePlanBytes(tail);
  if (skeletonBytes > maxBytes / 2)
    throw new Error("Rencana lembar terlalu besar untuk satu permintaan, bahkan tanpa isi sel");

  const parts: Map<string, Block[]>[] = [new Map<string, Block[]>()];
  let room = maxBytes - skeletonBytes;
  const partOverhead = 1_000;
  const add = (sheet: string, block: Block) => {
    const part = parts[parts.length - 1] ?? new Map<string, Block[]>();
    part.set(sheet, [...(part.get(sheet) ?? []), block]);
  };
  for (const sheet of plan.sheets) {
    for (const block of sheet.cells) {
      const start = parseRange(block.address);
      if (!start) throw new Error(`Alamat blok tidak dikenal: ${block.address}`);
      let rows: (readonly CellInput[])[] = [];
      let rowStart = start.row;
      let used = 0;
      block.values.forEach((row, i) => {
        const bytes = estimatePlanBytes(row) + 1;
        if (used + bytes > room && rows.length > 0) {
          add(sheet.name, { address: cellAddress(rowStart, start.col), values: rows });
          parts.push(new Map<string, Block[]>());
          room = maxBytes - partOverhead - estimatePlanBytes(clears) - estimatePlanBytes(tail);
          rows = [];
          rowStart = start.row + i;
          used = 0;
        }
        rows.push(row);
        used += bytes;
      });
      if (rows.length > 0) add(sheet.name, { address: cellAddress(rowStart, start.col), values: rows });
      room -= used;
    }
  }
  return parts.map((cells, i): WorkbookPlan => {
    const last = i === parts.length - 1;
    const sheets =
      i === 0
        ? skeleton.sheets.map((s) => ({ ...s, cells: cells.get(s.name) ?? [] }))
        : plan.sheets
            .filter((s) => cells.has(s.name))
            .map((s): SheetPlan => ({
              name: s.name,
              mode: "update",
              cells: cells.get(s.name) ?? [],
              formats: [],
            }));
    const base: WorkbookPlan = i === 0 ? { ...skeleton, sheets } : { sheets, names: [] };
    return last ? { ...base, sheets: [...base.sheets, ...clears], ...tail } : base;
  });
}

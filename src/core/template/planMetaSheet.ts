import type { CellInput, SheetPlan } from "../workbook/SheetPlan";
import { textCell } from "../workbook/textCell";
import { columnLetter } from "../workbook/a1";
import { META, SHEET, TEMPLATE_VERSION } from "../workbook/workbookLayout";
import type { MetaContents, MetaSheetRecord } from "./readMeta";

/**
 * IKU_Meta after the run: the template version, a row per sheet of ours (with its
 * worksheet id when known, so a look-alike made after ours was deleted is not taken for
 * ours), then every row other features keep there, unchanged.
 */
export function planMetaSheet(args: {
  readonly mode: "create" | "update";
  readonly previous: MetaContents | null;
  readonly sheets: readonly MetaSheetRecord[];
  /** Rows the sheet had before, so leftovers beyond the new content are cleared. */
  readonly previousRows: number;
}): SheetPlan {
  const others = args.previous?.otherRows ?? [];
  const width = Math.max(4, ...others.map((r) => r.length));
  const pad = (r: readonly CellInput[]) => [...r, ...new Array<CellInput>(width - r.length).fill("")];
  const rows: CellInput[][] = [
    pad([META.keys.templateVersion, TEMPLATE_VERSION]),
    ...args.sheets.map((s) => pad([META.keys.sheet, textCell(s.name), s.role, s.id ?? ""])),
    ...others.map((r) => pad(r.map((v) => (typeof v === "string" ? textCell(v) : v)))),
  ];
  const clearFrom = rows.length + 1;
  return {
    name: SHEET.meta,
    mode: args.mode,
    visibility: "Hidden",
    ...(args.previousRows >= clearFrom
      ? {
          clear: [
            {
              address: `A${clearFrom}:${columnLetter(width - 1)}${args.previousRows}`,
              applyTo: "contents" as const,
            },
          ],
        }
      : {}),
    cells: [{ address: "A1", values: rows }],
    formats: [],
    columnWidths: [
      { column: META.keyCol, width: 90 },
      { column: META.valueCol, width: 120 },
      { column: META.detailCol, width: 120 },
      { column: META.idCol, width: 260 },
    ],
  };
}

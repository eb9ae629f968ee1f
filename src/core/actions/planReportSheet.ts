import { decideRegeneration } from "../lakip/decideRegeneration";
import { fingerprint } from "../lakip/fingerprint";
import { freeSheetName } from "../lakip/freeSheetName";
import { planValues } from "../lakip/planValues";
import { fingerprintOf, planReportRecord, readMeta } from "../sheets/ikuMeta";
import { readOf, type WorkbookRead } from "../workbook/ReadSpec";
import type { SheetOperation, SheetPlan, WorkbookPlan } from "../workbook/SheetPlan";
import { sheetNamed } from "../workbook/sheetNamed";
import type { WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { META, SHEET } from "../workbook/workbookLayout";
import { recogniseTemplateSheets } from "./rebuildMeta";
import type { ReportSheetWritten } from "./ReportSheetWritten";
import { settingsAndCatalog } from "./validate";

/**
 * The plan that writes a report sheet (the LAKIP or the PK of a year, the Monev of a quarter) with
 * every safety the reports share: the name is freed first (an unchanged sheet of ours is
 * renamed out of the way and retired once the new one is written and recorded, so a write
 * that breaks off gives it back its name; an edited or foreign one is kept under a new
 * name: nothing typed is lost, see `decideRegeneration`), the report takes the old tab's
 * place, its fingerprint and role go to IKU_Meta (made again, with the template's sheets
 * recognised, when it is gone), and its title is selected.
 */
export function planReportSheet(
  read: WorkbookRead,
  snapshot: WorkbookSnapshot,
  input: {
    readonly name: string;
    readonly tahun: number;
    /** The role recorded in IKU_Meta; the LAKIP's of `tahun` by default. */
    readonly role?: Parameters<typeof planReportRecord>[1]["role"];
    /** The sheet, built as if created under `name`. */
    readonly sheet: SheetPlan;
    readonly titleCell: string;
  },
): { readonly plan: WorkbookPlan; readonly written: Pick<ReportSheetWritten, "sheet" | "mode" | "kept"> } {
  const { name, sheet } = input;
  const sheetNames = read.sheets.map((s) => s.name);
  const actualName = sheetNamed(sheetNames, name);
  const meta = snapshot.meta && snapshot.meta.length > 0 ? readMeta(snapshot.meta) : null;
  const journal = meta?.journal;
  const decision = decideRegeneration({
    sheetName: name,
    sheetNames,
    existing: actualName === undefined ? null : (readOf(read, actualName)?.values ?? null),
    recordedFingerprint: fingerprintOf(meta, name),
    interrupted:
      journal?.status === META.journalStatus.writing &&
      journal.sheets.some((n) => n.toLowerCase() === name.toLowerCase()),
  });
  // Replacing rather than clearing: a cleared sheet keeps its chart, merges and page
  // setup, and the new report would stack on them.
  const retiring =
    actualName !== undefined && decision === "replace" ? freeSheetName(name, sheetNames, "lama") : null;
  const sheetOps: SheetOperation[] =
    actualName === undefined
      ? []
      : retiring !== null
        ? [{ kind: "rename", sheet: actualName, to: retiring }]
        : typeof decision === "object"
          ? [{ kind: "rename", sheet: actualName, to: decision.keepAs }]
          : [];
  const recorded = planReportRecord(
    meta,
    {
      sheetName: name,
      tahun: input.tahun,
      fingerprint: fingerprint(planValues(sheet)),
      ...(input.role === undefined ? {} : { role: input.role }),
    },
    meta ? [] : recogniseTemplateSheets(read, settingsAndCatalog(read).catalog),
  );
  // An IKU_Meta that is there but empty is rewritten in place, not added a second time.
  const metaThere = sheetNames.some((n) => n.toLowerCase() === SHEET.meta.toLowerCase());
  const metaPlan: SheetPlan =
    metaThere && recorded.mode === "create" ? { ...recorded, mode: "update" } : recorded;
  return {
    plan: {
      sheetOps,
      sheets: [
        retiring !== null && actualName !== undefined
          ? { ...sheet, position: sheetNames.indexOf(actualName) }
          : sheet,
        metaPlan,
      ],
      names: [],
      ...(retiring !== null ? { retire: [retiring] } : {}),
      select: { sheet: name, address: input.titleCell },
    },
    written: {
      sheet: name,
      mode: decision === "replace" ? "replace" : "create",
      kept:
        typeof decision === "object" && actualName !== undefined
          ? { from: actualName, to: decision.keepAs, reason: decision.reason }
          : null,
    },
  };
}

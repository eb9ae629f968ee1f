import { buildLakipSheet, LAKIP_LAYOUT } from "../lakip/buildLakipSheet";
import { decideRegeneration } from "../lakip/decideRegeneration";
import { fingerprint } from "../lakip/fingerprint";
import { planValues } from "../lakip/planValues";
import { fingerprintOf, planReportRecord, readMeta } from "../sheets/ikuMeta";
import type { ValidationIssue } from "../validation/ValidationIssue";
import { validateWorkbook } from "../validation/validateWorkbook";
import { readOf, type WorkbookRead } from "../workbook/ReadSpec";
import type { SheetOperation, WorkbookPlan } from "../workbook/SheetPlan";
import { sheetNamed } from "../workbook/sheetNamed";
import { lakipSheetName, SHEET } from "../workbook/workbookLayout";
import type { Action, ActionResult } from "./Action";
import { bidangRead, firstRead, settingsAndCatalog, triwulanRead, workbookSnapshot } from "./validate";

export type GenerateLakipResult =
  /** Nothing was written: a galat (or no usable tahun laporan) stands in the way. */
  | {
      readonly status: "blocked";
      readonly issues: readonly ValidationIssue[];
      readonly galat: number;
      readonly peringatan: number;
      readonly tahunLaporan: number | null;
    }
  | {
      readonly status: "written";
      /** The report sheet written, e.g. "LAKIP 2024". */
      readonly sheet: string;
      /** `create`: a new sheet; `replace`: the previous report, unchanged since, was regenerated. */
      readonly mode: "create" | "replace";
      /** The sheet that had the report's name and was kept under a new name, if any. */
      readonly kept: {
        readonly from: string;
        readonly to: string;
        readonly reason: "edited" | "notGenerated";
      } | null;
      /** Peringatan only (a galat blocks); shown beside the success. */
      readonly issues: readonly ValidationIssue[];
      readonly galat: 0;
      readonly peringatan: number;
      readonly tahunLaporan: number;
    };

export interface GenerateLakipOptions {
  /** The time printed in the title block; the clock's by default. */
  readonly generatedAt?: Date | string;
}

/** The report sheet of the tahun laporan as the workbook spells it, when it exists. */
function existingReport(read: WorkbookRead, tahun: number): string | undefined {
  return sheetNamed(
    read.sheets.map((s) => s.name),
    lakipSheetName(tahun),
  );
}

/**
 * "Buat Lembar LAKIP": validate (the same reads as "Validasi", plus IKU_Meta and the
 * existing report sheet), and when no galat stands in the way, one plan that frees the
 * report's name (deletes the unchanged previous report, or renames an edited or foreign
 * one out of the way: nothing typed is lost), writes the report at the previous one's
 * tab position, records its fingerprint in IKU_Meta and selects its title.
 */
export const generateLakip: Action<GenerateLakipOptions, GenerateLakipResult> = {
  reads: [
    () => firstRead([SHEET.meta]),
    (first) => {
      const { pengaturan, catalog } = settingsAndCatalog(first);
      // Without a catalog there is no report: its sheet need not be read either.
      const tahun = catalog === null ? null : pengaturan.tahunLaporan;
      const report = tahun === null ? undefined : existingReport(first, tahun);
      return {
        sheets: [...bidangRead(first, catalog), ...(report === undefined ? [] : [{ sheet: report }])],
      };
    },
    (first) => ({ sheets: triwulanRead(first, settingsAndCatalog(first).catalog) }),
  ],
  decide(read, options): ActionResult<GenerateLakipResult> {
    const snapshot = workbookSnapshot(read);
    const v = validateWorkbook(snapshot);
    const tahun = v.tahunLaporan;
    if (v.galat > 0 || v.data === null || tahun === null) {
      return {
        plan: null,
        report: {
          status: "blocked",
          issues: v.issues,
          galat: v.galat,
          peringatan: v.peringatan,
          tahunLaporan: v.tahunLaporan,
        },
      };
    }
    const name = lakipSheetName(tahun);
    const sheetNames = read.sheets.map((s) => s.name);
    const actualName = existingReport(read, tahun);
    const meta = snapshot.meta ? readMeta(snapshot.meta) : null;
    const decision = decideRegeneration({
      sheetName: name,
      sheetNames,
      existing: actualName === undefined ? null : (readOf(read, actualName)?.values ?? null),
      recordedFingerprint: fingerprintOf(meta, name),
    });
    const sheet = buildLakipSheet(v.data, {
      tahun,
      generatedAt: options.generatedAt ?? new Date(),
      status: { galat: v.galat, peringatan: v.peringatan },
      mode: "create",
      name,
    });
    // Deleting and re-creating rather than clearing: a cleared sheet keeps its chart,
    // merges and page setup, and the new report would stack on them. The tab keeps its place.
    const sheetOps: SheetOperation[] =
      actualName === undefined
        ? []
        : decision === "replace"
          ? [{ kind: "delete", sheet: actualName }]
          : typeof decision === "object"
            ? [{ kind: "rename", sheet: actualName, to: decision.keepAs }]
            : [];
    const plan: WorkbookPlan = {
      sheetOps,
      sheets: [
        decision === "replace" && actualName !== undefined
          ? { ...sheet, position: sheetNames.indexOf(actualName) }
          : sheet,
        planReportRecord(meta, { sheetName: name, tahun, fingerprint: fingerprint(planValues(sheet)) }),
      ],
      names: [],
      select: { sheet: name, address: LAKIP_LAYOUT.titleCell },
    };
    return {
      plan,
      report: {
        status: "written",
        sheet: name,
        mode: decision === "replace" ? "replace" : "create",
        kept:
          typeof decision === "object" && actualName !== undefined
            ? { from: actualName, to: decision.keepAs, reason: decision.reason }
            : null,
        issues: v.issues,
        galat: 0,
        peringatan: v.peringatan,
        tahunLaporan: tahun,
      },
    };
  },
};

/*
 * The "Buat Lembar LAKIP" button: validate (the same reads as "Validasi"), and when no
 * galat stands in the way, write the LAKIP sheet of the tahun laporan, record its
 * fingerprint in IKU_Meta and select its title. At most 4 syncs whatever the catalog:
 * 2 reads and the write (one sync, more only if the write would pass Excel on the
 * web's 5 MB request limit).
 */
import { buildLakipSheet, LAKIP_LAYOUT } from "../core/lakip/buildLakipSheet";
import { decideRegeneration } from "../core/lakip/decideRegeneration";
import { fingerprint } from "../core/lakip/fingerprint";
import { planReportRecord, readMeta } from "../core/sheets/ikuMeta";
import { planValues } from "../core/lakip/planValues";
import type { ValidationIssue } from "../core/validation/ValidationIssue";
import type { WorkbookPlan } from "../core/workbook/SheetPlan";
import { sheetNamed } from "../core/workbook/sheetNamed";
import { MAX_BATCH_BYTES, splitWorkbookPlan } from "../core/workbook/splitWorkbookPlan";
import { applyWorkbookPlan, SheetProtection } from "./applyWorkbookPlan";
import { defaultRun, type ExcelRun } from "./ExcelRun";
import { readWorkbook } from "./validateWorkbook";

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
  /** The time printed in the title block; default now. */
  readonly now?: () => Date;
  readonly maxBatchBytes?: number;
}

export async function generateLakipInExcel(
  run: ExcelRun = defaultRun,
  options: GenerateLakipOptions = {},
): Promise<GenerateLakipResult> {
  return run(async (context) => {
    const read = await readWorkbook(context);
    const v = read.validation;
    if (v.galat > 0 || v.data === null || read.lakip === null) {
      return {
        status: "blocked",
        issues: v.issues,
        galat: v.galat,
        peringatan: v.peringatan,
        tahunLaporan: v.tahunLaporan,
      };
    }
    const tahun = v.data.settings.tahunLaporan;
    const name = read.lakip.name;
    const sheetNames = read.snapshot.sheets.map((s) => s.name);
    const actualName = sheetNamed(sheetNames, name);
    const decision = decideRegeneration({
      sheetName: name,
      sheetNames,
      existing: read.lakip.existing,
      recordedFingerprint: read.lakip.recordedFingerprint,
    });

    const sheet = buildLakipSheet(v.data, {
      tahun,
      generatedAt: (options.now ?? (() => new Date()))(),
      status: { galat: v.galat, peringatan: v.peringatan },
      mode: "create",
      name,
    });
    const plan: WorkbookPlan = {
      ...(actualName === undefined
        ? {}
        : {
            sheetOps: [
              decision === "replace"
                ? { kind: "delete" as const, sheet: actualName }
                : {
                    kind: "rename" as const,
                    sheet: actualName,
                    to: typeof decision === "object" ? decision.keepAs : actualName,
                  },
            ],
          }),
      sheets: [
        // Deleting and re-creating rather than clearing: a cleared sheet keeps its chart,
        // merges and page setup, and the new report would stack on them. The tab keeps
        // its place.
        decision === "replace" && actualName !== undefined
          ? { ...sheet, position: sheetNames.indexOf(actualName) }
          : sheet,
        planReportRecord(read.snapshot.meta ? readMeta(read.snapshot.meta) : null, {
          sheetName: name,
          tahun,
          fingerprint: fingerprint(planValues(sheet)),
        }),
      ],
      names: [],
      select: { sheet: name, address: LAKIP_LAYOUT.titleCell },
    };
    const protection = SheetProtection.of(read.snapshot.sheets);
    for (const part of splitWorkbookPlan(plan, options.maxBatchBytes ?? MAX_BATCH_BYTES)) {
      applyWorkbookPlan(context, part, protection);
      await context.sync();
    }
    return {
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
    };
  });
}

import {
  bidangSheetsToRead,
  defaultCatalog,
  MAX_BATCH_BYTES,
  planTemplate,
  SHEET,
  splitWorkbookPlan,
  type Catalog,
  type SheetGrids,
  type TemplateReport,
  type TemplateSnapshot,
} from "../core";
import { applyWorkbookPlan, SheetProtection } from "./applyWorkbookPlan";
import { defaultRun, type ExcelRun } from "./ExcelRun";
import { queueUsedRange } from "./queueUsedRange";

export interface SetupTemplateOptions {
  /** The catalog a new workbook starts with; Katalog IKU rules afterwards. */
  readonly catalog?: Catalog;
  readonly currentYear?: number;
  readonly maxBatchBytes?: number;
}

/**
 * "Siapkan Template IKU": reads what the workbook holds, plans the template in the core,
 * writes it. Three syncs whatever the catalog's size: (1) sheet names, names, IKU_Meta,
 * Pengaturan, Katalog IKU, Petunjuk; (2) the Bidang sheets the catalog names; (3) the plan.
 * The second is skipped when there is no Bidang sheet yet; the third is split only if it
 * would exceed Excel on the web's request limit.
 */
export async function setupTemplate(
  run: ExcelRun = defaultRun,
  options: SetupTemplateOptions = {},
): Promise<TemplateReport> {
  const catalog = options.catalog ?? defaultCatalog;
  const planOptions = options.currentYear === undefined ? {} : { currentYear: options.currentYear };
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id,items/protection/protected");
    const names = context.workbook.names;
    names.load("items/name");
    const meta = queueUsedRange(context, SHEET.meta);
    const pengaturan = queueUsedRange(context, SHEET.pengaturan);
    const katalog = queueUsedRange(context, SHEET.katalog);
    const petunjuk = queueUsedRange(context, SHEET.petunjuk);
    await context.sync();

    const sheets = worksheets.items.map((s) => ({ name: s.name, id: s.id }));
    const sheetNames = sheets.map((s) => s.name);
    const first: TemplateSnapshot = {
      sheets,
      names: names.items.map((n) => n.name),
      meta: meta.grid(sheetNames),
      pengaturan: pengaturan.grid(sheetNames),
      katalog: katalog.grid(sheetNames),
      petunjuk: petunjuk.grid(sheetNames),
      bidang: {},
    };

    const toRead = bidangSheetsToRead(first, catalog, planOptions);
    const bidang: Record<string, SheetGrids> = {};
    if (toRead.length > 0) {
      // Formulas hold the constants too; values would double the response (see SheetGrids).
      const ranges = toRead.map((name) => queueUsedRange(context, name, "formulas"));
      await context.sync();
      for (const range of ranges) bidang[range.name] = { formulas: range.grid(sheetNames) ?? [] };
    }

    const { plan, report } = planTemplate({ ...first, bidang }, catalog, planOptions);
    if (report.applied) {
      const protection = SheetProtection.of(
        worksheets.items.map((w) => ({ name: w.name, protected: w.protection.protected })),
      );
      for (const part of splitWorkbookPlan(plan, options.maxBatchBytes ?? MAX_BATCH_BYTES)) {
        applyWorkbookPlan(context, part, protection);
        await context.sync();
      }
    }
    return report;
  });
}

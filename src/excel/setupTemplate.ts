import {
  anchorAtA1,
  bidangSheetsToRead,
  defaultCatalog,
  MAX_BATCH_BYTES,
  planTemplate,
  SHEET,
  splitWorkbookPlan,
  type Catalog,
  type Grid,
  type SheetGrids,
  type TemplateReport,
  type TemplateSnapshot,
} from "../core";
import { applyWorkbookPlan } from "./applyWorkbookPlan";

/** `Excel.run`'s shape, so tests pass the in-memory host's `run`. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface SetupTemplateOptions {
  /** The catalog a new workbook starts with; Katalog IKU rules afterwards. */
  readonly catalog?: Catalog;
  readonly currentYear?: number;
  readonly maxBatchBytes?: number;
}

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/** The fixed sheets read first, in the order their used ranges are queued. */
const FIXED = [SHEET.meta, SHEET.pengaturan, SHEET.katalog, SHEET.petunjuk] as const;

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
    worksheets.load("items/name,items/id");
    const names = context.workbook.names;
    names.load("items/name");
    const fixed = FIXED.map((name) => {
      const used = worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
      used.load("address,values");
      return used;
    });
    await context.sync();

    const sheets = worksheets.items.map((s) => ({ name: s.name, id: s.id }));
    const exists = new Set(sheets.map((s) => s.name.toLowerCase()));
    const grid = (i: number): Grid | null => {
      const used = fixed[i];
      if (!exists.has((FIXED[i] ?? "").toLowerCase()) || !used) return null;
      return used.isNullObject ? [] : anchorAtA1(used.address, used.values as Grid);
    };
    const first: TemplateSnapshot = {
      sheets,
      names: names.items.map((n) => n.name),
      meta: grid(0),
      pengaturan: grid(1),
      katalog: grid(2),
      petunjuk: grid(3),
      bidang: {},
    };

    const toRead = bidangSheetsToRead(first, catalog, planOptions);
    const bidang: Record<string, SheetGrids> = {};
    if (toRead.length > 0) {
      const ranges = toRead.map((name) => {
        const used = worksheets.getItem(name).getUsedRangeOrNullObject(true);
        // Formulas hold the constants too; values would double the response (see SheetGrids).
        used.load("address,formulas");
        return used;
      });
      await context.sync();
      toRead.forEach((name, i) => {
        const used = ranges[i];
        bidang[name] =
          !used || used.isNullObject
            ? { formulas: [] }
            : { formulas: anchorAtA1(used.address, used.formulas as Grid) };
      });
    }

    const { plan, report } = planTemplate({ ...first, bidang }, catalog, planOptions);
    if (report.applied) {
      for (const part of splitWorkbookPlan(plan, options.maxBatchBytes ?? MAX_BATCH_BYTES)) {
        applyWorkbookPlan(context, part);
        await context.sync();
      }
    }
    return report;
  });
}

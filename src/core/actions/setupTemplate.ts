import type { Catalog } from "../catalog/catalogSchema";
import { defaultCatalog } from "../catalog/defaultCatalog";
import { bidangSheetsToRead, planTemplate, triwulanSheetsToRead } from "../template/planTemplate";
import type { TemplateReport } from "../template/TemplateReport";
import type { TemplateSnapshot } from "../template/TemplateSnapshot";
import { readOf, type WorkbookRead } from "../workbook/ReadSpec";
import { SHEET } from "../workbook/workbookLayout";
import type { SheetGrids } from "../workbook/WorkbookSnapshot";
import type { Action } from "./Action";

export interface SetupTemplateOptions {
  /** The catalog a new workbook starts with; Katalog IKU rules afterwards. */
  readonly catalog?: Catalog;
  /** The year "now" is, for the default tahun laporan; the clock's by default. */
  readonly currentYear?: number;
}

const FIXED_SHEETS: readonly string[] = [SHEET.meta, SHEET.pengaturan, SHEET.katalog, SHEET.petunjuk];

/**
 * What the template sees of a read: the fixed sheets' values, every other sheet read
 * (the Bidang sheets) as formulas. Formulas hold the constants too; reading values as
 * well would double a large sheet's response (see SheetGrids).
 */
function templateSnapshot(read: WorkbookRead): TemplateSnapshot {
  const values = (sheet: string) => readOf(read, sheet)?.values ?? null;
  const bidang: Record<string, SheetGrids> = {};
  for (const [name, grids] of Object.entries(read.grids)) {
    if (!FIXED_SHEETS.includes(name)) bidang[name] = { formulas: grids?.formulas ?? [] };
  }
  return {
    sheets: read.sheets,
    names: read.names,
    meta: values(SHEET.meta),
    pengaturan: values(SHEET.pengaturan),
    katalog: values(SHEET.katalog),
    petunjuk: values(SHEET.petunjuk),
    bidang,
  };
}

const planOptions = (o: SetupTemplateOptions) =>
  o.currentYear === undefined ? {} : { currentYear: o.currentYear };

/**
 * "Siapkan Template IKU". Reads (1) the sheet list, the names, IKU_Meta, Pengaturan,
 * Katalog IKU and Petunjuk, then (2) the Bidang sheets the catalog names and IKU_Meta
 * records (skipped when there is none yet), with the quarter sheets unless the workbook
 * is large, then (3, 4) the quarter sheets of a large one, and plans the whole template
 * (`planTemplate`): nothing is written when the run stops (a foreign Pengaturan, a newer
 * template).
 */
export const setupTemplate: Action<SetupTemplateOptions, TemplateReport> = {
  reads: [
    () => ({
      sheetList: true,
      names: true,
      sheets: FIXED_SHEETS.map((sheet) => ({ sheet, load: "values" as const })),
    }),
    (first, options) => ({
      sheets: bidangSheetsToRead(
        templateSnapshot(first),
        options.catalog ?? defaultCatalog,
        planOptions(options),
      ).map((sheet) => ({ sheet, load: "formulas" as const })),
    }),
    // The quarter sheets of a large workbook, in two round trips of their own (5 MB responses).
    ...([1, 2] as const).map((half) => (soFar: WorkbookRead, options: SetupTemplateOptions) => ({
      sheets: triwulanSheetsToRead(
        templateSnapshot(soFar),
        options.catalog ?? defaultCatalog,
        planOptions(options),
        half,
      ).map((sheet) => ({ sheet, load: "formulas" as const })),
    })),
  ],
  decide(read, options) {
    const { plan, report } = planTemplate(
      templateSnapshot(read),
      options.catalog ?? defaultCatalog,
      planOptions(options),
    );
    return { plan: report.applied ? plan : null, report };
  },
};

// The domain core's public surface. Pure TypeScript: no Office, Excel or DOM.
// Formulas and catalog, then the workbook layout and plans, then the three features built
// on them: the template ("Siapkan Template IKU"), validation and the LAKIP report.
export * from "./formulas/FormulaResult";
export { toQuantity } from "./formulas/toQuantity";
export { toExcelPrecision } from "./formulas/toExcelPrecision";
export { persen } from "./formulas/persen";
export { rasio } from "./formulas/rasio";
export { capaian, type CapaianOptions } from "./formulas/capaian";
export { parsePolaritas, POLARITAS_WORDS, type Polaritas } from "./formulas/Polaritas";
export { predikat } from "./formulas/predikat";
export { roundToDecimals } from "./formulas/roundToDecimals";
export { kriteria, KRITERIA, type Kriteria } from "./formulas/kriteria";
export {
  PERMENDAGRI_86_2017,
  parsePredikatScale,
  readPredikatScale,
  scaleProblemText,
  type PredikatBand,
  type PredikatScale,
  type ScaleProblem,
} from "./formulas/PredikatScale";
export * from "./catalog/catalogSchema";
export { parseCatalog, type CatalogIssue, type CatalogResult } from "./catalog/parseCatalog";
export {
  CATALOG_FIELDS,
  isCatalogList,
  type CatalogField,
  type CatalogList,
  type CatalogProblem,
  type CatalogProblemCode,
} from "./catalog/CatalogProblem";
export { defaultCatalog } from "./catalog/defaultCatalog";
export * from "./workbook/SheetPlan";
export * from "./workbook/workbookLayout";
export {
  anchorAtA1,
  cellAddress,
  cellAt,
  columnIndex,
  columnLetter,
  isBlank,
  parseRange,
  rangeAddress,
  readTextCell,
  type CellRect,
  type CellValue,
  type Grid,
} from "./workbook/a1";
export { textCell } from "./workbook/textCell";
export { sheetNamed } from "./workbook/sheetNamed";
export { estimatePlanBytes, MAX_BATCH_BYTES, splitWorkbookPlan } from "./workbook/splitWorkbookPlan";
export {
  isEmptySpec,
  mergeReads,
  NOTHING_READ,
  readOf,
  type CellLoad,
  type ColumnRead,
  type ReadGrids,
  type ReadSpec,
  type SheetRead,
  type WorkbookRead,
} from "./workbook/ReadSpec";
export {
  findSheet,
  shownGrid,
  type SheetGrids,
  type SheetInfo,
  type WorkbookSnapshot,
} from "./workbook/WorkbookSnapshot";
// The sheets every feature reads: IKU_Meta, Pengaturan, the Bidang sheets.
export * from "./sheets";
export { emptySnapshot, type TemplateSnapshot } from "./template/TemplateSnapshot";
export type { SheetIssue, TemplateEvent, TemplateEventKind, TemplateReport } from "./template/TemplateReport";
export { changesSince, TEMPLATE_CHANGES, type TemplateChange } from "./template/TEMPLATE_CHANGES";
export {
  readCatalogFromSheet,
  type CatalogFromSheet,
  type CatalogSettings,
} from "./template/readCatalogFromSheet";
export {
  bidangSheetsToRead,
  planTemplate,
  type TemplateOptions,
  type TemplateResult,
} from "./template/planTemplate";
export { catalogToGrid } from "./template/planKatalogSheet";
// Each feature folder's index lists its own surface; a name exported twice fails to compile.
export * from "./validation";
export * from "./lakip";
// Every problem above, worded: one catalogue per language.
export * from "./messages";
// The user actions built on all of the above: read spec, decision, plan and report.
export * from "./actions";

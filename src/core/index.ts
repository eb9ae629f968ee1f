// The domain core's surface for its shells (src/excel, src/taskpane, a command line): what
// they import from "../core". Pure TypeScript: no Office, Excel or DOM. Inside the core,
// and in tests, modules import each other directly; a name joins this list when a shell
// needs it (knip, in `npm run lint`, reports one no shell uses).
export * from "./formulas/FormulaResult";
export { persen } from "./formulas/persen";
export { rasio } from "./formulas/rasio";
export { capaian } from "./formulas/capaian";
export { predikat } from "./formulas/predikat";
export { kriteriaOf } from "./formulas/kriteria";
export { toExcelPrecision } from "./formulas/toExcelPrecision";
export { roundToDecimals } from "./formulas/roundToDecimals";
export { parsePolaritas } from "./formulas/Polaritas";
export { parsePredikatScale } from "./formulas/PredikatScale";
export * from "./catalog/catalogSchema";
export { defaultCatalog } from "./catalog/defaultCatalog";
export { parseCatalog } from "./catalog/parseCatalog";
export { readCatalogFromSheet } from "./template/readCatalogFromSheet";
export { readPengaturan } from "./sheets/readPengaturan";
export * from "./workbook/SheetPlan";
export * from "./workbook/workbookLayout";
export type { Triwulan } from "./workbook/triwulanLayout";
export {
  anchorAtA1,
  cellAddress,
  columnIndex,
  columnLetter,
  parseRange,
  rangeAddress,
  type CellRect,
  type CellValue,
  type Grid,
} from "./workbook/a1";
export { sheetNamed } from "./workbook/sheetNamed";
export { heldBackClears } from "./workbook/heldBackClears";
export { MAX_BATCH_BYTES } from "./workbook/MAX_BATCH_BYTES";
export { splitWorkbookPlan } from "./workbook/splitWorkbookPlan";
export {
  readOf,
  type CellLoad,
  type ReadGrids,
  type ReadSpec,
  type SheetRead,
  type WorkbookRead,
} from "./workbook/ReadSpec";
export type { SheetInfo } from "./workbook/WorkbookSnapshot";
export type { SheetIssue, TemplateReport } from "./template/TemplateReport";
// Each feature folder's index lists its own surface; a name exported twice fails to compile.
export * from "./validation";
// Every problem above, worded: one catalogue per language.
export * from "./messages";
// The user actions built on all of the above: read spec, decision, plan and report.
export * from "./actions";
export * from "./konsolidasi";

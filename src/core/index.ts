// The domain core's surface for its shells (src/excel, src/taskpane, a command line): what
// they import from "../core". Pure TypeScript: no Office, Excel or DOM. Inside the core,
// and in tests, modules import each other directly; a name joins this list when a shell
// needs it (knip, in `npm run lint`, reports one no shell uses).
export * from "./formulas/FormulaResult";
export { persen } from "./formulas/persen";
export { rasio } from "./formulas/rasio";
export { capaian } from "./formulas/capaian";
export { predikat } from "./formulas/predikat";
export * from "./catalog/catalogSchema";
export * from "./workbook/SheetPlan";
export * from "./workbook/workbookLayout";
export { anchorAtA1, columnLetter, parseRange, rangeAddress, type CellValue, type Grid } from "./workbook/a1";
export { MAX_BATCH_BYTES, splitWorkbookPlan } from "./workbook/splitWorkbookPlan";
export { type ReadGrids, type ReadSpec, type SheetRead, type WorkbookRead } from "./workbook/ReadSpec";
export type { SheetInfo } from "./workbook/WorkbookSnapshot";
export type { TemplateReport } from "./template/TemplateReport";
// Each feature folder's index lists its own surface; a name exported twice fails to compile.
export * from "./validation";
// Every problem above, worded: one catalogue per language.
export * from "./messages";
// The user actions built on all of the above: read spec, decision, plan and report.
export * from "./actions";

// Validation of an IKU workbook and the cleaned data the LAKIP report is built from.
export type {
  FigureColumn,
  IssueOf,
  PeriodeSetting,
  Severity,
  TargetColumn,
  ValidationIssue,
  ValidationIssueCode,
} from "./ValidationIssue";
export { sortIssues } from "./ValidationIssue";
export { readNumericCell, numericCellSchema, type NumericCell } from "./readNumericCell";
export { validatePengaturan, type Pengaturan } from "./validatePengaturan";
export { validateKatalog } from "./validateKatalog";
export { readBidangRows, type BidangInputRow, type BidangRows } from "./readBidangRows";
export { sheetMissing } from "./sheetMissing";
export { evaluateRow } from "./evaluateRow";
export { isDateFormat } from "./isDateFormat";
export {
  validateWorkbook,
  readSettingsAndCatalog,
  bidangSheetNames,
  type WorkbookValidation,
} from "./validateWorkbook";

/*
 * @iku-lakip/excel-host: a development Excel. The Excel JavaScript API subset an add-in
 * uses, in memory, with formulas computed by HyperFormula. For tests, benchmarks and the
 * browser preview; it never ships in the add-in.
 *
 *   const workbook = new Workbook({ customFunctions: { namespace: "IKU", functions } });
 *   workbook.installGlobals();               // Excel, OfficeExtension, CustomFunctions
 *   await workbook.run(async (context) => { ... await context.sync(); });
 *   workbook.read("Sheet1", "A1:B2");        // values, formulas, text, errors
 */
export {
  Workbook,
  EXCEL_ONLINE_PAYLOAD_LIMIT,
  type WorkbookOptions,
  type CustomFunctionsOptions,
  type SyncStats,
  type RangeSnapshot,
  type CellFormatSnapshot,
  type NameSnapshot,
} from "./Workbook";
export type { SheetSnapshot } from "./sheetSnapshot";
export type { RequestContext } from "./RequestContext";
export { HostError, ErrorCode } from "./errors";
export type { FaultPlan, SyncFailure } from "./faults";
export { CustomFunctionsError, CustomFunctionsErrorCode } from "./engine/CustomFunctionsError";
export type { ExcelValue, CellError } from "./engine/HyperFormulaEngine";
export type { ResolvedCellFormat } from "./model/FormatTable";
export type { ChangeEvent, ChangeListener, WorksheetEventArgs } from "./model/WorkbookEvents";
export { formatValue } from "./numberFormat";
export { parseAddress, formatAddress, columnToLetters, lettersToColumn, type Rect } from "./address";

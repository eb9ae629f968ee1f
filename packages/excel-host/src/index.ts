/*
 * The development workbook host: the Excel JavaScript API subset the add-in uses, in
 * memory, with formulas computed by HyperFormula. For tests, benchmarks and the
 * browser preview only; production code never imports this.
 *
 *   const workbook = new Workbook();
 *   workbook.installGlobals();               // Excel, OfficeExtension, CustomFunctions
 *   workbook.registerCustomFunctions(fns);   // =IKU.PERSEN(...) etc.
 *   await Excel.run(async (context) => { ... await context.sync(); });
 */
export {
  Workbook,
  EXCEL_ONLINE_PAYLOAD_LIMIT,
  type WorkbookOptions,
  type SyncStats,
  type RangeSnapshot,
  type CellFormatSnapshot,
  type SheetSnapshot,
  type NameSnapshot,
} from "./Workbook";
export { RequestContext } from "./RequestContext";
export { ClientObject, ClientCollection, ClientResult, type LoadOption } from "./ClientObject";
export { HostError, HostError as OfficeExtensionError, ErrorCode, type DebugInfo } from "./errors";
export {
  CustomFunctionsError,
  CustomFunctionsErrorCode,
  type RegisterOptions,
  type CustomFunction,
} from "./customFunctions";
export type { ExcelValue, CellError, ChangeEvent, ChangeListener } from "./WorkbookModel";
export type { ResolvedCellFormat } from "./SheetModel";
export type { WorksheetEventArgs, EventHandler } from "./events";
export { WorkbookProxy } from "./WorkbookProxy";
export { WorksheetCollectionProxy } from "./WorksheetCollectionProxy";
export { WorksheetProxy } from "./WorksheetProxy";
export { RangeProxy } from "./RangeProxy";
export { formatValue } from "./numberFormat";
export { parseAddress, formatAddress, columnToLetters, lettersToColumn, type Rect } from "./address";
export * as ExcelEnums from "./enums";

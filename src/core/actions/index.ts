// The user actions: each a read in phases and one pure decision (see Action).
export type { Action, ActionStep } from "./Action";
export { performAction, type WriteResult } from "./performAction";
export type { ActionOutcome, FailureCode, WriteProblem } from "./ActionOutcome";
export { setupTemplate, type Adoption } from "./setupTemplate";
export { validate } from "./validate";
export { generateLakip } from "./generateLakip";
export { generateMonev } from "./generateMonev";
export type { ReportSheetBlocked } from "./ReportSheetBlocked";
export type { ReportSheetWritten } from "./ReportSheetWritten";

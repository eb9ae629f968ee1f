// Validation of an IKU workbook: its issues, as the shells list them.
export type { ValidationIssue } from "./ValidationIssue";

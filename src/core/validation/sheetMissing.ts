import type { ValidationIssue } from "./ValidationIssue";

/** The galat for a fixed sheet (Pengaturan, Katalog IKU) that is not in the workbook. */
export function sheetMissing(sheet: string): ValidationIssue {
  return {
    code: "sheetMissing",
    severity: "galat",
    sheet,
    address: "",
    params: { lembar: sheet },
  };
}

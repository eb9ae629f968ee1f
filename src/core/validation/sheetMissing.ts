import type { ValidationIssue } from "./ValidationIssue";

/** The galat for a fixed sheet (Pengaturan, Katalog IKU) that is not in the workbook. */
export function sheetMissing(sheet: string): ValidationIssue {
  return {
    code: "sheetMissing",
    severity: "galat",
    sheet,
    address: "",
    message: `Lembar "${sheet}" tidak ditemukan; mungkin terhapus atau berganti nama. Jalankan Siapkan Template IKU untuk membuatnya kembali.`,
    params: { lembar: sheet },
  };
}

import type { Catalog } from "../catalog/catalogSchema";
import { readCatalogFromSheet } from "../template/readCatalogFromSheet";
import type { Grid } from "../workbook/a1";
import { SHEET } from "../workbook/workbookLayout";
import { sheetMissing } from "./sheetMissing";
import type { ValidationIssue } from "./ValidationIssue";

/**
 * Reads Katalog IKU with the template's reader (the same one "Siapkan Template IKU"
 * uses, so both agree on what the catalog says) and turns its issues into validation
 * issues: every one a galat, since a catalog that does not parse gives no report.
 *
 * Instansi and periode live in Pengaturan; the caller passes a usable stand-in when
 * those cells are broken, as validatePengaturan has already reported them.
 */
export function validateKatalog(
  grid: Grid | null,
  context: { readonly instansi: string; readonly periode: { readonly awal: number; readonly akhir: number } },
): { catalog: Catalog | null; issues: ValidationIssue[] } {
  const sheet = SHEET.katalog;
  if (!grid) return { catalog: null, issues: [sheetMissing(sheet)] };
  const result = readCatalogFromSheet(grid, {
    instansi: context.instansi === "" ? "(belum diisi)" : context.instansi,
    tahunAwal: context.periode.awal,
    tahunAkhir: context.periode.akhir,
  });
  if (result.success) return { catalog: result.data, issues: [] };
  return {
    catalog: null,
    issues: result.issues.map((issue) => ({
      code: "katalog",
      severity: "galat",
      sheet: issue.sheet,
      address: issue.address,
      params: { masalah: issue.problem, ...(issue.field === "" ? {} : { kolom: issue.field }) },
    })),
  };
}

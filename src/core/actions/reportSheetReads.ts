import { readOf, type ReadSpec, type WorkbookRead } from "../workbook/ReadSpec";
import { sheetNamed } from "../workbook/sheetNamed";
import { SHEET } from "../workbook/workbookLayout";
import {
  bidangRead,
  elsewhereKodeRead,
  elsewhereRead,
  firstRead,
  settingsAndCatalog,
  triwulanRead,
} from "./validate";

/** The name `wanted` has in the workbook (Excel's names are case-blind), if it is there. */
export function existingSheet(read: WorkbookRead, wanted: string): string | undefined {
  return sheetNamed(
    read.sheets.map((s) => s.name),
    wanted,
  );
}

/**
 * The read phases of an action that writes one report sheet (the LAKIP, the Monev, the PK): what
 * Validasi reads (the sheet list, Pengaturan, Katalog IKU; the Bidang sheets, moved ones
 * found by their headings and codes; the quarter sheets), plus IKU_Meta, the existing
 * sheet of the report's name (to tell an unchanged report from an edited one), and
 * Petunjuk's titles when IKU_Meta is missing (the plan rebuilds it, recording Petunjuk
 * by its title). `reportName` is the sheet's name from the first read, `null` when there
 * is no report to make (no catalog, no year): then its sheet need not be read either.
 */
export function reportSheetReads<Options>(
  reportName: (first: WorkbookRead, options: Options) => string | null,
): readonly ((soFar: WorkbookRead, options: Options) => ReadSpec | null)[] {
  return [
    () => firstRead([SHEET.meta]),
    (first, options) => {
      const { catalog } = settingsAndCatalog(first);
      const name = catalog === null ? null : reportName(first, options);
      const existing = name === null ? undefined : existingSheet(first, name);
      const petunjuk =
        readOf(first, SHEET.meta) === null && existingSheet(first, SHEET.petunjuk) !== undefined
          ? [{ sheet: SHEET.petunjuk, columns: [{ columns: "A:A", load: "values" as const }] }]
          : [];
      return {
        sheets: [
          ...bidangRead(first, catalog),
          ...(existing === undefined ? [] : [{ sheet: existing }]),
          ...petunjuk,
        ],
      };
    },
    (soFar) => elsewhereRead(soFar),
    (soFar) => elsewhereKodeRead(soFar),
    (soFar) => ({ sheets: triwulanRead(soFar, settingsAndCatalog(soFar).catalog) }),
  ];
}

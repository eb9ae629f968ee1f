import type { Bidang } from "../catalog/catalogSchema";
import { cellAt, columnIndex, readTextCell, type Grid } from "../workbook/a1";
import { KATALOG, SHEET } from "../workbook/workbookLayout";
import type { ValidationIssue } from "./ValidationIssue";

/**
 * The galat for a fixed sheet (Pengaturan, Katalog IKU) that is not in the workbook. No
 * cell in the workbook names these sheets (the template makes them under fixed names), so
 * this is the one issue about the workbook as a whole: `address` is "" and `sheet` is the
 * missing sheet. The task pane lists it without a cell to select.
 */
export function sheetMissing(sheet: string): ValidationIssue {
  return {
    code: "sheetMissing",
    severity: "galat",
    sheet,
    address: "",
    params: { lembar: sheet },
  };
}

/**
 * The galat for a Bidang sheet the catalog names that is not in the workbook. It points at
 * the cell that names it, the Bidang's Lembar in Katalog IKU: staff who renamed the sheet
 * on purpose fix that cell, the others rename the sheet back. The missing name stays in
 * the params.
 */
export function bidangSheetMissing(bidang: Bidang, katalog: Grid): ValidationIssue {
  return {
    code: "sheetMissing",
    severity: "galat",
    sheet: SHEET.katalog,
    address: katalogLembarCell(katalog, bidang.kode),
    params: { lembar: bidang.lembar, bidang: bidang.kode, namaBidang: bidang.nama },
  };
}

/** The Lembar cell of a Bidang's row in Katalog IKU (the column's header if the row is not found). */
function katalogLembarCell(katalog: Grid, bidangKode: string): string {
  const { kode, lembar } = KATALOG.bidang;
  const kodeCol = columnIndex(kode.col);
  for (let r = KATALOG.firstDataRow - 1; r < katalog.length; r++) {
    // Read as the catalog reader reads a kode: trimmed text, a number as its digits.
    if (readTextCell(cellAt(katalog, r, kodeCol)) === bidangKode) return `${lembar.col}${r + 1}`;
  }
  return `${lembar.col}${KATALOG.headerRow}`;
}

import { findHeaderRow } from "../sheets/readBidangSheet";
import { cellAt, columnIndex, type Grid } from "../workbook/a1";
import { KATALOG, KATALOG_TITLE, PENGATURAN, PETUNJUK_TITLE } from "../workbook/workbookLayout";

/**
 * Whether a sheet bears the headers of the add-in's sheet of each role: how the template
 * (and a report that has to make IKU_Meta again) knows its own sheets when IKU_Meta is
 * gone. Its own module, so the report's chunk does not carry the template planner.
 */
export const looksLikeTemplateSheet = {
  petunjuk: (g: Grid) => cellAt(g, 0, 0) === PETUNJUK_TITLE,
  pengaturan: (g: Grid) =>
    cellAt(g, PENGATURAN.settings.instansi.row - 1, 0) === PENGATURAN.settings.instansi.label,
  katalog: (g: Grid) =>
    cellAt(g, 0, 0) === KATALOG_TITLE ||
    (cellAt(g, KATALOG.headerRow - 1, 0) === KATALOG.indikator.kode.header &&
      cellAt(g, KATALOG.headerRow - 1, columnIndex(KATALOG.indikator.indikator.col)) ===
        KATALOG.indikator.indikator.header),
  bidang: (g: Grid) => findHeaderRow(g) !== null,
} as const;

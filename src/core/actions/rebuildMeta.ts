import type { Catalog } from "../catalog/catalogSchema";
import { bidangRole, triwulanRole, type MetaSheetRecord } from "../sheets/ikuMeta";
import { findTriwulanHeaderRow } from "../sheets/readTriwulanSheet";
import { TRIWULAN_LIST, triwulanSheetName } from "../workbook/triwulanLayout";
import { looksLikeTemplateSheet } from "../template/looksLikeTemplateSheet";
import type { Grid } from "../workbook/a1";
import { readOf, type WorkbookRead } from "../workbook/ReadSpec";
import { SHEET } from "../workbook/workbookLayout";

/**
 * The template's sheets a read shows, recognised by their headers as the template itself
 * recognises them when IKU_Meta is gone: what a report records when it has to make
 * IKU_Meta again (`planReportRecord`), so the template still knows its own sheets.
 */
export function recogniseTemplateSheets(read: WorkbookRead, catalog: Catalog | null): MetaSheetRecord[] {
  const records: MetaSheetRecord[] = [];
  const record = (name: string, role: string, looks: (g: Grid) => boolean) => {
    const sheet = read.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const grid = readOf(read, name);
    const shown = grid?.values ?? grid?.formulas;
    if (!sheet || !shown || !looks(shown)) return;
    records.push({ name: sheet.name, role, ...(sheet.id === undefined ? {} : { id: sheet.id }) });
  };
  record(SHEET.petunjuk, "petunjuk", looksLikeTemplateSheet.petunjuk);
  record(SHEET.pengaturan, "pengaturan", looksLikeTemplateSheet.pengaturan);
  record(SHEET.katalog, "katalog", looksLikeTemplateSheet.katalog);
  record(SHEET.anggaran, "anggaran", looksLikeTemplateSheet.anggaran);
  for (const b of catalog?.bidang ?? []) record(b.lembar, bidangRole(b.kode), looksLikeTemplateSheet.bidang);
  for (const tw of TRIWULAN_LIST)
    record(triwulanSheetName(tw), triwulanRole(tw), (g) => findTriwulanHeaderRow(g) !== null);
  return records;
}

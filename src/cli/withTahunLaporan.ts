import { columnIndex, PENGATURAN, SHEET, sheetNamed, type CellValue, type WorkbookRead } from "../core";

/**
 * The command line's `--tahun` for `validasi`, `lakip` and `konsolidasi`: the tahun laporan
 * of this run, in place of the one typed in Pengaturan (a city consolidation asks every
 * agency for the same year). It is a change to what the shell read, not to the workbook:
 * the action sees Pengaturan's Tahun laporan cell holding `tahun` (and so validates that
 * year, and finds and names that year's report), and nothing writes it back. A read
 * without Pengaturan's values, or of a workbook without Pengaturan, is left as it is (the
 * action reports the missing sheet).
 */
export function withTahunLaporan(read: WorkbookRead, tahun: number | undefined): WorkbookRead {
  if (tahun === undefined) return read;
  const key = sheetNamed(Object.keys(read.grids), SHEET.pengaturan);
  const grids = key === undefined ? undefined : read.grids[key];
  if (key === undefined || !grids?.values) return read;
  const r = PENGATURAN.settings.tahunLaporan.row - 1;
  const c = columnIndex(PENGATURAN.valueCol);
  // Copied row by row: the read's rows may be shared (rows above a used range are one `[]`).
  const values = grids.values.map((row) => [...row]);
  while (values.length <= r) values.push([]);
  const row = values[r] as CellValue[];
  while (row.length <= c) row.push("");
  row[c] = tahun;
  return { ...read, grids: { ...read.grids, [key]: { ...grids, values } } };
}

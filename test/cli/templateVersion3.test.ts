import { join } from "path";
import type { CliIo } from "../../src/cli/CliIo";
import { main } from "../../src/cli/main";
import { defaultCatalog } from "../../src/core/catalog/defaultCatalog";
import { columnIndex } from "../../src/core/workbook/a1";
import { TRIWULAN, TRIWULAN_INPUT_COLUMNS } from "../../src/core/workbook/triwulanLayout";
import {
  BIDANG,
  BIDANG_INPUT_COLUMNS,
  KATALOG,
  PENGATURAN,
  SHEET,
  TEMPLATE_VERSION,
} from "../../src/core/workbook/workbookLayout";
import { fillCachedValues } from "../../src/xlsx/cachedValues";
import { XlsxWorkbook } from "../../src/xlsx/XlsxWorkbook";
import type { StoredWorkbook } from "../fixtures/v1/restoreWorkbook";
import { WORKBOOK_V3 } from "../fixtures/v3/WORKBOOK_V3";
import { removeTempDirs, saveTo, tempDir } from "../xlsx/xlsxFixtures";

afterAll(removeTempDirs);

type Grid = readonly (readonly unknown[])[];

/**
 * A stored workbook as an .xlsx file, the way Excel would have saved it: its sheets in
 * order with their cells (formulas with their results), visibility, protection (no
 * password) and names.
 */
async function storedAsXlsx(stored: StoredWorkbook, path: string): Promise<string> {
  const book = XlsxWorkbook.empty();
  for (const s of stored.sheets) {
    const sheet = book.workbook.addWorksheet(s.name, {
      state: s.visibility === "Hidden" ? "hidden" : s.visibility === "VeryHidden" ? "veryHidden" : "visible",
    });
    s.formulas.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === "" || v === null || v === undefined) return;
        const cell = sheet.getCell(r + 1, c + 1);
        if (typeof v === "string" && v.startsWith("=")) cell.value = { formula: v.slice(1) };
        else if (typeof v === "string" && v.startsWith("'=")) cell.value = v.slice(1);
        else cell.value = v as string | number | boolean;
      }),
    );
    if (s.protection.protected) await sheet.protect("", {});
  }
  for (const n of stored.names) book.workbook.definedNames.add(n.formula.replace(/^=/, ""), n.name);
  fillCachedValues(book.workbook, book.sheetNames());
  return saveTo(book, path);
}

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    interactive: false,
    now: () => new Date(2025, 0, 6),
  };
  return { code: await main(args, io), out, err };
}

/** Every input of a sheet's data rows by (Kode, Tahun), blanks as "". */
function inputsOf(
  grid: Grid,
  firstDataRow: number,
  cols: readonly { col: string }[],
): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const row of grid.slice(firstDataRow - 1)) {
    if (row[0] === "" || row[0] === null || row[0] === undefined) continue;
    out.set(
      JSON.stringify([row[0], row[3]]),
      cols.map((c) => row[columnIndex(c.col)] ?? ""),
    );
  }
  return out;
}
const stored = (name: string): Grid => WORKBOOK_V3.sheets.find((s) => s.name === name)?.formulas ?? [];
const blankAsEmpty = (grid: Grid | null): Grid => (grid ?? []).map((r) => r.map((v) => v ?? ""));

describe("iku-lakip template on a copy of a version-3 workbook", () => {
  it("upgrades the copy to version 4, says so, and keeps every typed value; the original is untouched", async () => {
    const dir = tempDir();
    const input = await storedAsXlsx(WORKBOOK_V3, join(dir, "IKU-v3.xlsx"));
    const out = join(dir, "IKU-v4.xlsx");
    const r = await run(["template", "--out", out, input]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe(
      `Template diperbarui dari versi 3 ke versi ${TEMPLATE_VERSION}; semua isian dipertahankan di baris dan kolomnya yang baru.`,
    );
    expect(r.out.at(-1)).toContain(`Ditulis ke ${out}.`);

    const book = await XlsxWorkbook.readFile(out);
    const grid = (name: string) => blankAsEmpty(book.usedGrid(name, "formulas"));
    expect(grid(SHEET.meta)[0]?.slice(0, 2)).toEqual(["versi_template", TEMPLATE_VERSION]);
    expect(book.sheetNames()).toEqual(expect.arrayContaining([SHEET.anggaran, ...TRIWULAN.sheets]));
    const bidangCols = BIDANG_INPUT_COLUMNS.map((k) => BIDANG.columns[k]);
    for (const b of defaultCatalog.bidang)
      expect([b.lembar, inputsOf(grid(b.lembar), BIDANG.firstDataRow, bidangCols)]).toEqual([
        b.lembar,
        inputsOf(stored(b.lembar), BIDANG.firstDataRow, bidangCols),
      ]);
    const twCols = TRIWULAN_INPUT_COLUMNS.map((k) => TRIWULAN.columns[k]);
    for (const name of TRIWULAN.sheets) {
      const after = inputsOf(grid(name), TRIWULAN.firstDataRow, twCols);
      expect(after.size).toBe(17 * 5);
      expect([name, after]).toEqual([name, inputsOf(stored(name), TRIWULAN.firstDataRow, twCols)]);
    }
    // Katalog IKU's A:L as typed (Sifat Target kumulatif for two), M:N new.
    const katalog = grid(SHEET.katalog);
    const before = stored(SHEET.katalog);
    for (let row = KATALOG.firstDataRow - 1; row < KATALOG.firstDataRow - 1 + 17; row++)
      expect([row, katalog[row]?.slice(0, 12)]).toEqual([row, before[row]?.slice(0, 12)]);
    expect(katalog[KATALOG.headerRow - 1]?.slice(12, 14)).toEqual([
      KATALOG.indikator.standarNasional.header,
      KATALOG.indikator.sumberStandar.header,
    ]);
    // Pengaturan: the eight typed settings, then the five new ones.
    const p = grid(SHEET.pengaturan);
    expect(p.slice(2, 10).map((x) => x[1])).toEqual(
      stored(SHEET.pengaturan)
        .slice(2, 10)
        .map((x) => x[1]),
    );
    expect(p[PENGATURAN.settings.tempat.row - 1]?.slice(0, 2)).toEqual([
      PENGATURAN.settings.tempat.label,
      "Bontang",
    ]);
    // The reports as they were.
    for (const name of ["LAKIP 2024", "Monev TW 2 2024"]) expect(book.sheetNames()).toContain(name);

    // The original file still reads as version 3.
    const original = await XlsxWorkbook.readFile(input);
    expect(original.sheetNames()).not.toContain(SHEET.anggaran);
    expect(blankAsEmpty(original.usedGrid(SHEET.meta, "formulas"))[0]?.slice(0, 2)).toEqual([
      "versi_template",
      3,
    ]);
  });
});

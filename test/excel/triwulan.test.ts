import { generateLakip } from "../../src/core/actions/generateLakip";
import { validate } from "../../src/core/actions/validate";
import { formatIssue } from "../../src/core/messages/formatIssue";
import { runReport } from "../support/runReport";
import { BIDANG } from "../../src/core/workbook/workbookLayout";
import { TRIWULAN } from "../../src/core/workbook/triwulanLayout";
import { LakipWorkbook } from "./lakipWorkbook";
import { KUMULATIF_CATALOG, typeQuarter } from "./triwulanWorkbook";

const NOW = new Date(2025, 0, 6, 8, 15);
const T = TRIWULAN.columns;
const B = BIDANG.columns;

/** The pengukuran row of an indicator on "LAKIP 2024": its Realisasi and Capaian (%). */
function pengukuran(book: LakipWorkbook, nama: string): { realisasi: unknown; capaian: unknown } {
  const grid = book.workbook.read("LAKIP 2024", "A1:P60").values;
  const header = grid[7] ?? [];
  const row = grid.find((r) => r.includes(nama)) ?? [];
  return {
    realisasi: row[header.indexOf("Realisasi")],
    capaian: row[header.indexOf("Capaian (%)")],
  };
}

describe("quarters on TW 1 … TW 4 give the year's realisasi (tahun laporan 2024; Bidang sheets typed: persen 45/50, jumlah 7, targets persen 80, jumlah 10)", () => {
  let book: LakipWorkbook;
  beforeEach(async () => {
    book = await new LakipWorkbook(KUMULATIF_CATALOG).setUp();
  });
  afterEach(() => book.tearDown());

  it("kumulatif (IKU-13 Jumlah LPM) sums its quarters; the typed annual 7 disagrees with 9 and is named with its cell; the LAKIP prints 9", async () => {
    // TW 1 … TW 4: 2 + 3 + 0 + 4 = 9 (a typed 0 is a value: nothing added).
    for (const [tw, p] of [
      [1, 2],
      [2, 3],
      [3, 0],
      [4, 4],
    ] as const)
      typeQuarter(book, tw, "IKU-13", 2024, { target: 3, pembilang: p });
    const result = await runReport(validate, {}, book.run);
    const pmRow = book.rowOf("PM", "IKU-13", 2024);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "tahunanBerbeda",
        severity: "peringatan",
        sheet: "PM",
        address: `${B.pembilang.col}${pmRow}`,
        params: {
          kode: "IKU-13",
          tahun: 2024,
          kolom: "pembilang",
          tahunan: 7,
          dariTriwulan: 9,
          dari: [1, 2, 3, 4],
        },
      }),
    ]);
    expect(formatIssue(result.issues[0]!)).toContain(
      `(${B.pembilang.col}${pmRow}: 7) berbeda dengan hasil TW 1, TW 2, TW 3, TW 4 (9)`,
    );
    await runReport(generateLakip, { generatedAt: NOW }, book.run);
    // Realisasi 9 against the target 10: capaian 9 / 10 × 100 = 90.
    expect(pengukuran(book, "Jumlah LPM")).toEqual({ realisasi: 9, capaian: 90 });
  });

  it("akhir (IKU-02, persen) takes its last quarter: 46/50 = 92, capaian 92 / 80 × 100 = 115; a quarter going backwards is an informative peringatan", async () => {
    // 40/50 = 80, 42/50 = 84, 41/50 = 82 (a drop from 84), 46/50 = 92.
    const rows = [40, 42, 41, 46].map((p, i) =>
      typeQuarter(book, (i + 1) as 1 | 2 | 3 | 4, "IKU-02", 2024, { target: 80, pembilang: p, penyebut: 50 }),
    );
    const result = await runReport(validate, {}, book.run);
    expect(result.galat).toBe(0);
    expect(result.issues.map((i) => [i.code, i.sheet, i.address])).toEqual([
      ["tahunanBerbeda", "Rehsos", `${B.pembilang.col}${book.rowOf("Rehsos", "IKU-02", 2024)}`],
      ["triwulanTurun", "TW 3", `${T.pembilang.col}${rows[2]}`],
    ]);
    expect(result.issues[1]?.params).toEqual({
      kode: "IKU-02",
      tahun: 2024,
      triwulan: 3,
      sebelumnya: 2,
      nilaiSebelumnya: 84,
      nilai: 82,
    });
    await runReport(generateLakip, { generatedAt: NOW }, book.run);
    expect(pengukuran(book, "Persentase PPKS yang memperoleh bantuan sosial")).toEqual({
      realisasi: 92,
      capaian: 115,
    });
  });

  it("a partly filled year (TW 1, TW 2) stands at TW 2 for akhir; a quarter skipped is a peringatan; where only the annual figure exists it is used as before", async () => {
    // IKU-03: TW 1 blank, TW 2 30/40 = 75 → the year is 75, capaian 75 / 80 × 100 = 93.75.
    const row = typeQuarter(book, 2, "IKU-03", 2024, { pembilang: 30, penyebut: 40 });
    // The Bidang row's annual figures are cleared: the quarters alone give the year.
    const bRow = book.rowOf("Rehsos", "IKU-03", 2024);
    book.workbook.write("Rehsos", `${B.pembilang.col}${bRow}:${B.penyebut.col}${bRow}`, [["", ""]]);
    const result = await runReport(validate, {}, book.run);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "triwulanGap",
        severity: "peringatan",
        sheet: "TW 2",
        address: `${T.pembilang.col}${row}`,
        params: { kode: "IKU-03", tahun: 2024, triwulan: 2, kosong: 1 },
      }),
    ]);
    await runReport(generateLakip, { generatedAt: NOW }, book.run);
    expect(pengukuran(book, "Penanganan Pemerlu Pelayanan Kesejahteraan Sosial (persentase)")).toEqual({
      realisasi: 75,
      capaian: 93.75,
    });
    // IKU-04 has no quarters: 45/50 = 90 as typed, capaian 90 / 80 × 100 = 112.5.
    expect(pengukuran(book, "Persentase Potensi Sumber Kesejahteraan Sosial (PSKS) yang aktif")).toEqual({
      realisasi: 90,
      capaian: 112.5,
    });
  });

  it("text, a negative number or an Excel error in a quarter cell: a galat in the tahun laporan (nothing written), a peringatan in another year", async () => {
    typeQuarter(book, 1, "IKU-02", 2024, { target: "delapan puluh", pembilang: 40, penyebut: 50 });
    const neg = typeQuarter(book, 2, "IKU-02", 2023, { pembilang: -1, penyebut: 50 });
    const err = typeQuarter(book, 1, "IKU-05", 2024, { pembilang: "#N/A", penyebut: 50 });
    const result = await runReport(validate, {}, book.run);
    const quarterIssues = result.issues.filter((i) => i.code === "triwulanInvalid");
    expect(quarterIssues.map((i) => [i.severity, i.sheet, i.address, i.params])).toEqual([
      [
        "galat",
        "TW 1",
        `${T.target.col}${book.rowOf("TW 1", "IKU-02", 2024)}`,
        expect.objectContaining({ masalah: "teks", nilai: "delapan puluh" }),
      ],
      [
        "galat",
        "TW 1",
        `${T.pembilang.col}${err}`,
        expect.objectContaining({ masalah: "galatExcel", nilai: "#N/A" }),
      ],
      [
        "peringatan",
        "TW 2",
        `${T.pembilang.col}${neg}`,
        expect.objectContaining({ masalah: "negatif", nilai: "-1" }),
      ],
    ]);
    const sheets = book.workbook.sheetNames();
    const lakip = await runReport(generateLakip, { generatedAt: NOW }, book.run);
    expect(lakip.status).toBe("blocked");
    expect(book.workbook.sheetNames()).toEqual(sheets);
  });

  it("a quarter realisasi without a quarter target, once the year's quarter targets are in use, is a peringatan at the target cell", async () => {
    typeQuarter(book, 1, "IKU-02", 2024, { target: 80, pembilang: 45, penyebut: 50 });
    const row = typeQuarter(book, 1, "IKU-04", 2024, { pembilang: 45, penyebut: 50 });
    const result = await runReport(validate, {}, book.run);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "triwulanTargetMissing",
        sheet: "TW 1",
        address: `${T.target.col}${row}`,
        params: { kode: "IKU-04", tahun: 2024, triwulan: 1 },
      }),
    ]);
  });

  it("validates in two syncs with the quarter sheets read in the second", async () => {
    typeQuarter(book, 1, "IKU-02", 2024, { pembilang: 45, penyebut: 50 });
    book.workbook.resetStats();
    await runReport(validate, {}, book.run);
    expect(book.workbook.stats().syncs).toBe(2);
  });
});

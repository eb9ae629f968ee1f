import { generateMonev } from "../../src/core/actions/generateMonev";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import { ANGGARAN } from "../../src/core/workbook/anggaranLayout";
import { SHEET } from "../../src/core/workbook/workbookLayout";
import { runReport } from "../support/runReport";
import { LakipWorkbook, type Figures } from "./lakipWorkbook";
import { KUMULATIF_CATALOG } from "./triwulanWorkbook";

const NOW = new Date(2025, 6, 10, 9, 30);

/** Targets every year; realisasi 2022–2024 (the K side is issue 11's golden test's). */
const figures: Figures = (_kode, tahun, jenis) => {
  const target = jenis === "persen" ? 80 : jenis === "jumlah" ? 10 : 2;
  if (tahun > 2024) return [target, "", ""];
  if (jenis === "persen") return [target, 45, 50];
  if (jenis === "jumlah") return [target, 7, ""];
  return [target, 30, 12];
};

/**
 * The budget typed on the Anggaran sheet, A:G then L:O (Realisasi TW I … IV), from row 5.
 * Program rows leave Pagu, Realisasi and the quarters to the template's totals.
 */
const ROWS: readonly (readonly (string | number)[])[] = [
  // Row 5: a program linked to IKU-13, with its two kegiatan of 2025 below.
  ["1.06.02", "Program Pemberdayaan Masyarakat", 2025, "PM", "IKU-13", "", "", "", "", "", ""],
  // Row 6: linked to IKU-13 too: inside its program's figures, not counted again for IKU-13.
  ["1.06.02.2.01", "Pembinaan LPM", 2025, "PM", "IKU-13", 300_000_000, "", 60_000_000, 90_000_000, "", ""],
  // Row 7: linked to two IKU; TW II blank. For IKU-13 inside its program; for IKU-02 counted.
  [
    "1.06.02.2.02",
    "Bantuan Sosial LPM",
    2025,
    "PM",
    "IKU-13; IKU-02",
    200_000_000,
    "",
    40_000_000,
    "",
    "",
    "",
  ],
  // Rows 8–9: the program and its kegiatan in 2024, the realisasi typed for the year.
  ["1.06.02", "Program Pemberdayaan Masyarakat", 2024, "PM", "IKU-13", "", "", "", "", "", ""],
  ["1.06.02.2.01", "Pembinaan LPM", 2024, "PM", "IKU-13", 250_000_000, 240_000_000, "", "", "", ""],
  // Row 10: a kegiatan of IKU-02 whose TW III must not show in a TW II report.
  [
    "1.06.04.2.01",
    "Rehabilitasi Sosial Dasar",
    2025,
    "REHSOS",
    "IKU-02",
    100_000_000,
    "",
    10_000_000,
    20_000_000,
    30_000_000,
    "",
  ],
  // Row 11: IKU-01's only row, TW II not spent yet.
  ["1.06.05.2.01", "Pembinaan LKS", 2025, "LINJAMSOS", "IKU-01", 50_000_000, "", 5_000_000, "", "", ""],
];

function monev(book: LakipWorkbook, sheet = "Monev TW 2 2025") {
  const grid = book.workbook.read(sheet, "A1:AD120").values;
  const headerRow = grid.findIndex((r) => r[0] === "No");
  const header = grid[headerRow] ?? [];
  const rowOf = (nama: string) => {
    const row = grid.find((r, i) => i > headerRow && r.includes(nama)) ?? [];
    return Object.fromEntries(header.map((h, i) => [String(h), row[i]]).filter(([h]) => h !== ""));
  };
  return { grid, header, rowOf };
}

describe("Buat Lembar Monev with the Anggaran sheet: kinerja (K) and budget (Rp) side by side", () => {
  let book: LakipWorkbook;
  beforeEach(async () => {
    book = await new LakipWorkbook(KUMULATIF_CATALOG).setUp(figures);
    const first = ANGGARAN.firstDataRow;
    const last = first + ROWS.length - 1;
    book.workbook.write(
      SHEET.anggaran,
      `A${first}:G${last}`,
      ROWS.map((r) => r.slice(0, 7)),
    );
    book.workbook.write(
      SHEET.anggaran,
      `L${first}:O${last}`,
      ROWS.map((r) => r.slice(7)),
    );
    // The template writes the program rows' totals (SUMIFS), as staff would have it.
    await runReport(setupTemplate, { currentYear: 2025 }, book.run, { runId: "t" });
    book.workbook.resetStats();
  });
  afterEach(() => book.tearDown());

  it("pairs each of (5)–(15) with its Rp column, figures computed by hand, in at most 3 syncs", async () => {
    const result = await runReport(generateMonev, { triwulan: 2, tahun: 2025, generatedAt: NOW }, book.run);
    expect(result).toMatchObject({ status: "written", sheet: "Monev TW 2 2025" });
    // The Anggaran sheet comes with the first read: no round trip of its own.
    expect(book.workbook.stats().syncs).toBeLessThanOrEqual(3);
    const { header, rowOf, grid } = monev(book);
    expect(header.slice(4).filter((h) => h !== "")).toEqual([
      "(5) Target Akhir Renstra (2026) K",
      "(5) Pagu Renstra 2022–2026 Rp",
      "(6) Realisasi Renstra s.d. 2024 K",
      "(6) Realisasi Anggaran s.d. 2024 Rp",
      "(7) Target 2025 (PK) K",
      "(7) Pagu 2025 Rp",
      "(8) Realisasi TW I K",
      "(8) Realisasi Anggaran TW I Rp",
      "(9) Realisasi TW II K",
      "(9) Realisasi Anggaran TW II Rp",
      "(12) Realisasi 2025 s.d. TW II K",
      "(12) Realisasi Anggaran 2025 s.d. TW II Rp",
      "(13) Capaian 2025 (%) K",
      "(13) Serapan 2025 (%)",
      "(14) Realisasi Renstra s.d. TW II 2025 K",
      "(14) Realisasi Anggaran s.d. TW II 2025 Rp",
      "(15) Capaian terhadap Renstra (%) K",
      "(15) Serapan terhadap Pagu Renstra (%)",
      "(16) Unit Penanggung Jawab",
    ]);

    // IKU-13 counts its program rows only (5 and 8); the kegiatan 6, 7 and 9 are inside them.
    // 2025: pagu 300,000,000 + 200,000,000 = 500,000,000; TW I 60,000,000 + 40,000,000 =
    // 100,000,000; TW II 90,000,000 + blank = 90,000,000. 2024: pagu 250,000,000, realisasi 240,000,000.
    // (5) 500,000,000 + 250,000,000 = 750,000,000; (12) 100,000,000 + 90,000,000 = 190,000,000;
    // (13) 190/500 × 100 = 38; (14) 240,000,000 + 190,000,000 = 430,000,000;
    // (15) 430/750 × 100 = 57.3333333333333 (15 digits, as Excel keeps it).
    expect(rowOf("Jumlah LPM")).toMatchObject({
      "(5) Target Akhir Renstra (2026) K": 50,
      "(5) Pagu Renstra 2022–2026 Rp": 750_000_000,
      "(6) Realisasi Anggaran s.d. 2024 Rp": 240_000_000,
      "(7) Pagu 2025 Rp": 500_000_000,
      "(8) Realisasi Anggaran TW I Rp": 100_000_000,
      "(9) Realisasi Anggaran TW II Rp": 90_000_000,
      "(12) Realisasi Anggaran 2025 s.d. TW II Rp": 190_000_000,
      "(13) Serapan 2025 (%)": 38,
      "(14) Realisasi Anggaran s.d. TW II 2025 Rp": 430_000_000,
      "(15) Serapan terhadap Pagu Renstra (%)": 57.3333333333333,
    });

    // IKU-02: row 7 (linked to two IKU, its program not to IKU-02) and row 10.
    // (5) = (7) = 200,000,000 + 100,000,000 = 300,000,000; nothing before 2025: (6) belum diisi;
    // TW I 40,000,000 + 10,000,000 = 50,000,000; TW II blank + 20,000,000 = 20,000,000 (row 10's
    // TW III 30,000,000 is not read in a TW II report); (12) 70,000,000;
    // (13) 70/300 × 100 = 23.3333333333333; (14) = 70,000,000; (15) = 23.3333333333333.
    expect(rowOf("Persentase PPKS yang memperoleh bantuan sosial")).toMatchObject({
      "(5) Pagu Renstra 2022–2026 Rp": 300_000_000,
      "(6) Realisasi Anggaran s.d. 2024 Rp": "belum diisi",
      "(7) Pagu 2025 Rp": 300_000_000,
      "(8) Realisasi Anggaran TW I Rp": 50_000_000,
      "(9) Realisasi Anggaran TW II Rp": 20_000_000,
      "(12) Realisasi Anggaran 2025 s.d. TW II Rp": 70_000_000,
      "(13) Serapan 2025 (%)": 23.3333333333333,
      "(14) Realisasi Anggaran s.d. TW II 2025 Rp": 70_000_000,
      "(15) Serapan terhadap Pagu Renstra (%)": 23.3333333333333,
    });

    // IKU-01: TW II blank on its only row. (12) = 5,000,000; (13) 5/50 × 100 = 10.
    expect(
      rowOf("Jumlah sarana sosial seperti panti asuhan, panti jompo dan panti rehabilitasi"),
    ).toMatchObject({
      "(8) Realisasi Anggaran TW I Rp": 5_000_000,
      "(9) Realisasi Anggaran TW II Rp": "belum diisi",
      "(12) Realisasi Anggaran 2025 s.d. TW II Rp": 5_000_000,
      "(13) Serapan 2025 (%)": 10,
    });

    // An indicator no row is linked to: its Rp cells blank, its K figures as ever.
    const iku3 = rowOf("Penanganan Pemerlu Pelayanan Kesejahteraan Sosial (persentase)");
    expect(iku3["(5) Pagu Renstra 2022–2026 Rp"]).toBe("");
    expect(iku3["(13) Serapan 2025 (%)"]).toBe("");
    expect(iku3["(5) Target Akhir Renstra (2026) K"]).toBe(80);

    // Money as rupiah; the note under the table says how a row is counted.
    const col = header.indexOf("(7) Pagu 2025 Rp");
    const row = grid.findIndex((r) => r.includes("Jumlah LPM"));
    const cell = `${String.fromCharCode(65 + col)}${row + 1}`;
    expect(book.workbook.read("Monev TW 2 2025", cell).numberFormat[0]?.[0]).toBe("#,##0");
    const notes = grid.flat().filter((v) => typeof v === "string");
    expect(notes.some((t) => t.includes("dihitung pada setiap indikator itu"))).toBe(true);
  });

  it("stays A4 landscape, fit to one page wide, the title across all the columns", async () => {
    await runReport(generateMonev, { triwulan: 2, tahun: 2025, generatedAt: NOW }, book.run);
    const sheet = book.workbook.sheet("Monev TW 2 2025");
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
    });
    // No … (16) of a TW II report: 4 + 9 K + 9 Rp + 1 = 23 columns, A:W.
    expect(sheet.merges).toEqual(expect.arrayContaining(["A1:W1"]));
  });

  it("in a TW IV report, (12) Rp is the year's realisasi by the Anggaran rule", async () => {
    // Row 9's 2024 realisasi is typed in G (240,000,000); its quarters are blank.
    const result = await runReport(generateMonev, { triwulan: 4, tahun: 2024, generatedAt: NOW }, book.run);
    expect(result.status).toBe("written");
    const { rowOf } = monev(book, "Monev TW 4 2024");
    expect(rowOf("Jumlah LPM")).toMatchObject({
      "(7) Pagu 2024 Rp": 250_000_000,
      "(11) Realisasi Anggaran TW IV Rp": "belum diisi",
      "(12) Realisasi Anggaran 2024 s.d. TW IV Rp": 240_000_000,
      // 240/250 × 100 = 96.
      "(13) Serapan 2024 (%)": 96,
    });
  });
});

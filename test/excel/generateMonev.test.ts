import { generateMonev } from "../../src/core/actions/generateMonev";
import { runReport } from "../support/runReport";
import { SHEET } from "../../src/core/workbook/workbookLayout";
import { LakipWorkbook, type Figures } from "./lakipWorkbook";
import { KUMULATIF_CATALOG, typeQuarter } from "./triwulanWorkbook";
import { bigCatalog } from "../fixtures/bigCatalog";
import { EXCEL_ONLINE_PAYLOAD_LIMIT } from "@iku-lakip/excel-host";

const NOW = new Date(2025, 6, 10, 9, 30);

/**
 * Targets every year (persen 80, jumlah 10, rasio 2); realisasi typed for 2022–2024:
 * persen 45/50 = 90, jumlah 7, rasio 30/12 = 2.5. 2025 is the year of the Monev.
 */
const figures: Figures = (_kode, tahun, jenis) => {
  const target = jenis === "persen" ? 80 : jenis === "jumlah" ? 10 : 2;
  if (tahun > 2024) return [target, "", ""];
  if (jenis === "persen") return [target, 45, 50];
  if (jenis === "jumlah") return [target, 7, ""];
  return [target, 30, 12];
};

/** The Monev sheet as a grid of values, and a row found by the indicator's name with its cells by header. */
function monev(book: LakipWorkbook, sheet = "Monev TW 2 2025") {
  const grid = book.workbook.read(sheet, "A1:Q120").values;
  const headerRow = grid.findIndex((r) => r[0] === "No");
  const header = grid[headerRow] ?? [];
  const rowOf = (nama: string) => {
    const row = grid.find((r, i) => i > headerRow && r.includes(nama)) ?? [];
    return Object.fromEntries(header.map((h, i) => [String(h), row[i]]).filter(([h]) => h !== ""));
  };
  return { grid, header, rowOf };
}

describe("Buat Lembar Monev (Permendagri 86/2017 form) in the workbook host", () => {
  let book: LakipWorkbook;
  beforeEach(async () => {
    book = await new LakipWorkbook(KUMULATIF_CATALOG).setUp(figures);
    // IKU-13 (kumulatif count): TW I 2, TW II 3. IKU-02 (akhir, persen): TW I 40/50 = 80, TW II 42/50 = 84.
    typeQuarter(book, 1, "IKU-13", 2025, { pembilang: 2 });
    typeQuarter(book, 2, "IKU-13", 2025, { pembilang: 3, pendorong: "Musyawarah kelurahan rutin" });
    typeQuarter(book, 1, "IKU-02", 2025, { pembilang: 40, penyebut: 50 });
    typeQuarter(book, 2, "IKU-02", 2025, {
      pembilang: 42,
      penyebut: 50,
      pendorong: "Bansos tepat waktu",
      penghambat: "Data DTKS belum mutakhir",
      tindakLanjut: "Verifikasi DTKS di TW III",
    });
    // A TW III figure must not show in a TW II report.
    typeQuarter(book, 3, "IKU-02", 2025, { pembilang: 1, penyebut: 50 });
    book.workbook.resetStats();
  });
  afterEach(() => book.tearDown());

  it("writes Monev TW 2 2025 in at most 4 syncs with the form's columns (5)–(16), figures computed by hand", async () => {
    const result = await runReport(generateMonev, { triwulan: 2, tahun: 2025, generatedAt: NOW }, book.run);
    expect(result).toMatchObject({
      status: "written",
      sheet: "Monev TW 2 2025",
      mode: "create",
      kept: null,
      tahun: 2025,
      triwulan: 2,
    });
    expect(book.workbook.stats().syncs).toBeLessThanOrEqual(4);
    const { header, rowOf, grid } = monev(book);
    expect(header.slice(4).filter((h) => h !== "")).toEqual([
      "(5) Target Akhir Renstra (2026)",
      "(6) Realisasi Renstra s.d. 2024",
      "(7) Target 2025 (PK)",
      "(8) Realisasi TW I",
      "(9) Realisasi TW II",
      "(12) Realisasi 2025 s.d. TW II",
      "(13) Capaian 2025 (%)",
      "(14) Realisasi Renstra s.d. TW II 2025",
      "(15) Capaian terhadap Renstra (%)",
      "(16) Unit Penanggung Jawab",
    ]);
    // Kumulatif: (5) = 5 years × 10 = 50; (6) = 7 + 7 + 7 (2022–2024) = 21; (12) = 2 + 3 = 5;
    // (13) = 5 / 10 × 100 = 50; (14) = 21 + 5 = 26; (15) = 26 / 50 × 100 = 52.
    expect(rowOf("Jumlah LPM")).toMatchObject({
      "(5) Target Akhir Renstra (2026)": 50,
      "(6) Realisasi Renstra s.d. 2024": 21,
      "(7) Target 2025 (PK)": 10,
      "(8) Realisasi TW I": 2,
      "(9) Realisasi TW II": 3,
      "(12) Realisasi 2025 s.d. TW II": 5,
      "(13) Capaian 2025 (%)": 50,
      "(14) Realisasi Renstra s.d. TW II 2025": 26,
      "(15) Capaian terhadap Renstra (%)": 52,
      "(16) Unit Penanggung Jawab": "Bidang Pemberdayaan Masyarakat",
    });
    // Akhir: (5) = the 2026 target 80; (6) = 2024's 45/50 = 90; (12) = TW II 42/50 = 84 (TW III not read);
    // (13) = 84 / 80 × 100 = 105; (14) = (12) = 84; (15) = 84 / 80 × 100 = 105.
    expect(rowOf("Persentase PPKS yang memperoleh bantuan sosial")).toMatchObject({
      "(5) Target Akhir Renstra (2026)": 80,
      "(6) Realisasi Renstra s.d. 2024": 90,
      "(8) Realisasi TW I": 80,
      "(9) Realisasi TW II": 84,
      "(12) Realisasi 2025 s.d. TW II": 84,
      "(13) Capaian 2025 (%)": 105,
      "(14) Realisasi Renstra s.d. TW II 2025": 84,
      "(15) Capaian terhadap Renstra (%)": 105,
    });
    // A year without quarters prints "belum diisi", never a number it does not have.
    expect(
      rowOf("Persentase PSKS yang aktif".replace("PSKS", "Potensi Sumber Kesejahteraan Sosial (PSKS)")),
    ).toMatchObject({
      "(12) Realisasi 2025 s.d. TW II": "belum diisi",
      "(13) Capaian 2025 (%)": "belum diisi",
    });
    // Footer: mean of the capaian there are: (50 + 105) / 2 = 77.5 → Tinggi (> 75);
    // against the Renstra (52 + 105) / 2 = 78.5 → Tinggi.
    const text = grid.map((r) => r.filter((v) => v !== "").join(" | "));
    expect(text).toContain("Rata-rata capaian kinerja 2025 s.d. TW II (%) | 77.5");
    expect(text).toContain("Predikat kinerja | Tinggi");
    expect(text).toContain("Rata-rata capaian terhadap Renstra (%) | 78.5");
    // The quarter's texts (TW II), "belum diisi" where none.
    expect(text).toContain(
      `2 | Persentase PPKS yang memperoleh bantuan sosial | Bansos tepat waktu | Data DTKS belum mutakhir | Verifikasi DTKS di TW III`,
    );
    expect(
      text.some((t) => t.includes("Jumlah LPM | Musyawarah kelurahan rutin | belum diisi | belum diisi")),
    ).toBe(true);
  });

  it("is print-ready (A4 landscape, fit to width, the table's header repeated) and recorded in IKU_Meta", async () => {
    await runReport(generateMonev, { triwulan: 2, tahun: 2025, generatedAt: NOW }, book.run);
    const sheet = book.workbook.sheet("Monev TW 2 2025");
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
    });
    // The form's header row: the title block's 5 lines, a blank row, the section title, then the header (row 8).
    expect(sheet.pageLayout.printTitleRows?.replace(/\$/g, "")).toBe("8:8");
    // The title spans the form's 14 columns (No … (16)) of a TW II report: A:N.
    expect(sheet.merges).toEqual(expect.arrayContaining(["A1:N1"]));
    const meta = book.workbook.read(SHEET.meta).values.map((r) => r.slice(0, 3).join("|"));
    expect(meta).toContain("lembar|Monev TW 2 2025|monev:2:2025");
    expect(meta.some((m) => m.startsWith("sidik|Monev TW 2 2025|"))).toBe(true);
  });

  it("regenerates an unchanged sheet in place, keeps an edited one under a new name, and writes one sheet per quarter and year", async () => {
    await runReport(generateMonev, { triwulan: 2, tahun: 2025, generatedAt: NOW }, book.run);
    const again = await runReport(generateMonev, { triwulan: 2, tahun: 2025, generatedAt: NOW }, book.run);
    expect(again).toMatchObject({ status: "written", mode: "replace", kept: null });
    book.workbook.write("Monev TW 2 2025", "A3", [["catatan saya"]], { force: true });
    const edited = await runReport(generateMonev, { triwulan: 2, tahun: 2025, generatedAt: NOW }, book.run);
    expect(edited).toMatchObject({
      status: "written",
      mode: "create",
      kept: { from: "Monev TW 2 2025", reason: "edited" },
    });
    await runReport(generateMonev, { triwulan: 1, tahun: 2025, generatedAt: NOW }, book.run);
    expect(book.workbook.sheetNames().filter((n) => n.startsWith("Monev"))).toEqual(
      expect.arrayContaining(["Monev TW 2 2025", "Monev TW 1 2025"]),
    );
    // TW I has no column for TW II.
    expect(monev(book, "Monev TW 1 2025").header).not.toContain("(9) Realisasi TW II");
  });

  it("writes nothing on a galat (text in a quarter cell of the year), and blocks a year outside the Renstra", async () => {
    typeQuarter(book, 2, "IKU-04", 2025, { pembilang: "dua", penyebut: 50 });
    const names = book.workbook.sheetNames();
    const blocked = await runReport(generateMonev, { triwulan: 2, tahun: 2025, generatedAt: NOW }, book.run);
    expect(blocked).toMatchObject({ status: "blocked", galat: 1, tahun: 2025 });
    expect(blocked.issues[0]).toMatchObject({ code: "triwulanInvalid", severity: "galat", sheet: "TW 2" });
    const outside = await runReport(generateMonev, { triwulan: 2, tahun: 2030, generatedAt: NOW }, book.run);
    expect(outside).toMatchObject({
      status: "blocked",
      diLuarPeriode: { tahunAwal: 2022, tahunAkhir: 2026 },
    });
    expect(book.workbook.sheetNames()).toEqual(names);
  });

  it("needs the quarter sheets: one deleted is a galat that names it, and nothing is written", async () => {
    await book.run(async (context) => {
      context.workbook.worksheets.getItem("TW 3").delete();
      await context.sync();
    });
    const result = await runReport(generateMonev, { triwulan: 2, tahun: 2025, generatedAt: NOW }, book.run);
    expect(result).toMatchObject({ status: "blocked", galat: 1 });
    expect(result.issues[0]).toMatchObject({
      code: "sheetMissing",
      sheet: "TW 3",
      address: "",
      params: { lembar: "TW 3" },
    });
    expect(book.workbook.sheetNames()).not.toContain("Monev TW 2 2025");
  });

  it("uses Pengaturan's tahun laporan when no year is given", async () => {
    const result = await runReport(generateMonev, { triwulan: 4, generatedAt: NOW }, book.run);
    expect(result).toMatchObject({ status: "written", sheet: "Monev TW 4 2024" });
  });
});

describe("Buat Lembar Monev at scale", () => {
  it.each([170])("%i indicators: at most 4 syncs, every batch and response under 5 MB", async (n) => {
    const book = await new LakipWorkbook(bigCatalog(n)).setUp(figures);
    try {
      book.workbook.resetStats();
      const result = await runReport(generateMonev, { triwulan: 2, tahun: 2024, generatedAt: NOW }, book.run);
      expect(result.status).toBe("written");
      const { syncs, batchBytes, responseBytes } = book.workbook.stats();
      expect(syncs).toBeLessThanOrEqual(4);
      for (const b of [...batchBytes, ...responseBytes]) expect(b).toBeLessThan(EXCEL_ONLINE_PAYLOAD_LIMIT);
    } finally {
      book.tearDown();
    }
  });
});

import { bigCatalog } from "../fixtures/bigCatalog";
import { generateLakip } from "../../src/core/actions/generateLakip";
import { formatIssue } from "../../src/core/messages/formatIssue";
import { validate } from "../../src/core/actions/validate";
import { runReport } from "../support/runReport";
import { selectCell } from "../../src/excel/selectCell";
import { EXCEL_ONLINE_PAYLOAD_LIMIT } from "@iku-lakip/excel-host";
import { LakipWorkbook } from "./lakipWorkbook";
import { BIDANG } from "../../src/core/workbook/workbookLayout";

const col = (key: keyof typeof BIDANG.columns) => BIDANG.columns[key].col;

const S1 = "Meningkatkan Kualitas Hidup Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)";
const LINJAMSOS = "Bidang Perlindungan dan Jaminan Sosial";
const NOW = new Date(2025, 0, 6, 8, 15);

describe("Validasi and Buat Lembar LAKIP in the workbook host (DSPM catalog, tahun laporan 2024)", () => {
  let book: LakipWorkbook;
  beforeEach(async () => {
    book = await new LakipWorkbook().setUp();
  });
  afterEach(() => book.tearDown());

  it("validates a filled-in workbook in two syncs and finds no issue", async () => {
    const result = await runReport(validate, {}, book.run);
    expect(result).toEqual({ issues: [], galat: 0, peringatan: 0, tahunLaporan: 2024 });
    expect(book.workbook.stats().syncs).toBe(2);
  });

  it("reports text typed into an input at its cell, and selects that cell on request", async () => {
    const row = book.rowOf("Rehsos", "IKU-02", 2024);
    book.workbook.write("Rehsos", `${col("pembilang")}${row}`, [["12,5"]]);
    const result = await runReport(validate, {}, book.run);
    expect(result.galat).toBe(1);
    expect(result.issues[0]).toMatchObject({
      code: "inputText",
      severity: "galat",
      sheet: "Rehsos",
      address: `${col("pembilang")}${row}`,
    });
    expect(result.issues.map((i) => formatIssue(i))[0]).toContain(
      'Pembilang IKU-02 tahun 2024 berisi teks "12,5"',
    );

    await expect(selectCell("Rehsos", `${col("pembilang")}${row}`, book.run)).resolves.toBe("selected");
    expect(book.workbook.selection()).toEqual({ sheet: "Rehsos", address: `${col("pembilang")}${row}` });
    await expect(selectCell("Tidak Ada", "A1", book.run)).resolves.toBe("sheetMissing");
    // A sheet-level issue ("" address) only shows its sheet.
    await expect(selectCell("PM", "", book.run)).resolves.toBe("selected");
    expect(book.workbook.activeSheetName()).toBe("PM");
  });

  it("tells a target typed as a date by its number format, read with the values in the same sync", async () => {
    const row = book.rowOf("Linjamsos", "IKU-01", 2025);
    // What "1.5" becomes in an Indonesian Excel: 1 May 2025, serial 45778, formatted as a date.
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Linjamsos");
      sheet.protection.unprotect();
      const cell = sheet.getRange(`${col("targetRenstra")}${row}`);
      cell.values = [[45778]];
      cell.numberFormat = [["d-mmm"]];
      await context.sync();
    });
    book.workbook.resetStats();
    const result = await runReport(validate, {}, book.run);
    expect(book.workbook.stats().syncs).toBe(2);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "targetDate",
        severity: "peringatan",
        sheet: "Linjamsos",
        address: `${col("targetRenstra")}${row}`,
        params: { kode: "IKU-01", tahun: 2025, kolom: "targetRenstra", nilai: 45778, format: "d-mmm" },
      }),
    ]);
  });

  it("spots a Realisasi typed over its formula, and the report uses the recomputed value", async () => {
    const row = book.rowOf("Rehsos", "IKU-02", 2024);
    book.workbook.write("Rehsos", `${col("realisasi")}${row}`, [[95]], { force: true });
    const result = await runReport(generateLakip, { generatedAt: NOW }, book.run);
    expect(result).toMatchObject({ status: "written", peringatan: 1 });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "realisasiOverwritten",
        severity: "peringatan",
        sheet: "Rehsos",
        address: `${col("realisasi")}${row}`,
      }),
    ]);
    expect(book.row("LAKIP 2024", 10).slice(4, 7)).toEqual([80, 90, 112.5]);
    expect(book.row("LAKIP 2024", 5, "A")).toEqual(["Status validasi: lolos dengan 1 peringatan"]);
  });

  it("writes LAKIP 2024 from the raw inputs in at most 4 syncs, each batch under 5 MB, and selects its title", async () => {
    const result = await runReport(generateLakip, { generatedAt: NOW }, book.run);
    expect(result).toMatchObject({
      status: "written",
      sheet: "LAKIP 2024",
      mode: "create",
      kept: null,
      tahunLaporan: 2024,
    });

    const { syncs, batchBytes } = book.workbook.stats();
    expect(syncs).toBeLessThanOrEqual(4);
    for (const bytes of batchBytes) expect(bytes).toBeLessThan(EXCEL_ONLINE_PAYLOAD_LIMIT);

    expect(book.workbook.selection()).toEqual({ sheet: "LAKIP 2024", address: "A1" });
    expect(book.row("LAKIP 2024", 1, "A")).toEqual(["PENGUKURAN KINERJA"]);
    expect(book.row("LAKIP 2024", 4, "A")).toEqual(["Dibuat: 06-01-2025 08.15"]);
    // IKU-01, a count: 7 of 10 → 70 → Sedang, Tidak Tercapai.
    // IKU-02, persen: 45/50 = 90 of 80 → 112.5 → Sangat Tinggi, Terlampaui.
    expect(book.row("LAKIP 2024", 9)).toEqual([
      1,
      S1,
      "Jumlah sarana sosial seperti panti asuhan, panti jompo dan panti rehabilitasi",
      "lembaga",
      10,
      7,
      70,
      "Sedang",
      "Tidak Tercapai",
      LINJAMSOS,
    ]);
    expect(book.row("LAKIP 2024", 10)).toEqual([
      2,
      "",
      "Persentase PPKS yang memperoleh bantuan sosial",
      "%",
      80,
      90,
      112.5,
      "Sangat Tinggi",
      "Terlampaui",
      "Bidang Rehabilitasi Sosial",
    ]);
    expect(book.workbook.read("LAKIP 2024", "G10").text).toEqual([["112.50"]]);
    expect(book.workbook.read("LAKIP 2024", "E9").numberFormat).toEqual([["#,##0"]]);

    const sheet = book.workbook.sheet("LAKIP 2024");
    // The title spans the pengukuran table, A:J with the Kriteria column of version 2.
    expect(sheet.merges).toEqual(expect.arrayContaining(["A1:J1", "B9:B17", "B18:B25"]));
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
    });
    expect(sheet.pageLayout.printTitleRows?.replace(/\$/g, "")).toBe("8:8");
  });

  it("writes nothing while a galat stands for the tahun laporan, and returns the issues", async () => {
    const row = book.rowOf("PM", "IKU-13", 2024);
    book.workbook.write("PM", `${col("pembilang")}${row}`, [[-3]]);
    const result = await runReport(generateLakip, { generatedAt: NOW }, book.run);
    expect(result.status).toBe("blocked");
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "negative", sheet: "PM", address: `${col("pembilang")}${row}` }),
    ]);
    expect(book.workbook.sheetNames()).not.toContain("LAKIP 2024");
    expect(book.workbook.stats().syncs).toBe(2);
  });

  it("replaces an unchanged report when run again, keeping one report sheet with one chart", async () => {
    await runReport(generateLakip, { generatedAt: NOW }, book.run);
    const row = book.rowOf("Linjamsos", "IKU-01", 2024);
    book.workbook.write("Linjamsos", `${col("pembilang")}${row}`, [[9]]);
    book.workbook.resetStats();
    const again = await runReport(generateLakip, { generatedAt: NOW }, book.run);
    expect(again).toMatchObject({ status: "written", mode: "replace", kept: null });
    expect(book.workbook.stats().syncs).toBeLessThanOrEqual(4);
    expect(book.workbook.sheetNames().filter((n) => n.startsWith("LAKIP"))).toEqual(["LAKIP 2024"]);
    expect(book.row("LAKIP 2024", 9).slice(4, 8)).toEqual([10, 9, 90, "Tinggi"]);
    expect(book.workbook.sheet("LAKIP 2024").charts).toHaveLength(1);
  });

  it("keeps a report a user edited since it was generated under a new name, and says so", async () => {
    await runReport(generateLakip, { generatedAt: NOW }, book.run);
    book.workbook.write("LAKIP 2024", "C9", [["Catatan kepala dinas"]]);
    const again = await runReport(generateLakip, { generatedAt: NOW }, book.run);
    expect(again).toMatchObject({
      status: "written",
      mode: "create",
      kept: { from: "LAKIP 2024", to: "LAKIP 2024 (diedit 1)", reason: "edited" },
    });
    expect(book.row("LAKIP 2024 (diedit 1)", 9, "C")[2]).toBe("Catatan kepala dinas");
    expect(book.row("LAKIP 2024", 9, "C")[2]).toBe(
      "Jumlah sarana sosial seperti panti asuhan, panti jompo dan panti rehabilitasi",
    );

    // The new report is recorded: a third run replaces it and leaves the kept copy alone.
    const third = await runReport(generateLakip, { generatedAt: NOW }, book.run);
    expect(third).toMatchObject({ mode: "replace", kept: null });
    expect(book.workbook.sheetNames().filter((n) => n.startsWith("LAKIP"))).toEqual([
      "LAKIP 2024 (diedit 1)",
      "LAKIP 2024",
    ]);
  });

  it("keeps a user's own sheet that happens to be named LAKIP 2024", async () => {
    await book.run(async (context) => {
      context.workbook.worksheets.add("LAKIP 2024").getRange("A1").values = [["draf saya"]];
      await context.sync();
    });
    const result = await runReport(generateLakip, { generatedAt: NOW }, book.run);
    expect(result).toMatchObject({
      status: "written",
      kept: { from: "LAKIP 2024", to: "LAKIP 2024 (lama 1)", reason: "notGenerated" },
    });
    expect(book.row("LAKIP 2024 (lama 1)", 1, "A")).toEqual(["draf saya"]);
  });
});

describe("Buat Lembar LAKIP at scale", () => {
  it.each([170])("takes at most 4 syncs, each under 5 MB, with %i indicators", async (n) => {
    const book = await new LakipWorkbook(bigCatalog(n)).setUp();
    try {
      const result = await runReport(generateLakip, { generatedAt: NOW }, book.run);
      expect(result.status).toBe("written");
      const { syncs, batchBytes } = book.workbook.stats();
      expect(syncs).toBeLessThanOrEqual(4);
      for (const bytes of batchBytes) expect(bytes).toBeLessThan(EXCEL_ONLINE_PAYLOAD_LIMIT);
    } finally {
      book.tearDown();
    }
  });
});

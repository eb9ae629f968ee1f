import { generatePerjanjianKinerja } from "../../src/core/actions/generatePerjanjianKinerja";
import { runReport } from "../support/runReport";
import { ANGGARAN } from "../../src/core/workbook/anggaranLayout";
import { PENGATURAN, SHEET } from "../../src/core/workbook/workbookLayout";
import { EXCEL_ONLINE_PAYLOAD_LIMIT } from "@iku-lakip/excel-host";
import { LakipWorkbook } from "./lakipWorkbook";
import { ANGGARAN_ROWS } from "./anggaranRows";
import { bigCatalog } from "../fixtures/bigCatalog";
import { typeQuarter } from "./triwulanWorkbook";

const S = PENGATURAN.settings;

describe("Buat Perjanjian Kinerja in the workbook host", () => {
  let book: LakipWorkbook;
  beforeEach(async () => {
    book = await new LakipWorkbook().setUp();
    const w = book.workbook;
    w.write(SHEET.pengaturan, `B${S.kepalaNama.row}`, "Dra. Siti Rahmah, M.Si.");
    w.write(SHEET.pengaturan, `B${S.kepalaNip.row}`, "'197001011990032001");
    w.write(SHEET.pengaturan, `B${S.waliKota.row}`, "Basri Rase");
    w.write(
      SHEET.anggaran,
      `A${ANGGARAN.firstDataRow}:G${ANGGARAN.firstDataRow + ANGGARAN_ROWS.length - 1}`,
      ANGGARAN_ROWS.map((r) => [...r]),
    );
    w.resetStats();
  });
  afterEach(() => book.tearDown());

  const run = (tahun?: number) =>
    runReport(generatePerjanjianKinerja, tahun === undefined ? {} : { tahun }, book.run, { runId: "pk" });
  const text = (sheet: string) =>
    book.workbook
      .read(sheet)
      .values.flat()
      .filter((v) => v !== "")
      .map(String);

  it("writes PK 2024 for the tahun laporan in at most 4 syncs, each batch under 5 MB, and selects its title", async () => {
    const report = await run();
    expect(report).toMatchObject({
      status: "written",
      sheet: "PK 2024",
      mode: "create",
      kept: null,
      tahun: 2024,
    });
    const { syncs, batchBytes } = book.workbook.stats();
    expect(syncs).toBeLessThanOrEqual(4);
    for (const b of batchBytes) expect(b).toBeLessThan(EXCEL_ONLINE_PAYLOAD_LIMIT);
    const values = book.workbook.read("PK 2024").values;
    expect(values[0]?.[0]).toBe("PERJANJIAN KINERJA TAHUN 2024");
    expect(values[1]?.[0]).toBe("DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT KOTA BONTANG");
    const all = text("PK 2024");
    // The parties, from Pengaturan (position and place defaulted from the agency's name).
    expect(all).toEqual(
      expect.arrayContaining([
        "Nama: Dra. Siti Rahmah, M.Si.",
        "Jabatan: Kepala Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang",
        "Nama: Basri Rase",
        "Jabatan: Wali Kota Bontang",
        "Pihak Kedua,",
        "Pihak Pertama,",
        "NIP. 197001011990032001",
      ]),
    );
    expect(all.some((t) => t.startsWith("Bontang, ") && t.endsWith(" 2024"))).toBe(true);
  });

  it("table 1 holds each IKU's target of the year; table 2 each program with its pagu, and the total", async () => {
    await run();
    const rows = book.workbook.read("PK 2024").values;
    const t1 = rows.findIndex((r) => r[0] === "Tabel 1. Sasaran dan Target Kinerja Tahun 2024");
    expect(rows[t1 + 1]?.slice(0, 5)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Target 2024",
    ]);
    // The standard figures: a persen IKU's 2024 target 80 (no PK target typed: the Renstra's).
    const iku2 = rows.find((r) => r[2] === "Persentase PPKS yang memperoleh bantuan sosial");
    expect(iku2?.[4]).toBe(80);
    const t2 = rows.findIndex((r) => r[0] === "Tabel 2. Program dan Anggaran Tahun 2024");
    expect(rows.slice(t2 + 1, t2 + 5).map((r) => r.slice(0, 3))).toEqual([
      ["No", "Program", "Anggaran (Rp)"],
      // 1.06.02 = its kegiatan 2.01 (300,000,000) + 2.02 (200,000,000) = 500,000,000.
      [1, "1.06.02 Program Pemberdayaan Sosial", 500_000_000],
      // 1.06.04 = its one kegiatan with a pagu of 0.
      [2, "1.06.04 Program Rehabilitasi Sosial", 0],
      ["", "Jumlah", 500_000_000],
    ]);
    expect(book.workbook.read("PK 2024", `C${t2 + 3}`).numberFormat[0]?.[0]).toBe("#,##0");
  });

  it("table 1 has no quarterly columns while no Target Triwulan of the year is typed", async () => {
    // A target of another year does not count.
    typeQuarter(book, 1, "IKU-02", 2025, { target: 20 });
    await run();
    const rows = book.workbook.read("PK 2024").values;
    const t1 = rows.findIndex((r) => r[0] === "Tabel 1. Sasaran dan Target Kinerja Tahun 2024");
    expect(rows[t1 + 1]?.filter((v) => v !== "")).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Target 2024",
    ]);
    expect(book.workbook.sheet("PK 2024").merges).toContain("A1:F1");
  });

  it("table 1 gets Target TW I … TW IV after Target 2024 when a quarterly target is typed, blank where none", async () => {
    // IKU-02 (persen): TW I 20, TW II 40, TW III blank, TW IV 80. IKU-13 (jumlah): TW II 5 only.
    typeQuarter(book, 1, "IKU-02", 2024, { target: 20 });
    typeQuarter(book, 2, "IKU-02", 2024, { target: 40 });
    typeQuarter(book, 4, "IKU-02", 2024, { target: 80 });
    typeQuarter(book, 2, "IKU-13", 2024, { target: 5 });
    book.workbook.resetStats();
    await run();
    // The quarter sheets come in the same read batches: no sync more than without them.
    expect(book.workbook.stats().syncs).toBeLessThanOrEqual(4);
    const rows = book.workbook.read("PK 2024").values;
    const t1 = rows.findIndex((r) => r[0] === "Tabel 1. Sasaran dan Target Kinerja Tahun 2024");
    const header = t1 + 1;
    expect(rows[header]?.slice(0, 9)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Target 2024",
      "Target TW I",
      "Target TW II",
      "Target TW III",
      "Target TW IV",
    ]);
    const at = (nama: string) => rows.findIndex((r) => r[2] === nama);
    const iku2 = at("Persentase PPKS yang memperoleh bantuan sosial");
    // No 2 in sasaran S1's order (its name in the merged cell above); the year's target 80
    // (the Renstra's); the quarters as typed.
    expect(rows[iku2]?.slice(0, 9)).toEqual([
      2,
      "",
      "Persentase PPKS yang memperoleh bantuan sosial",
      "%",
      80,
      20,
      40,
      "",
      80,
    ]);
    const iku13 = at("Jumlah LPM");
    expect(rows[iku13]?.slice(2, 9)).toEqual(["Jumlah LPM", "lembaga", 10, "", 5, "", ""]);
    // An indicator with no quarterly target: blank quarters.
    const iku1 = at("Jumlah sarana sosial seperti panti asuhan, panti jompo dan panti rehabilitasi");
    expect(rows[iku1]?.slice(4, 9)).toEqual([10, "", "", "", ""]);
    // Formats as the year's target: a share with the report's decimals, a count whole.
    const fmt = (row: number, col: string) =>
      book.workbook.read("PK 2024", `${col}${row + 1}`).numberFormat[0]?.[0];
    expect(fmt(iku2, "F")).toBe(fmt(iku2, "E"));
    expect(fmt(iku13, "G")).toBe("#,##0");
    // The note under the table says where the quarters come from.
    expect(rows.flat()).toContain(
      "Target TW I–IV: Target Triwulan di lembar TW 1 … TW 4; kosong bila tidak diisi.",
    );
    // The paragraphs and the signatures span the wider table (A:I).
    const merges = book.workbook.sheet("PK 2024").merges;
    expect(merges).toContain("A1:I1");
    expect(merges).not.toContain("A1:F1");
  });

  it("makes next year's PK in advance when asked, and refuses a year outside the Renstra period", async () => {
    expect(await run(2025)).toMatchObject({ status: "written", sheet: "PK 2025", tahun: 2025 });
    book.workbook.resetStats();
    expect(await run(2031)).toMatchObject({
      status: "blocked",
      tahun: 2031,
      diLuarPeriode: { tahunAwal: 2022, tahunAkhir: 2026 },
    });
    expect(book.workbook.sheetNames()).not.toContain("PK 2031");
  });

  it("regenerates an unchanged PK in place and keeps an edited one under a new name", async () => {
    await run();
    expect(await run()).toMatchObject({ status: "written", mode: "replace", kept: null });
    book.workbook.write("PK 2024", "A40", "catatan pimpinan");
    const kept = await run();
    expect(kept).toMatchObject({
      status: "written",
      sheet: "PK 2024",
      kept: { from: "PK 2024", reason: "edited" },
    });
    const keptAs = kept.status === "written" ? kept.kept?.to : undefined;
    expect(book.workbook.read(String(keptAs), "A40").values[0]?.[0]).toBe("catatan pimpinan");
  });

  it("checks the PK's own year: a bad 2024 figure blocks PK 2024, not next year's PK 2025", async () => {
    // Rehsos's first 2024 row: text in Pembilang (G) — a galat in the year it belongs to.
    const { values } = book.workbook.read("Rehsos", "A1:D200");
    const row = values.findIndex((r) => r[3] === 2024) + 1;
    expect(row).toBeGreaterThan(4);
    book.workbook.write("Rehsos", `G${row}`, "dua belas");
    const now = await run();
    expect(now).toMatchObject({ status: "blocked", tahun: 2024 });
    expect(now.issues.find((i) => i.address === `G${row}`)?.severity).toBe("galat");
    const next = await run(2025);
    expect(next).toMatchObject({ status: "written", sheet: "PK 2025" });
    // Still listed, as a warning: it is not the PK year's figure.
    expect(next.issues.find((i) => i.address === `G${row}`)?.severity).toBe("peringatan");
  });

  it("writes nothing on a galat, and says why", async () => {
    book.workbook.write(SHEET.anggaran, `F${ANGGARAN.firstDataRow + 1}`, "tiga ratus juta");
    const before = book.workbook.sheetNames();
    const report = await run();
    expect(report).toMatchObject({ status: "blocked", tahun: 2024 });
    expect(report).not.toHaveProperty("diLuarPeriode");
    expect(report.issues.map((i) => i.code)).toContain("anggaranMoneyInvalid");
    expect(book.workbook.sheetNames()).toEqual(before);
  });
});

describe("Buat Perjanjian Kinerja at scale", () => {
  // 17 indicators above; 1,700 measured once by hand (4 syncs: the quarter sheets come in a
  // read of their own past TRIWULAN_SAME_READ_ROWS), not in every run.
  it.each([170])("takes at most 4 syncs, each batch under 5 MB, with %i indicators", async (n) => {
    const book = await new LakipWorkbook(bigCatalog(n)).setUp();
    try {
      book.workbook.resetStats();
      const report = await runReport(generatePerjanjianKinerja, {}, book.run);
      expect(report.status).toBe("written");
      const { syncs, batchBytes } = book.workbook.stats();
      expect(syncs).toBeLessThanOrEqual(4);
      for (const b of batchBytes) expect(b).toBeLessThan(EXCEL_ONLINE_PAYLOAD_LIMIT);
    } finally {
      book.tearDown();
    }
  });
});

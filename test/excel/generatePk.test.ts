import { generatePerjanjianKinerja } from "../../src/core/actions/generatePerjanjianKinerja";
import { runReport } from "../support/runReport";
import { ANGGARAN } from "../../src/core/workbook/anggaranLayout";
import { PENGATURAN, SHEET } from "../../src/core/workbook/workbookLayout";
import { EXCEL_ONLINE_PAYLOAD_LIMIT } from "@iku-lakip/excel-host";
import { LakipWorkbook } from "./lakipWorkbook";
import { ANGGARAN_ROWS } from "./anggaranRows";
import { bigCatalog } from "../fixtures/bigCatalog";

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

  it("makes next year's PK in advance when asked, and refuses a year outside the Renstra period", async () => {
    expect(await run(2025)).toMatchObject({ status: "written", sheet: "PK 2025", tahun: 2025 });
    book.workbook.resetStats();
    expect(await run(2031)).toMatchObject({ status: "blocked", tahun: 2031, outsidePeriod: true });
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

  it("writes nothing on a galat, and says why", async () => {
    book.workbook.write(SHEET.anggaran, `F${ANGGARAN.firstDataRow + 1}`, "tiga ratus juta");
    const before = book.workbook.sheetNames();
    const report = await run();
    expect(report).toMatchObject({ status: "blocked", outsidePeriod: false });
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

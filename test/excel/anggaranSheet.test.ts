import { setupTemplate } from "../../src/core/actions/setupTemplate";
import { runReport } from "../support/runReport";
import { ANGGARAN } from "../../src/core/workbook/anggaranLayout";
import { SHEET } from "../../src/core/workbook/workbookLayout";
import { LakipWorkbook } from "./lakipWorkbook";
import { ANGGARAN_ROWS } from "./anggaranRows";

describe("the Anggaran sheet in the workbook host", () => {
  let book: LakipWorkbook;
  beforeEach(async () => {
    book = await new LakipWorkbook().setUp();
  });
  afterEach(() => book.tearDown());

  const fill = () =>
    book.workbook.write(
      SHEET.anggaran,
      `A${ANGGARAN.firstDataRow}:G${ANGGARAN.firstDataRow + ANGGARAN_ROWS.length - 1}`,
      ANGGARAN_ROWS.map((r) => [...r]),
    );
  const value = (address: string) => book.workbook.read(SHEET.anggaran, address).values[0]?.[0];

  it("is made empty, with its headers, Serapan and Sisa ready on the rows below", () => {
    const header = book.workbook.read(SHEET.anggaran, `A4:O4`).values[0];
    expect(header).toEqual(Object.values(ANGGARAN.columns).map((c) => c.header));
    expect(book.workbook.read(SHEET.anggaran, "H5").formulas[0]?.[0]).toBe(
      '=IF(OR(F5="",AND(G5="",COUNT(L5:O5)=0)),"",IKU.SERAPAN(IF(G5="",SUM(L5:O5),G5),F5))',
    );
    expect(value("H5")).toBe("");
    expect(value("I5")).toBe("");
  });

  it("computes Serapan and Sisa per row, and each program's totals from its kegiatan of the same year", async () => {
    fill();
    await runReport(setupTemplate, { currentYear: 2025 }, book.run, { runId: "t" });
    // Program 1.06.02 (row 5), 2024: its kegiatan 2.01 (300,000,000 / 270,000,000) and 2.02
    // (200,000,000 / 210,000,000); the sub kegiatan and the 2023 kegiatan are not counted.
    // Pagu 500,000,000, realisasi 480,000,000, serapan 480/500 × 100 = 96, sisa 20,000,000.
    expect([value("F5"), value("G5"), value("H5"), value("I5")]).toEqual([
      500_000_000, 480_000_000, 96, 20_000_000,
    ]);
    // Kegiatan 2.01: 270/300 × 100 = 90, sisa 30,000,000.
    expect([value("H6"), value("I6")]).toEqual([90, 30_000_000]);
    // Kegiatan 2.02 spent above its pagu: 210/200 × 100 = 105, sisa −10,000,000.
    expect([value("H8"), value("I8")]).toEqual([105, -10_000_000]);
    // Program 1.06.04 has one kegiatan with a pagu of 0: totals 0, serapan #DIV/0!.
    expect([value("F10"), value("G10"), value("I10")]).toEqual([0, 0, 0]);
    expect(value("H11")).toBe("#DIV/0!");
    // Money is shown as rupiah: whole numbers with thousands separators.
    expect(book.workbook.read(SHEET.anggaran, "F6").numberFormat[0]?.[0]).toBe("#,##0");
  });

  it("sums a program's quarterly realisasi (L:O) from its kegiatan, as Rupiah input cells checked for ≥ 0", async () => {
    fill();
    // Kegiatan 2.01 (row 6) and 2.02 (row 8) of program 1.06.02 (row 5), 2024: TW I 100,000,000
    // and 60,000,000; TW II 90,000,000 and blank.
    book.workbook.write(SHEET.anggaran, "L6:M6", [[100_000_000, 90_000_000]]);
    book.workbook.write(SHEET.anggaran, "L8", 60_000_000);
    await runReport(setupTemplate, { currentYear: 2025 }, book.run, { runId: "t" });
    // 100,000,000 + 60,000,000 = 160,000,000; 90,000,000 + 0; TW III and IV 0.
    expect([value("L5"), value("M5"), value("N5"), value("O5")]).toEqual([160_000_000, 90_000_000, 0, 0]);
    expect(book.workbook.read(SHEET.anggaran, "L5").formulas[0]?.[0]).toMatch(/^=SUMIFS\(L6:L/);
    expect(book.workbook.read(SHEET.anggaran, "M6").numberFormat[0]?.[0]).toBe("#,##0");
    const rule = book.workbook
      .sheet(SHEET.anggaran)
      .dataValidations.find((v) => v.address.startsWith("L5:O"))?.rule;
    expect(rule).toEqual({ decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } });
  });

  it("computes Serapan, Sisa and the program's Realisasi from the quarters where Realisasi is empty", async () => {
    fill();
    // Kegiatan 2.01 (row 6, pagu 300,000,000): G emptied, TW I 100,000,000 + TW II 140,000,000 =
    // 240,000,000: serapan 240/300 × 100 = 80, sisa 60,000,000. Kegiatan 2.02 (row 8) keeps G
    // 210,000,000. Program 1.06.02 (row 5): 240,000,000 + 210,000,000 = 450,000,000 of
    // 500,000,000: serapan 90, sisa 50,000,000.
    book.workbook.write(SHEET.anggaran, "G6", "");
    book.workbook.write(SHEET.anggaran, "L6:M6", [[100_000_000, 140_000_000]]);
    await runReport(setupTemplate, { currentYear: 2025 }, book.run, { runId: "t" });
    expect([value("H6"), value("I6")]).toEqual([80, 60_000_000]);
    expect([value("G5"), value("H5"), value("I5")]).toEqual([450_000_000, 90, 50_000_000]);
    // Text in G is still named by IKU.SERAPAN's #VALUE!.
    book.workbook.write(SHEET.anggaran, "G8", "dua ratus juta");
    expect(value("H8")).toBe("#VALUE!");
  });

  it("keeps a program total staff typed themselves, and a second run changes nothing", async () => {
    fill();
    book.workbook.write(SHEET.anggaran, "F10", 75_000_000);
    await runReport(setupTemplate, { currentYear: 2025 }, book.run, { runId: "t" });
    expect(value("F10")).toBe(75_000_000);
    const before = book.workbook.read(SHEET.anggaran).formulas;
    const again = await runReport(setupTemplate, { currentYear: 2025 }, book.run, { runId: "t" });
    expect(again.events).toEqual([]);
    expect(book.workbook.read(SHEET.anggaran).formulas).toEqual(before);
  });
});

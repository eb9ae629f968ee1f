import { readNumericCell } from "../../../src/core/validation/readNumericCell";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { FixtureWorkbook } from "./fixtureWorkbook";

/** The Pengaturan issues of the fixture with one cell changed. */
function pengaturanIssues(address: string, value: unknown) {
  const wb = new FixtureWorkbook();
  wb.set("Pengaturan", address, value);
  return validateWorkbook(wb.snapshot()).issues.filter((i) => i.sheet === "Pengaturan");
}

describe("each way a tahun laporan is not a year has its own code", () => {
  it.each([
    [2031, "tahunLaporanOutsidePeriod", { tahun: 2031, tahunAwal: 2022, tahunAkhir: 2026 }],
    ["dua ribu dua lima", "tahunLaporanInvalid", { nilai: "dua ribu dua lima" }],
    ["2025", "tahunLaporanText", { nilai: "2025" }],
    [" 2025 ", "tahunLaporanText", { nilai: "2025" }],
    [2025.5, "tahunLaporanNotWhole", { nilai: 2025.5 }],
    ["20225", "tahunLaporanInvalid", { nilai: "20225" }],
    [20225, "tahunLaporanInvalid", { nilai: "20225" }],
  ])("%p gives %s", (value, code, params) => {
    expect(pengaturanIssues("B6", value)).toEqual([
      { code, severity: "galat", sheet: "Pengaturan", address: "B6", params },
    ]);
  });

  it("a period whose start is after its end is reversed; one too long stays periodeInvalid", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B4", 2027);
    wb.set("Pengaturan", "B5", 2022);
    expect(validateWorkbook(wb.snapshot()).issues).toContainEqual({
      code: "periodeReversed",
      severity: "galat",
      sheet: "Pengaturan",
      address: "B4",
      params: { tahunAwal: 2027, tahunAkhir: 2022 },
    });
    const long = new FixtureWorkbook();
    long.set("Pengaturan", "B5", 2040);
    expect(validateWorkbook(long.snapshot()).issues.map((i) => i.code)).toContain("periodeInvalid");
  });
});

describe("a figure of 10^15 or more", () => {
  it("is too large to be a figure, below that a number", () => {
    expect(readNumericCell(1e308)).toEqual({ kind: "tooLarge", value: 1e308 });
    expect(readNumericCell(1e15)).toEqual({ kind: "tooLarge", value: 1e15 });
    expect(readNumericCell(999_999_999_999_999)).toEqual({ kind: "number", value: 999_999_999_999_999 });
  });

  it("is a galat in the tahun laporan, at its cell", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K1", 2024, { targetRenstra: 1e308 });
    const v = validateWorkbook(wb.snapshot());
    expect(v.issues).toContainEqual(
      expect.objectContaining({
        code: "numberTooLarge",
        severity: "galat",
        address: wb.cell("K1", 2024, "targetRenstra"),
      }),
    );
    expect(v.data).not.toBeNull();
  });
});

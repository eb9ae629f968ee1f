import { efisiensi, serapan } from "../../src/functions/functions";
import { EFISIENSI_RULE, efisiensiVerdict } from "../../src/core/formulas/efisiensi";
import { excelResult, makeCustomFunctionsStandIn } from "../support/customFunctionsStandIn";

beforeAll(() => {
  (globalThis as Record<string, unknown>)["CustomFunctions"] = makeCustomFunctionsStandIn().global;
});

describe("IKU.SERAPAN", () => {
  it("returns percent of the pagu spent: 450,000,000 of 500,000,000 is 90", () => {
    expect(serapan(450_000_000, 500_000_000)).toBe(90);
  });

  it("goes above 100 when realisasi exceeds the pagu: 550,000,000 of 500,000,000 is 110", () => {
    expect(serapan(550_000_000, 500_000_000)).toBe(110);
  });

  it("shows #DIV/0! for a pagu of 0, sent as 0 or as an empty cell (null)", () => {
    expect(excelResult(() => serapan(1_000, 0))).toMatchObject({ code: "#DIV/0!" });
    expect(excelResult(() => serapan(1_000, null))).toMatchObject({ code: "#DIV/0!" });
  });

  it.each([
    [-5, 100, "Realisasi anggaran tidak boleh negatif"],
    ["1.000.000", 100, 'Realisasi anggaran berupa teks "1.000.000"'],
    [5, -100, "Pagu tidak boleh negatif"],
  ])("shows #VALUE! with an Indonesian message for (%p, %p)", (r, p, message) => {
    const out = excelResult(() => serapan(r, p)) as { code: string; message: string };
    expect(out.code).toBe("#VALUE!");
    expect(out.message).toContain(message);
  });
});

describe("IKU.EFISIENSI", () => {
  it("returns the unspent share when capaian reaches 100: (1 − 450/500) × 100 = 10", () => {
    expect(efisiensi(105, 450_000_000, 500_000_000)).toBeCloseTo(10, 12);
    // Exactly 100 % counts as reaching it.
    expect(efisiensi(100, 450_000_000, 500_000_000)).toBeCloseTo(10, 12);
  });

  it("is 0 when the whole pagu was spent and negative above it: (1 − 550/500) × 100 = −10", () => {
    expect(efisiensi(100, 500, 500)).toBe(0);
    expect(efisiensi(120, 550, 500)).toBeCloseTo(-10, 12);
  });

  it("shows #N/A with the reason below 100 % capaian, where the rule does not apply", () => {
    expect(excelResult(() => efisiensi(99.99, 450, 500))).toEqual({
      code: "#N/A",
      message: "Capaian di bawah 100%: efisiensi anggaran hanya dihitung bila target tercapai.",
    });
  });

  it("shows #DIV/0! for a pagu of 0 and #VALUE! for text", () => {
    expect(excelResult(() => efisiensi(100, 0, 0))).toMatchObject({ code: "#DIV/0!" });
    expect(excelResult(() => efisiensi("100%", 1, 2))).toMatchObject({ code: "#VALUE!" });
  });
});

describe("the efficiency verdict, at its boundaries", () => {
  const v = (capaian: number | null, realisasi: number | null, pagu: number | null) =>
    efisiensiVerdict({ capaian, realisasi, pagu });

  it("efisien: capaian ≥ 100 with part of the pagu unspent (100 exactly, 1 rupiah unspent)", () => {
    expect(v(100, 999, 1000)).toBe("efisien");
    expect(v(130, 0, 1000)).toBe("efisien");
  });

  it("not efisien when the whole pagu was spent, even at 100 %: tidak dapat dinilai", () => {
    expect(v(100, 1000, 1000)).toBe("tidak dapat dinilai");
    expect(v(110, 1200, 1000)).toBe("tidak dapat dinilai");
  });

  it("tidak efisien: capaian < 100 while serapan ≥ capaian (equal counts)", () => {
    // serapan 800/1000 = 80 = capaian 80
    expect(v(80, 800, 1000)).toBe("tidak efisien");
    expect(v(99.99, 1000, 1000)).toBe("tidak efisien");
  });

  it("tidak dapat dinilai: capaian < 100 with serapan below it, or no pagu, a pagu of 0, no capaian", () => {
    // serapan 799/1000 = 79.9 < 80
    expect(v(80, 799, 1000)).toBe("tidak dapat dinilai");
    expect(v(120, 10, 0)).toBe("tidak dapat dinilai");
    expect(v(120, 10, null)).toBe("tidak dapat dinilai");
    expect(v(null, 10, 100)).toBe("tidak dapat dinilai");
  });
});

describe("the efficiency rule as printed", () => {
  it("states the formula and the three verdicts", () => {
    const text = EFISIENSI_RULE.join(" ");
    for (const word of [
      "(1 − realisasi anggaran / pagu) × 100",
      "Efisien:",
      "Tidak efisien:",
      "Tidak dapat dinilai:",
    ])
      expect(text).toContain(word);
  });
});

import { capaian } from "../../../src/core/formulas/capaian";
import { parsePolaritas } from "../../../src/core/formulas/Polaritas";

const value = (r: ReturnType<typeof capaian>) => (r.ok ? r.value : r.error);

describe("capaian", () => {
  it("is R / T × 100 for positive polarity (the default)", () => {
    expect(value(capaian(45, 50))).toBe(90);
    expect(value(capaian(60, 50, { polaritas: "positif" }))).toBe(120);
  });

  it("is (2T − R) / T × 100 for negative polarity by default", () => {
    // lower is better: 40 against a target of 50 is 120%
    expect(value(capaian(40, 50, { polaritas: "negatif" }))).toBe(120);
    expect(value(capaian(50, 50, { polaritas: "negatif" }))).toBe(100);
  });

  it("is T / R × 100 with the alternative negative formula", () => {
    expect(value(capaian(40, 50, { polaritas: "negatif-t/r" }))).toBe(125);
  });

  it("cannot use T / R when realisasi is 0", () => {
    expect(capaian(0, 50, { polaritas: "negatif-t/r" })).toMatchObject({
      ok: false,
      error: { type: "DIV0" },
    });
  });

  it("treats target 0 (or an empty target) as not computable, never as 0%", () => {
    for (const target of [0, null]) {
      const r = capaian(10, target);
      expect(r).toMatchObject({ ok: false, error: { type: "NA" } });
      expect(!r.ok && r.error.message).toContain("Target 0");
    }
  });

  it("says a capaian too large to be a number is #NUM!, never Infinity", () => {
    expect(capaian(1e307, 0.001)).toMatchObject({ ok: false, error: { type: "NUM" } });
    expect(capaian(1e307, 0.001, { polaritas: "negatif" })).toMatchObject({
      ok: false,
      error: { type: "NUM" },
    });
  });

  it("applies an optional cap to the result only", () => {
    expect(value(capaian(60, 50, { batas: 100 }))).toBe(100);
    expect(value(capaian(45, 50, { batas: 100 }))).toBe(90);
    expect(value(capaian(60, 50, { batas: null }))).toBe(120);
  });

  it("rejects a cap that is not a positive number", () => {
    expect(capaian(60, 50, { batas: 0 })).toMatchObject({ ok: false, error: { type: "VALUE" } });
    expect(capaian(60, 50, { batas: -5 })).toMatchObject({ ok: false, error: { type: "VALUE" } });
  });

  it("lands exactly on a decimal boundary despite binary floating point", () => {
    // In plain JavaScript 1.1 × 100 is 110.00000000000001 and 0.57 × 100 is 56.99999999999999.
    expect(1.1 * 100).not.toBe(110);
    expect(0.57 * 100).not.toBe(57);
    expect(value(capaian(1.1, 1))).toBe(110);
    expect(value(capaian(0.57, 1))).toBe(57);
    expect(value(capaian(0.545, 0.5))).toBe(109);
  });

  it("reports bad inputs with the argument's name", () => {
    const r = capaian("-", 50);
    expect(!r.ok && r.error.message).toContain("Realisasi");
  });
});

describe("parsePolaritas", () => {
  it("reads the accepted words ignoring case, spaces and the × and − signs", () => {
    expect(parsePolaritas("Positif")).toEqual({ ok: true, value: "positif" });
    expect(parsePolaritas(" NEGATIF ")).toEqual({ ok: true, value: "negatif" });
    expect(parsePolaritas("negatif (2×T−R)/T")).toEqual({ ok: true, value: "negatif" });
    expect(parsePolaritas("Negatif T/R")).toEqual({ ok: true, value: "negatif-t/r" });
  });

  it("takes an omitted argument (null) or an empty cell as positive", () => {
    expect(parsePolaritas(null)).toEqual({ ok: true, value: "positif" });
    expect(parsePolaritas("")).toEqual({ ok: true, value: "positif" });
  });

  it("rejects an unknown word with VALUE listing the accepted words", () => {
    const r = parsePolaritas("naik");
    expect(!r.ok && r.error.type).toBe("VALUE");
    expect(!r.ok && r.error.message).toContain('"positif", "negatif", "negatif-t/r"');
  });
});

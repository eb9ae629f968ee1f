import { kriteria, kriteriaOf } from "../../../src/core/formulas/kriteria";
import { roundToDecimals } from "../../../src/core/formulas/roundToDecimals";
import { toExcelPrecision } from "../../../src/core/formulas/toExcelPrecision";

describe("roundToDecimals (Excel's ROUND)", () => {
  it("rounds 90.004 to 90 and 90.005 to 90.01, as Excel does with the 15 digits it keeps", () => {
    expect(roundToDecimals(90.004, 2)).toBe(90);
    // 90.005 is stored as 90.00499999999999545…; Excel (and we) round the decimal 90.005.
    expect(roundToDecimals(90.005, 2)).toBe(90.01);
    expect(roundToDecimals(1.005, 2)).toBe(1.01);
  });

  it("rounds halves away from zero, negatives included", () => {
    expect(roundToDecimals(2.5, 0)).toBe(3);
    expect(roundToDecimals(-2.5, 0)).toBe(-3);
    expect(roundToDecimals(-90.005, 2)).toBe(-90.01);
  });

  it("keeps what has fewer decimals, and 0, and non-finite values", () => {
    expect(roundToDecimals(112.5, 2)).toBe(112.5);
    expect(roundToDecimals(71.4285714285714, 4)).toBe(71.4286);
    expect(roundToDecimals(0, 2)).toBe(0);
    expect(roundToDecimals(Infinity, 2)).toBe(Infinity);
  });

  it("removes floating-point noise first: 0.9 / 1 × 100 is 90 at any precision", () => {
    expect(roundToDecimals((0.9 / 1) * 100, 4)).toBe(90);
  });
});

describe("kriteria", () => {
  it("reads the printed, uncapped capaian against 100", () => {
    expect(kriteria(112.5, 2)).toBe("Terlampaui");
    expect(kriteria(100, 2)).toBe("Tercapai");
    expect(kriteria(99.99, 2)).toBe("Tidak Tercapai");
  });

  it("agrees with the figure printed: 100.004 prints 100,00 and is Tercapai; 100.005 prints 100,01", () => {
    expect(kriteria(100.004, 2)).toBe("Tercapai");
    expect(kriteria(100.005, 2)).toBe("Terlampaui");
    expect(kriteria(99.996, 2)).toBe("Tercapai");
    expect(kriteria(100.4, 0)).toBe("Tercapai");
  });
});

describe("kriteriaOf (IKU.KRITERIA)", () => {
  it("judges a capaian cell's value as printed with the decimals given", () => {
    expect(kriteriaOf(100.004, 2)).toEqual({ ok: true, value: "Tercapai" });
    expect(kriteriaOf(100.004, 3)).toEqual({ ok: true, value: "Terlampaui" });
    expect(kriteriaOf(120, 0)).toEqual({ ok: true, value: "Terlampaui" });
  });

  it("judges exactly, at Excel's 15 digits, when desimal is omitted (null)", () => {
    expect(kriteriaOf(100.004)).toEqual({ ok: true, value: "Terlampaui" });
    expect(kriteriaOf(100.004, null)).toEqual({ ok: true, value: "Terlampaui" });
    // 0.1 + 0.2 noise does not move a capaian of exactly 100 off the mark.
    expect(kriteriaOf(((0.1 + 0.2) / 0.3) * 100)).toEqual({ ok: true, value: "Tercapai" });
  });

  it("takes an empty capaian as 0 and a negative one as missed", () => {
    expect(kriteriaOf(null, 2)).toEqual({ ok: true, value: "Tidak Tercapai" });
    expect(kriteriaOf(-20, 2)).toEqual({ ok: true, value: "Tidak Tercapai" });
  });

  it.each([
    ["100", 2, 'berupa teks "100"'],
    [Infinity, 2, "bukan angka yang sah"],
    [true, 2, "satu angka"],
    [100, 2.5, "bilangan bulat 0–15"],
    [100, -1, "bilangan bulat 0–15"],
    [100, 16, "bilangan bulat 0–15"],
    [100, "2", "bilangan bulat 0–15"],
  ])("refuses %p with %p decimals as VALUE, saying why", (capaian, desimal, message) => {
    const r = kriteriaOf(capaian, desimal);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.type).toBe("VALUE");
      expect(r.error.message).toContain(message);
    }
  });
});

describe("figures near Excel's largest number stay numbers", () => {
  it("keeps toExcelPrecision and roundToDecimals finite where 15 digits round past Number.MAX_VALUE", () => {
    // 1.7976931348623157e308 to 15 digits is 1.79769313486232e308, which is Infinity.
    expect(toExcelPrecision(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(toExcelPrecision(-Number.MAX_VALUE)).toBe(-Number.MAX_VALUE);
    expect(roundToDecimals(Number.MAX_VALUE, 2)).toBe(Number.MAX_VALUE);
    expect(roundToDecimals(1e20 + 0.5, 2)).toBe(1e20);
    expect(kriteria(Number.MAX_VALUE, 2)).toBe("Terlampaui");
  });
});

import { capaian, kriteria, persen, predikat, rasio, tahunan } from "../../src/functions/functions";
import { excelResult, makeCustomFunctionsStandIn } from "../support/customFunctionsStandIn";

beforeAll(() => {
  (globalThis as Record<string, unknown>)["CustomFunctions"] = makeCustomFunctionsStandIn().global;
});

describe("IKU.PERSEN", () => {
  it("returns percent points: =IKU.PERSEN(1,4) is 25", () => {
    expect(persen(1, 4)).toBe(25);
  });

  it("shows #DIV/0! for a penyebut of 0 and for an empty penyebut, whether sent as 0 or null", () => {
    expect(excelResult(() => persen(3, 0))).toMatchObject({ code: "#DIV/0!" });
    expect(excelResult(() => persen(3, null))).toMatchObject({ code: "#DIV/0!" });
  });

  it.each([
    ["12,5", 'berupa teks "12,5"'],
    [-3, "tidak boleh negatif"],
    [Infinity, "bukan angka yang sah"],
  ])("shows #VALUE! with an Indonesian message for %p", (bad, message) => {
    const r = excelResult(() => persen(bad, 10)) as { code: string; message: string };
    expect(r.code).toBe("#VALUE!");
    expect(r.message).toContain(message);
  });
});

describe("IKU.RASIO", () => {
  it("returns the plain ratio: =IKU.RASIO(30,12) is 2.5", () => {
    expect(rasio(30, 12)).toBe(2.5);
  });

  it("shows #NUM! for a ratio too large to be a number, as Excel's own division does", () => {
    expect(excelResult(() => rasio(1e308, 1e-10))).toMatchObject({ code: "#NUM!" });
    expect(excelResult(() => capaian(1e307, 1e-3, null, null))).toMatchObject({ code: "#NUM!" });
  });
});

describe("IKU.CAPAIAN", () => {
  it("defaults to positive polarity when polaritas is omitted (null)", () => {
    expect(capaian(45, 50, null, null)).toBe(90);
  });

  it("uses (2T − R) / T for negatif and T / R for negatif-t/r", () => {
    expect(capaian(40, 50, "negatif", null)).toBe(120);
    expect(capaian(40, 50, "negatif-t/r", null)).toBe(125);
  });

  it("caps at batas, and treats an empty batas cell sent as 0 as no cap", () => {
    expect(capaian(60, 50, "positif", 100)).toBe(100);
    expect(capaian(60, 50, "positif", 0)).toBe(120);
    expect(capaian(60, 50, "positif", null)).toBe(120);
  });

  it("shows #N/A with a message for target 0", () => {
    expect(excelResult(() => capaian(10, 0, null, null))).toEqual({
      code: "#N/A",
      message: "Target 0 atau kosong: capaian tidak dapat dihitung.",
    });
  });

  it("shows #VALUE! listing the accepted words for an unknown polaritas", () => {
    const r = excelResult(() => capaian(10, 20, "turun", null)) as { code: string; message: string };
    expect(r.code).toBe("#VALUE!");
    expect(r.message).toBe('Polaritas "turun" tidak dikenal; gunakan "positif", "negatif", "negatif-t/r".');
  });

  it("shows #VALUE! for a batas that is text", () => {
    expect(excelResult(() => capaian(10, 20, null, "seratus"))).toMatchObject({ code: "#VALUE!" });
  });
});

describe("IKU.PREDIKAT", () => {
  it("uses the Permendagri 86/2017 scale when skala is omitted", () => {
    expect(predikat(90)).toBe("Tinggi");
    expect(predikat(90.01)).toBe("Sangat Tinggi");
  });

  it("uses a 2-column range of thresholds and labels as skala", () => {
    const skala = [
      [100, "Terlampaui"],
      [99.999999, "Tercapai"],
      [null, "Tidak Tercapai"],
    ];
    expect(predikat(120, skala)).toBe("Terlampaui");
    expect(predikat(100, skala)).toBe("Tercapai");
    expect(predikat(80, skala)).toBe("Tidak Tercapai");
  });

  it("shows #VALUE! for a scale whose thresholds do not descend", () => {
    const r = excelResult(() =>
      predikat(80, [
        [50, "A"],
        [90, "B"],
      ]),
    ) as { code: string; message: string };
    expect(r.code).toBe("#VALUE!");
    expect(r.message).toContain("batas harus menurun");
  });
});

describe("IKU.KRITERIA", () => {
  it("reads the capaian as printed against 100: =IKU.KRITERIA(100.004,2) is Tercapai", () => {
    expect(kriteria(100.004, 2)).toBe("Tercapai");
    expect(kriteria(112.5, 2)).toBe("Terlampaui");
    expect(kriteria(90, 2)).toBe("Tidak Tercapai");
  });

  it("judges the capaian as it is when desimal is omitted (null)", () => {
    expect(kriteria(100.004, null)).toBe("Terlampaui");
  });

  it("shows #VALUE! with a message for text and for decimals that are not whole", () => {
    expect(excelResult(() => kriteria("100", 2))).toMatchObject({ code: "#VALUE!" });
    const r = excelResult(() => kriteria(100, 2.5)) as { code: string; message: string };
    expect(r.code).toBe("#VALUE!");
    expect(r.message).toContain("bilangan bulat");
  });
});

describe("IKU.TAHUNAN", () => {
  it("sums a kumulatif year and takes the last quarter of an akhir one (the default when sifat is omitted)", () => {
    expect(tahunan(2, 3, null, 4, "kumulatif")).toBe(9);
    expect(tahunan(80, 84, null, null, null)).toBe(84);
  });

  it("treats an empty cell sent as 0 as empty for akhir", () => {
    expect(tahunan(80, 84, 0, 0, null)).toBe(84);
  });

  it("shows #N/A with a message when no quarter is filled in, and #VALUE! with one for text", () => {
    expect(excelResult(() => tahunan(null, null, null, null, null))).toEqual({
      code: "#N/A",
      message: "Belum ada triwulan yang terisi.",
    });
    expect(excelResult(() => tahunan("5", 1, 1, 1, null))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining('TW I berupa teks "5"'),
    });
  });
});

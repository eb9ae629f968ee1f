import { capaian } from "../../../src/core/formulas/capaian";
import { predikat } from "../../../src/core/formulas/predikat";
import { PERMENDAGRI_86_2017, parsePredikatScale } from "../../../src/core/formulas/PredikatScale";

const label = (r: ReturnType<typeof predikat>) => (r.ok ? r.value : r.error.type);

describe("predikat on the Permendagri 86/2017 scale", () => {
  it.each([
    [120, "Sangat Tinggi"],
    [90.01, "Sangat Tinggi"],
    [90, "Tinggi"],
    [75.5, "Tinggi"],
    [75, "Sedang"],
    [65.0001, "Sedang"],
    [65, "Rendah"],
    [50.01, "Rendah"],
    [50, "Sangat Rendah"],
    [0, "Sangat Rendah"],
    [-20, "Sangat Rendah"],
  ])("rates a capaian of %p as %p (strict lower bounds)", (c, expected) => {
    expect(label(predikat(c))).toBe(expected);
  });

  it("is the default scale", () => {
    expect(predikat(91)).toEqual(predikat(91, PERMENDAGRI_86_2017));
  });

  it("never lets floating-point noise move a capaian over a boundary", () => {
    // Each pair is exactly on a boundary in decimal arithmetic, a hair off it in binary.
    expect((0.0035 * 100) / 0.007).toBe(50.00000000000001);
    expect((0.00195 * 100) / 0.003).toBe(64.99999999999999);
    const cases: [number, number, string][] = [
      [0.0035, 0.007, "Sangat Rendah"], // 50
      [0.00195, 0.003, "Rendah"], // 65
      [0.00225, 0.003, "Sedang"], // 75
      [0.018, 0.02, "Tinggi"], // 90
    ];
    for (const [r, t, expected] of cases) {
      const c = capaian(r, t);
      expect(c.ok && label(predikat(c.value))).toBe(expected);
    }
    expect(label(predikat(90.00000000000001))).toBe("Tinggi");
    expect(label(predikat(75.00000000000001))).toBe("Sedang");
  });

  it("treats an empty cell (null) like 0", () => {
    expect(predikat(null)).toEqual(predikat(0));
  });

  it("rejects text and non-finite numbers with VALUE", () => {
    expect(label(predikat("90"))).toBe("VALUE");
    expect(label(predikat(NaN))).toBe("VALUE");
  });
});

describe("a custom predikat scale", () => {
  const rows = [
    [99.99, "Sangat Berhasil"],
    [74.99, "Berhasil"],
    [54.99, "Cukup Berhasil"],
    ["", "Kurang Berhasil"],
  ];

  it("is read from a 2-column range and applied", () => {
    const scale = parsePredikatScale(rows);
    expect(scale.ok).toBe(true);
    if (!scale.ok) return;
    expect(label(predikat(100, scale.value))).toBe("Sangat Berhasil");
    expect(label(predikat(80, scale.value))).toBe("Berhasil");
    expect(label(predikat(10, scale.value))).toBe("Kurang Berhasil");
  });

  it("skips fully empty rows, so a table with spare rows works", () => {
    const scale = parsePredikatScale([...rows.slice(0, 3), [null, null], rows[3]!, ["", ""]]);
    expect(scale.ok && scale.value.length).toBe(4);
  });

  it("gives NA below every band when there is no catch-all row", () => {
    const scale = parsePredikatScale([
      [100, "Terlampaui"],
      [99.999, "Tercapai"],
    ]);
    expect(scale.ok && label(predikat(50, scale.value))).toBe("NA");
  });

  it.each([
    [
      [
        [75, "A"],
        [90, "B"],
      ],
      "batas harus menurun",
    ],
    [
      [
        [90, "A"],
        [90, "B"],
      ],
      "batas harus menurun",
    ],
    [
      [
        ["", "A"],
        [50, "B"],
      ],
      "hanya baris terakhir",
    ],
    [[["tinggi", "A"]], "batas bawah harus angka"],
    [[[90, 5]], "predikat harus berupa teks"],
    [[[90]], "2 kolom"],
    [[], "kosong"],
  ])("rejects the bad scale %j saying %p", (bad, message) => {
    const scale = parsePredikatScale(bad);
    expect(scale.ok).toBe(false);
    expect(!scale.ok && scale.error.message).toContain(message);
  });
});

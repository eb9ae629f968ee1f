import { persen } from "../../../src/core/formulas/persen";
import { rasio } from "../../../src/core/formulas/rasio";

describe("persen", () => {
  it("gives a share in percent points: 1 of 4 is 25", () => {
    expect(persen(1, 4)).toEqual({ ok: true, value: 25 });
  });

  it("keeps full precision: 1 of 3 is 33.333…, not a rounded 33.33", () => {
    const r = persen(1, 3);
    expect(r.ok && r.value).toBeCloseTo(100 / 3, 12);
    expect(r.ok && r.value).not.toBe(33.33);
  });

  it("gives DIV0 when the penyebut is 0, and when it is an empty cell (null)", () => {
    expect(persen(5, 0)).toMatchObject({ ok: false, error: { type: "DIV0" } });
    expect(persen(5, null)).toMatchObject({ ok: false, error: { type: "DIV0" } });
  });

  it("treats an empty pembilang sent as null exactly like one sent as 0", () => {
    expect(persen(null, 8)).toEqual(persen(0, 8));
  });

  it.each([
    [-1, 4, "Pembilang tidak boleh negatif"],
    [1, -4, "Penyebut tidak boleh negatif"],
    [NaN, 4, "Pembilang bukan angka yang sah"],
    [1, Infinity, "Penyebut bukan angka yang sah"],
    ["12,5", 4, 'Pembilang berupa teks "12,5"'],
    [1, "4", 'Penyebut berupa teks "4"'],
    [true, 4, "nilai logika TRUE"],
  ])("rejects %p / %p with VALUE saying what is wrong", (n, d, message) => {
    const r = persen(n, d);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.type).toBe("VALUE");
    expect(!r.ok && r.error.message).toContain(message);
  });
});

describe("rasio", () => {
  it("gives an average, not multiplied by 100: 30 kelompok over 12 LPM is 2.5", () => {
    expect(rasio(30, 12)).toEqual({ ok: true, value: 2.5 });
  });

  it("gives DIV0 for a penyebut of 0", () => {
    expect(rasio(3, 0)).toMatchObject({ ok: false, error: { type: "DIV0" } });
  });

  it("rejects text with VALUE", () => {
    expect(rasio("n/a", 3)).toMatchObject({ ok: false, error: { type: "VALUE" } });
  });
});

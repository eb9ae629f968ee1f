import { tahunan } from "../../../src/core/formulas/tahunan";
import { deriveTahunan } from "../../../src/core/triwulan/deriveTahunan";

const value = (r: ReturnType<typeof tahunan>) => (r.ok ? r.value : r.error);

describe("tahunan (IKU.TAHUNAN): the year from its four quarters", () => {
  it('kumulatif sums the quarters filled in, blanks (null, omitted, "") skipped: 2 + 3 + 4 = 9', () => {
    expect(value(tahunan([2, 3, null, 4], "kumulatif"))).toBe(9);
    expect(value(tahunan([2, 3, "", 4], "Kumulatif "))).toBe(9);
    expect(value(tahunan([0.1, 0.2, null, null], "kumulatif"))).toBe(0.3);
  });

  it("akhir takes the last quarter that has a value; it is the default when sifat is omitted (null)", () => {
    expect(value(tahunan([80, 84, 82, 92], "akhir"))).toBe(92);
    expect(value(tahunan([80, 84, null, null], null))).toBe(84);
    expect(value(tahunan([80, 84, "", ""]))).toBe(84);
  });

  it("for akhir, a 0 counts as empty (Excel may send an empty cell as 0) unless every quarter filled in is 0", () => {
    expect(value(tahunan([80, 84, 0, 0], "akhir"))).toBe(84);
    expect(value(tahunan([0, null, 0, null], "akhir"))).toBe(0);
    // For kumulatif a 0 adds nothing, either way.
    expect(value(tahunan([5, 0, 0, 0], "kumulatif"))).toBe(5);
  });

  it("gives NA with a message when no quarter is filled in", () => {
    expect(value(tahunan([null, null, "", undefined], "kumulatif"))).toEqual({
      type: "NA",
      message: "Belum ada triwulan yang terisi.",
    });
  });

  it.each([
    [["12", 1, 1, 1], 'TW I berupa teks "12"'],
    [[1, -2, 1, 1], "TW II tidak boleh negatif (-2)"],
    [[1, 1, Number.NaN, 1], "TW III bukan angka yang sah"],
    [[1, 1, 1, true], "TW IV berupa nilai yang bukan angka"],
  ])("gives VALUE naming the quarter for %p", (quarters, message) => {
    const r = tahunan(quarters, "akhir");
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.type, r.error.message]).toEqual(["VALUE", expect.stringContaining(message)]);
  });

  it("gives VALUE for a sifat it does not know, naming the two it does", () => {
    const r = tahunan([1, 2, 3, 4], "rata-rata");
    expect(r.ok ? null : r.error.message).toContain('"kumulatif" atau "akhir"');
  });
});

describe("deriveTahunan: the year's pembilang and penyebut from the quarter sheets", () => {
  const q = (pembilang: number | null, penyebut: number | null = null) => ({ pembilang, penyebut });

  it("kumulatif sums pembilang (and penyebut where there is one), a typed 0 included", () => {
    expect(deriveTahunan([q(2), q(3), q(0), q(4)], "kumulatif")).toEqual({
      pembilang: 9,
      penyebut: null,
      dari: [1, 2, 3, 4],
    });
  });

  it("akhir takes the last quarter filled in as it is; here a typed 0 is a value (the sheet tells 0 from empty)", () => {
    expect(deriveTahunan([q(40, 50), q(42, 50), null, q(0, 50)], "akhir")).toEqual({
      pembilang: 0,
      penyebut: 50,
      dari: [4],
    });
    expect(deriveTahunan([q(40, 50), q(42, 50), q(null), null], "akhir")).toEqual({
      pembilang: 42,
      penyebut: 50,
      dari: [2],
    });
  });

  it("reads only up to the quarter asked for (a TW II report), and gives null when nothing is filled in", () => {
    expect(deriveTahunan([q(2), q(3), q(9), q(9)], "kumulatif", 2)).toEqual({
      pembilang: 5,
      penyebut: null,
      dari: [1, 2],
    });
    expect(deriveTahunan([null, q(null), null, null], "akhir")).toBeNull();
  });
});

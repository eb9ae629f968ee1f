import { rataRataCapaian } from "../../../src/core/lakip/rataRataCapaian";

describe("rataRataCapaian: the mean of the capaian that are numbers", () => {
  it("is the plain mean at Excel's precision, capped by the cap on the mean when there is one", () => {
    // (112.5 + 70) / 2 = 91.25; (0.1 + 0.2) / 2 = 0.15 without binary noise
    expect(rataRataCapaian([112.5, 70], null)).toBe(91.25);
    expect(rataRataCapaian([0.1, 0.2], null)).toBe(0.15);
    expect(rataRataCapaian([112.5, 100], 100)).toBe(100);
    expect(rataRataCapaian([], 100)).toBeNull();
  });

  it("stays a number for figures near Excel's largest, and between the least and the greatest", () => {
    const max = Number.MAX_VALUE;
    expect(rataRataCapaian([max, max, max], null)).toBe(max);
    expect(rataRataCapaian([max, -max], null)).toBe(0);
    // A negative indicator's capaian, (2T − R)/T×100, can be far below 0: (−1e308 + 90)/2.
    expect(rataRataCapaian([-1e308, 90], null)).toBe(-5e307);
  });
});

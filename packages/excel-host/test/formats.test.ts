/*
 * Pure helpers: Excel number formats → text, A1 addresses ↔ rectangles.
 */
import { columnToLetters, formatAddress, formatValue, lettersToColumn, parseAddress } from "../src";

describe("number formats render as Excel (en-US) shows them", () => {
  test.each([
    [25, "General", "25"],
    [1 / 3, "General", "0.333333333"],
    [123456789012, "General", "1.23457E+11"],
    [2.5, "0", "3"],
    [-2.5, "0", "-3"],
    [1.005, "0.00", "1.01"],
    [1234567.891, "#,##0", "1,234,568"],
    [1234.5, "#,##0.00", "1,234.50"],
    [0.256, "0%", "26%"],
    [0.256, "0.00%", "25.60%"],
    [-5, "#,##0;(#,##0)", "(5)"],
    [0, '#,##0;-#,##0;"-"', "-"],
    [1500000, '"Rp "#,##0', "Rp 1,500,000"],
    [95.5, '0.0" %"', "95.5 %"],
    [45292, "dd/mm/yyyy", "01/01/2024"],
    [45292, "d mmmm yyyy", "1 January 2024"],
    [45292.5, "h:mm", "12:00"],
    ["teks", "@", "teks"],
    ["teks", "0.00", "teks"],
    [true, "General", "TRUE"],
    [12, "@", "12"],
  ])("%p with %p shows %p", (value, format, text) => {
    expect(formatValue(value, format)).toBe(text);
  });
});

describe("A1 addresses", () => {
  test("column letters round-trip", () => {
    expect([0, 25, 26, 701, 16383].map(columnToLetters)).toEqual(["A", "Z", "AA", "ZZ", "XFD"]);
    expect(["A", "z", "AA", "XFD"].map(lettersToColumn)).toEqual([0, 25, 26, 16383]);
  });

  test("parsing cells, ranges, whole columns and rows, and sheet-qualified addresses", () => {
    expect(parseAddress("B2")).toEqual({ rect: { row: 1, column: 1, rowCount: 1, columnCount: 1 } });
    expect(parseAddress("$C$3:A1")).toEqual({ rect: { row: 0, column: 0, rowCount: 3, columnCount: 3 } });
    expect(parseAddress("B:C")?.rect).toEqual({ row: 0, column: 1, rowCount: 1048576, columnCount: 2 });
    expect(parseAddress("2:4")?.rect).toEqual({ row: 1, column: 0, rowCount: 3, columnCount: 16384 });
    expect(parseAddress("'LAKIP 2024'!A1")).toEqual({
      sheet: "LAKIP 2024",
      rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
    });
    expect(parseAddress("'Dinas''s'!A1")?.sheet).toBe("Dinas's");
    expect(parseAddress("TahunLaporan")).toBeNull();
    expect(parseAddress("A0")).toBeNull();
    expect(parseAddress("XFE1")).toBeNull();
  });

  test("formatting quotes sheet names with spaces, punctuation or a cell-like name", () => {
    const a1 = { row: 0, column: 0, rowCount: 1, columnCount: 1 };
    expect(formatAddress("Linjamsos", { row: 0, column: 0, rowCount: 2, columnCount: 2 })).toBe(
      "Linjamsos!A1:B2",
    );
    expect(formatAddress("LAKIP 2024", a1)).toBe("'LAKIP 2024'!A1");
    expect(formatAddress("Dinas's", a1)).toBe("'Dinas''s'!A1");
    expect(formatAddress("ABC1", a1)).toBe("'ABC1'!A1");
    expect(formatAddress("Sheet1", a1, true)).toBe("Sheet1!$A$1");
  });
});

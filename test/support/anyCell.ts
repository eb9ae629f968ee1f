/*
 * Anything an Excel cell can hand the add-in, for the property tests.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/core/workbook/a1";

/** Excel's error values as `range.values` gives them. */
const EXCEL_ERRORS = [
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
];

/**
 * Anything a cell can hand over: numbers of every size and sign (dates are numbers too),
 * text that looks like a number or a year or nothing at all, booleans, "", error values.
 * NaN and ±Infinity never come from Excel, but a core that meets one must not break.
 */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      0,
      -0,
      1e15,
      -1e300,
      1.7976931348623157e308,
      5e-324,
      Number.MAX_SAFE_INTEGER + 2,
      NaN,
      Infinity,
      -Infinity,
    ),
  },
  // Years near and far, and dates as Excel's serial numbers (45292 is 1 Jan 2024).
  { weight: 2, arbitrary: fc.integer({ min: 1990, max: 2110 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 60000 }) },
  { weight: 2, arbitrary: fc.constantFrom("", " ", "  ") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "12,5",
      "1.234",
      "50%",
      "-3",
      "2024",
      " 2024 ",
      "NaN",
      "Infinity",
      "-Infinity",
      "1e999",
      "1/2",
      "TRUE",
      "=A1",
      "'",
      "—",
      "positif",
      "negatif",
      "negatif-t/r",
      "jumlah",
      "persen",
      "rasio",
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(...EXCEL_ERRORS) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
);

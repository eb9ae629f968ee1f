import { isDateFormat } from "../../../src/core/validation/isDateFormat";

describe("isDateFormat", () => {
  it.each(["d-mmm", "m/d/yyyy", "dd/mm/yyyy", "[$-421]dd mmmm yyyy", "h:mm", "[h]:mm:ss", "mmm-yy", "yyyy"])(
    "takes %p for a date or time",
    (code) => expect(isDateFormat(code)).toBe(true),
  );

  it.each([
    "General",
    "0",
    "0.00",
    "#,##0",
    "#,##0.00",
    "0%",
    "0.00E+00",
    "[$Rp-421] #,##0",
    '0" hari"',
    "@",
    "",
  ])("takes %p for a number (or text) format", (code) => expect(isDateFormat(code)).toBe(false));
});

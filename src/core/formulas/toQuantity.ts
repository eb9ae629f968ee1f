import { fail, ok, type FormulaResult } from "./FormulaResult";

/**
 * The one bad-input policy of every IKU formula, applied to each numeric argument.
 *
 * - A number must be finite and not negative: IKU quantities are counts, shares and
 *   targets, none of which can be negative. `NaN`/`±Infinity` and negatives → `VALUE`.
 * - `null` and `undefined` are an empty cell and count as 0, as in Excel's own
 *   arithmetic; Excel may send an empty cell as `0` or as `null`, and both must agree.
 * - Text is rejected, even text that looks like a number (`"12,5"`, `"5"`): a number
 *   stored as text is the commonest data-entry slip, and coercing it silently would
 *   hide it. The empty string is text too, so a guard such as `=IF(A1="","",…)`
 *   upstream never turns into a 0.
 * - Booleans, arrays and anything else → `VALUE`.
 *
 * Nothing throws: the result is a {@link FormulaResult}.
 */
export function toQuantity(value: unknown, name: string): FormulaResult<number> {
  if (value === null || value === undefined) return ok(0);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail("VALUE", `${name} bukan angka yang sah (${String(value)}).`);
    if (value < 0) return fail("VALUE", `${name} tidak boleh negatif (${value}).`);
    return ok(value);
  }
  if (typeof value === "string") {
    if (value.trim() === "") return fail("VALUE", `${name} kosong (teks kosong); isi dengan angka.`);
    return fail(
      "VALUE",
      `${name} berupa teks "${value}"; ketik sebagai angka, tanpa tanda kutip atau satuan.`,
    );
  }
  if (typeof value === "boolean")
    return fail("VALUE", `${name} berupa nilai logika ${value ? "TRUE" : "FALSE"}; isi dengan angka.`);
  return fail("VALUE", `${name} harus berupa satu angka.`);
}

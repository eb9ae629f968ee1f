import { fail, ok, type FormulaResult } from "./FormulaResult";
import { toExcelPrecision } from "./toExcelPrecision";

/** How a year's realisasi adds up from its quarters (the catalog's Sifat Target). */
type SifatTahunan = "kumulatif" | "akhir";

/**
 * The sifat argument: omitted (`null`, an empty cell) is `akhir`, the catalog's own
 * default — it never adds up a stock, where summing a kumulatif figure's quarters
 * would at worst understate it by reading only the last one.
 */
function parseSifat(value: unknown): FormulaResult<SifatTahunan> {
  if (value === null || value === undefined || value === "" || value === 0) return ok("akhir");
  if (typeof value === "string") {
    const word = value.trim().toLowerCase();
    if (word === "kumulatif" || word === "akhir") return ok(word);
  }
  return fail(
    "VALUE",
    `Sifat target ${typeof value === "string" ? `"${value}"` : "yang diberikan"} tidak dikenal; isi "kumulatif" atau "akhir" (kosong = akhir).`,
  );
}

/**
 * The year's value from its four quarters (`IKU.TAHUNAN`): kumulatif sums the quarters,
 * akhir takes the last quarter that has a value.
 *
 * Bad-input policy (one, for all four arguments):
 * - blank is skipped: `null`/`undefined` (an omitted argument, an empty cell) and `""`
 *   (what the quarter sheets' Realisasi formula shows while a quarter is empty);
 * - a 0 is a value for kumulatif (it adds nothing either way) but, for akhir, is skipped
 *   like a blank unless every quarter that has a value is 0: Excel may pass an empty cell
 *   as 0, and a stock that really fell to 0 in the last quarter is far rarer than an
 *   unfilled quarter read as 0. The quarter sheets themselves (read by the add-in, where an
 *   empty cell is never 0) keep a typed 0 as a value;
 * - text, a negative number, NaN/Infinity, a boolean → `VALUE` with the quarter named;
 * - no quarter with a value → `NA` ("belum ada triwulan yang terisi").
 */
export function tahunan(quarters: readonly unknown[], sifat?: unknown): FormulaResult<number> {
  const s = parseSifat(sifat);
  if (!s.ok) return s;
  const values: (number | null)[] = [];
  for (const [i, q] of quarters.entries()) {
    const name = `TW ${["I", "II", "III", "IV"][i] ?? i + 1}`;
    if (q === null || q === undefined || q === "") {
      values.push(null);
      continue;
    }
    if (typeof q !== "number")
      return fail(
        "VALUE",
        `${name} berupa ${typeof q === "string" ? `teks "${q}"` : "nilai yang bukan angka"}; isi dengan angka atau kosongkan.`,
      );
    if (!Number.isFinite(q)) return fail("VALUE", `${name} bukan angka yang sah (${String(q)}).`);
    if (q < 0) return fail("VALUE", `${name} tidak boleh negatif (${q}).`);
    values.push(q);
  }
  const filled = values.filter((v): v is number => v !== null);
  if (filled.length === 0) return fail("NA", "Belum ada triwulan yang terisi.");
  if (s.value === "kumulatif") {
    const sum = filled.reduce((a, b) => a + b, 0);
    return Number.isFinite(sum)
      ? ok(toExcelPrecision(sum))
      : fail("NUM", "Jumlah triwulan terlalu besar untuk dihitung.");
  }
  const nonZero = filled.filter((v) => v !== 0);
  return ok(nonZero.length === 0 ? 0 : (nonZero[nonZero.length - 1] ?? 0));
}

import { fail, ok, type FormulaResult } from "./FormulaResult";

/**
 * How capaian is measured:
 * - `positif`: higher is better, R / T × 100 (all 17 DSPM indicators);
 * - `negatif`: lower is better, (2T − R) / T × 100, the formula most reports use;
 * - `negatif-t/r`: lower is better, T / R × 100, the alternative some agencies use.
 *
 * (T − R) / T × 100 is deliberately absent: it gives 0% when realisasi meets the target.
 */
export type Polaritas = "positif" | "negatif" | "negatif-t/r";

const POLARITAS_WORDS: readonly Polaritas[] = ["positif", "negatif", "negatif-t/r"];

// Spelling variants staff type: spaces, the multiplication and minus signs, "2T-R".
const ALIASES: Readonly<Record<string, Polaritas>> = {
  positif: "positif",
  "+": "positif",
  negatif: "negatif",
  "-": "negatif",
  "negatif-2t-r": "negatif",
  "negatif(2t-r)/t": "negatif",
  "(2t-r)/t": "negatif",
  "negatif-t/r": "negatif-t/r",
  "negatift/r": "negatif-t/r",
  "t/r": "negatif-t/r",
};

/**
 * Reads a polaritas word as typed in a cell, ignoring case, spaces and the × and −
 * signs. `null`, `undefined` and the empty string mean "not given" → `positif`.
 */
export function parsePolaritas(value: unknown): FormulaResult<Polaritas> {
  if (value === null || value === undefined) return ok("positif");
  if (typeof value !== "string") {
    return fail("VALUE", `Polaritas harus berupa kata: ${POLARITAS_WORDS.map((w) => `"${w}"`).join(", ")}.`);
  }
  const key = value
    .toLowerCase()
    .replace(/[\s×*]/g, "")
    .replace(/[−–]/g, "-");
  if (key === "") return ok("positif");
  const polaritas = ALIASES[key];
  if (polaritas) return ok(polaritas);
  return fail(
    "VALUE",
    `Polaritas "${value}" tidak dikenal; gunakan ${POLARITAS_WORDS.map((w) => `"${w}"`).join(", ")}.`,
  );
}

import { fail, ok, type FormulaResult } from "./FormulaResult";

/**
 * A predikat scale: bands in descending order. A capaian gets the label of the first
 * band whose `lebihDari` it strictly exceeds; a band whose `lebihDari` is `null` takes
 * everything left and must be the last. Strict lower bounds give every value exactly
 * one band (Permendagri 86/2017 read as the domain notes read it: 90 → Tinggi).
 */
export interface PredikatBand {
  readonly lebihDari: number | null;
  readonly label: string;
}

export type PredikatScale = readonly PredikatBand[];

/** Permendagri 86/2017, the default. */
export const PERMENDAGRI_86_2017: PredikatScale = [
  { lebihDari: 90, label: "Sangat Tinggi" },
  { lebihDari: 75, label: "Tinggi" },
  { lebihDari: 65, label: "Sedang" },
  { lebihDari: 50, label: "Rendah" },
  { lebihDari: null, label: "Sangat Rendah" },
];

/**
 * Reads a scale from rows of `[threshold, label]`, as a 2-column range gives them.
 * Fully empty rows are skipped (a table with spare rows); the threshold of the last
 * row may be empty (the catch-all band). Every problem is reported with its row.
 */
export function parsePredikatScale(rows: readonly (readonly unknown[])[]): FormulaResult<PredikatScale> {
  const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  const used = rows
    .map((row, index) => ({ row, number: index + 1 }))
    .filter(({ row }) => !row.every(isBlank));
  if (used.length === 0) return fail("VALUE", "Skala predikat kosong.");
  const bands: PredikatBand[] = [];
  for (const [i, { row, number }] of used.entries()) {
    if (row.length < 2) return fail("VALUE", "Skala predikat harus 2 kolom: batas bawah dan predikat.");
    const [threshold, label] = row;
    if (typeof label !== "string" || label.trim() === "") {
      return fail("VALUE", `Skala predikat baris ${number}: predikat harus berupa teks.`);
    }
    const last = i === used.length - 1;
    if (isBlank(threshold)) {
      if (!last)
        return fail("VALUE", `Skala predikat baris ${number}: hanya baris terakhir yang boleh tanpa batas.`);
      bands.push({ lebihDari: null, label: label.trim() });
      continue;
    }
    if (typeof threshold !== "number" || !Number.isFinite(threshold)) {
      return fail("VALUE", `Skala predikat baris ${number}: batas bawah harus angka.`);
    }
    const previous = bands[bands.length - 1];
    if (previous && previous.lebihDari !== null && threshold >= previous.lebihDari) {
      return fail(
        "VALUE",
        `Skala predikat baris ${number}: batas harus menurun (${threshold} tidak di bawah ${previous.lebihDari}).`,
      );
    }
    bands.push({ lebihDari: threshold, label: label.trim() });
  }
  return ok(bands);
}

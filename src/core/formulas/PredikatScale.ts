import { fail, ok, type FormulaResult } from "./FormulaResult";

/**
 * A predikat scale: bands in descending order. A capaian gets the label of the first
 * band whose `lebihDari` it strictly exceeds; a band whose `lebihDari` is `null` takes
 * everything left and must be the last. Strict lower bounds give every value exactly
 * one band (Permendagri 86/2017 read as the domain notes read it: 90 → Tinggi).
 */
interface PredikatBand {
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
 * Why rows are not a scale, as data. `row` is the 1-based row within the rows given, so
 * a caller that knows where they sit names the cell.
 */
export type ScaleProblem =
  | { readonly code: "empty" }
  | { readonly code: "notTwoColumns"; readonly row: number }
  | { readonly code: "labelNotText"; readonly row: number }
  | { readonly code: "thresholdMissing"; readonly row: number }
  | { readonly code: "thresholdNotNumber"; readonly row: number }
  | {
      readonly code: "notDescending";
      readonly row: number;
      readonly threshold: number;
      readonly previous: number;
    };

/**
 * A scale problem in Indonesian: `#VALUE!`'s message of IKU.PREDIKAT, and the Indonesian
 * message catalogue's wording of it (src/core/messages/id.ts), kept here so that the
 * custom functions' bundle carries no catalogue.
 */
export function scaleProblemText(problem: ScaleProblem): string {
  switch (problem.code) {
    case "empty":
      return "Skala predikat kosong.";
    case "notTwoColumns":
      return "Skala predikat harus 2 kolom: batas bawah dan predikat.";
    case "labelNotText":
      return `Skala predikat baris ${problem.row}: predikat harus berupa teks.`;
    case "thresholdMissing":
      return `Skala predikat baris ${problem.row}: hanya baris terakhir yang boleh tanpa batas.`;
    case "thresholdNotNumber":
      return `Skala predikat baris ${problem.row}: batas bawah harus angka.`;
    case "notDescending":
      return `Skala predikat baris ${problem.row}: batas harus menurun (${problem.threshold} tidak di bawah ${problem.previous}).`;
  }
}

/**
 * Reads a scale from rows of `[threshold, label]`, as a 2-column range gives them.
 * Fully empty rows are skipped (a table with spare rows); the threshold of the last
 * row may be empty (the catch-all band). The first problem is returned with its row.
 */
export function readPredikatScale(
  rows: readonly (readonly unknown[])[],
):
  | { readonly ok: true; readonly value: PredikatScale }
  | { readonly ok: false; readonly problem: ScaleProblem } {
  const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  const used = rows
    .map((row, index) => ({ row, number: index + 1 }))
    .filter(({ row }) => !row.every(isBlank));
  if (used.length === 0) return { ok: false, problem: { code: "empty" } };
  const bands: PredikatBand[] = [];
  for (const [i, { row, number }] of used.entries()) {
    if (row.length < 2) return { ok: false, problem: { code: "notTwoColumns", row: number } };
    const [threshold, label] = row;
    if (typeof label !== "string" || label.trim() === "")
      return { ok: false, problem: { code: "labelNotText", row: number } };
    const last = i === used.length - 1;
    if (isBlank(threshold)) {
      if (!last) return { ok: false, problem: { code: "thresholdMissing", row: number } };
      bands.push({ lebihDari: null, label: label.trim() });
      continue;
    }
    if (typeof threshold !== "number" || !Number.isFinite(threshold))
      return { ok: false, problem: { code: "thresholdNotNumber", row: number } };
    const previous = bands[bands.length - 1];
    if (previous && previous.lebihDari !== null && threshold >= previous.lebihDari) {
      return {
        ok: false,
        problem: { code: "notDescending", row: number, threshold, previous: previous.lebihDari },
      };
    }
    bands.push({ lebihDari: threshold, label: label.trim() });
  }
  return { ok: true, value: bands };
}

/** `readPredikatScale` for a formula: a bad scale is `#VALUE!` with its Indonesian reason. */
export function parsePredikatScale(rows: readonly (readonly unknown[])[]): FormulaResult<PredikatScale> {
  const read = readPredikatScale(rows);
  return read.ok ? ok(read.value) : fail("VALUE", scaleProblemText(read.problem));
}

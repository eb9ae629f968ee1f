import type { Grid } from "../workbook/a1";
import { sheetNamed } from "../workbook/sheetNamed";
import { fingerprint } from "./fingerprint";
import { freeSheetName } from "./freeSheetName";

export type RegenerationDecision =
  | "create"
  | "replace"
  /**
   * The existing sheet is kept under `keepAs` and the report is created anew.
   * `edited`: the add-in wrote it, a user changed it since; `notGenerated`: the add-in
   * has no record of writing it (a user's own sheet of that name).
   */
  | { readonly keepAs: string; readonly reason: "edited" | "notGenerated" };

/**
 * What to do with the report sheet's name before writing: nothing is ever lost.
 * The add-in replaces only a sheet it generated and nobody changed since (the
 * fingerprint recorded in IKU_Meta matches the current values), or one it was still
 * writing when a write broke off; anything else is renamed out of the way and kept.
 */
export function decideRegeneration(input: {
  readonly sheetName: string;
  readonly sheetNames: readonly string[];
  /** The current values of the existing sheet, anchored at A1; `null`/absent when it does not exist. */
  readonly existing: Grid | null | undefined;
  readonly recordedFingerprint: string | null;
  /**
   * IKU_Meta's journal says a write of this sheet began and never completed (the
   * add-in could not even undo it): the sheet is the add-in's own unfinished report.
   */
  readonly interrupted?: boolean;
}): RegenerationDecision {
  const exists = sheetNamed(input.sheetNames, input.sheetName) !== undefined;
  if (!exists) return "create";
  if (input.interrupted === true) return "replace";
  if (input.existing && input.recordedFingerprint !== null) {
    const current = fingerprint(input.existing);
    if (current === input.recordedFingerprint) return "replace";
  }
  const reason = input.recordedFingerprint === null ? "notGenerated" : "edited";
  // A user's own sheet was never "edited" from a report: call the copy "lama" (old).
  return {
    keepAs: freeSheetName(input.sheetName, input.sheetNames, reason === "edited" ? "diedit" : "lama"),
    reason,
  };
}

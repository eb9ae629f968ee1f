// The LAKIP report sheet, the data it is built from, and the bookkeeping that keeps users' edits safe.
export type { LakipData, LakipIndikator, LakipSettings, LakipTahun, Nilai } from "./LakipData";
export { buildLakipSheet, LAKIP_LAYOUT, LAKIP_SECTIONS, type LakipSheetOptions } from "./buildLakipSheet";
export { bandColour } from "../workbook/PALETTE";
export { fingerprint } from "./fingerprint";
export { planValues } from "./planValues";
export { freeSheetName } from "./freeSheetName";
export { decideRegeneration, type RegenerationDecision } from "./decideRegeneration";

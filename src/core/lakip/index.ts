// The LAKIP report sheet and the bookkeeping that keeps users' edits safe.
export { buildLakipSheet, LAKIP_LAYOUT, LAKIP_SECTIONS, type LakipSheetOptions } from "./buildLakipSheet";
export { bandColour } from "../workbook/PALETTE";
export { fingerprint } from "./fingerprint";
export { planValues } from "./planValues";
export { freeSheetName } from "./freeSheetName";
export { decideRegeneration, type RegenerationDecision } from "./decideRegeneration";
export { fingerprintInMeta, metaRows } from "./fingerprintInMeta";
export { lakipMetaPlan } from "./lakipMetaPlan";

// The LAKIP report sheet and the bookkeeping that keeps users' edits safe.
export { buildLakipSheet, LAKIP_LAYOUT, bandColour, type LakipSheetOptions } from "./buildLakipSheet";
export { fingerprint } from "./fingerprint";
export { planValues } from "./planValues";
export { freeSheetName } from "./freeSheetName";
export { decideRegeneration, type RegenerationDecision } from "./decideRegeneration";
export { fingerprintInMeta, metaRows } from "./fingerprintInMeta";
export { lakipMetaPlan } from "./lakipMetaPlan";

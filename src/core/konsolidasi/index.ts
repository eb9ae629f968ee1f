// The city-wide consolidation of many agencies' IKU (the command line's `konsolidasi`).
export type { KonsolidasiData, KonsolidasiInput } from "./KonsolidasiData";
export { consolidate } from "./consolidate";
export { buildKonsolidasiSheet } from "./buildKonsolidasiSheet";
export { agencyReport } from "./agencyReport";
export type { FileProblem } from "./FileProblem";

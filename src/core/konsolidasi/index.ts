// The city-wide consolidation of many agencies' IKU (the command line's `konsolidasi`).
export type {
  Ditolak,
  KonsolidasiData,
  KonsolidasiIndikator,
  KonsolidasiInput,
  KonsolidasiInstansi,
  KonsolidasiSasaran,
  Ringkasan,
} from "./KonsolidasiData";
export { consolidate } from "./consolidate";
export {
  buildKonsolidasiSheet,
  konsolidasiSheetName,
  type KonsolidasiSheetOptions,
} from "./buildKonsolidasiSheet";
export { agencyReport, type AgencyReport } from "./agencyReport";
export type { FileProblem } from "./FileProblem";

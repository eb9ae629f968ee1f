// The city-wide consolidation of many agencies' IKU (the command line's `konsolidasi`).
export type {
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

// The sheets the template, validation and the LAKIP report all read, read one way.
export {
  bidangRole,
  fingerprintOf,
  isTemplateRole,
  lakipRole,
  planMetaSheet,
  planReportRecord,
  readMeta,
  type MetaContents,
  type MetaSheetRecord,
  type SheetRole,
  type TemplateRole,
} from "./ikuMeta";
export {
  defaultSettings,
  effectiveSettings,
  foundSettingCell,
  pengaturanCell,
  readPengaturan,
  SETTING_KEYS,
  type PengaturanContents,
  type SettingKey,
} from "./readPengaturan";
export { findHeaderRow, readBidangSheet, type BidangRow, type BidangSheetContents } from "./readBidangSheet";
export { normaliseHeader } from "./normaliseHeader";
export { locateFields, type LayoutField, type LocatedFields } from "./locateFields";
export {
  clampToPeriode,
  PERIODE_MAX_TAHUN,
  periodeProblem,
  TAHUN_MAX,
  TAHUN_MIN,
  tahunPeriode,
  tahunSchema,
  type Periode,
} from "./renstraPeriod";

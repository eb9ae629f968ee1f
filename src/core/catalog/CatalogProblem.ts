/**
 * What is wrong with a catalog entry, as typed data: zod's issues (kind and path) mapped
 * to the catalog's own words, so every problem can be said in the pane's language and
 * no schema library's English text ever reaches a user. The sentences are in the
 * message catalogues (src/core/messages).
 */

export type CatalogList = "bidang" | "sasaran" | "indikator";

const CATALOG_LISTS: readonly string[] = ["bidang", "sasaran", "indikator"] satisfies CatalogList[];

export const isCatalogList = (v: unknown): v is CatalogList =>
  typeof v === "string" && CATALOG_LISTS.includes(v);

/** A field of the catalog, as `list.field` (or a top-level one). */
export type CatalogField =
  | "instansi"
  | "periode.awal"
  | "periode.akhir"
  | "bidang.kode"
  | "bidang.nama"
  | "bidang.lembar"
  | "sasaran.kode"
  | "sasaran.nama"
  | "indikator.kode"
  | "indikator.nama"
  | "indikator.sasaran"
  | "indikator.jenis"
  | "indikator.satuan"
  | "indikator.polaritas"
  | "indikator.pembilang"
  | "indikator.penyebut"
  | "indikator.sumberData"
  | "indikator.bidang"
  | "indikator.kondisiAwal"
  | "indikator.sifatTarget"
  | "indikator.standarNasional"
  | "indikator.sumberStandar";

export const CATALOG_FIELDS: readonly CatalogField[] = [
  "instansi",
  "periode.awal",
  "periode.akhir",
  "bidang.kode",
  "bidang.nama",
  "bidang.lembar",
  "sasaran.kode",
  "sasaran.nama",
  "indikator.kode",
  "indikator.nama",
  "indikator.sasaran",
  "indikator.jenis",
  "indikator.satuan",
  "indikator.polaritas",
  "indikator.pembilang",
  "indikator.penyebut",
  "indikator.sumberData",
  "indikator.bidang",
  "indikator.kondisiAwal",
  "indikator.sifatTarget",
  "indikator.standarNasional",
  "indikator.sumberStandar",
];

/** The catalog fields that hold a number rather than text. */
export const NUMBER_FIELDS: readonly CatalogField[] = ["indikator.kondisiAwal", "indikator.standarNasional"];

export type CatalogProblem =
  /** The input is not a catalog object at all. */
  | { readonly code: "notACatalog" }
  | { readonly code: "notAList"; readonly list: CatalogList }
  | { readonly code: "listEmpty"; readonly list: CatalogList }
  /** A list item that is not an entry (a number, an empty cell read as nothing). */
  | { readonly code: "notAnEntry"; readonly list: CatalogList }
  | { readonly code: "notText"; readonly field: CatalogField }
  | { readonly code: "textEmpty"; readonly field: CatalogField }
  | { readonly code: "textTooLong"; readonly field: CatalogField; readonly max: number }
  /** A sheet name Excel refuses: one of : \ / ? * [ ]. */
  | { readonly code: "sheetNameChars" }
  | { readonly code: "sheetNameQuote" }
  | { readonly code: "kodeFormat"; readonly field: CatalogField }
  | { readonly code: "notOneOf"; readonly field: CatalogField; readonly options: readonly string[] }
  | { readonly code: "penyebutRequired"; readonly jenis: string }
  | { readonly code: "penyebutUnused" }
  /** A number field (kondisi awal) holding text or something else. */
  | { readonly code: "notNumber"; readonly field: CatalogField }
  | { readonly code: "numberNegative"; readonly field: CatalogField }
  /** Sifat target kumulatif on a persen or rasio indicator: a share is never summed over years. */
  | { readonly code: "kumulatifNotJumlah"; readonly jenis: string }
  | { readonly code: "yearNotNumber"; readonly field: CatalogField }
  | { readonly code: "yearNotWhole"; readonly field: CatalogField }
  | {
      readonly code: "yearOutOfRange";
      readonly field: CatalogField;
      readonly min: number;
      readonly max: number;
    }
  | { readonly code: "periodReversed" }
  | { readonly code: "periodTooLong"; readonly maxYears: number }
  | {
      readonly code: "duplicate";
      readonly field: "bidang.kode" | "bidang.lembar" | "sasaran.kode" | "indikator.kode";
      readonly value: string;
    }
  | {
      readonly code: "unknownReference";
      readonly field: "indikator.sasaran" | "indikator.bidang";
      readonly value: string;
    }
  /** A Bidang sheet named like one of the template's own sheets. */
  | { readonly code: "reservedSheetName"; readonly value: string }
  /** Anything the schema reports that none of the above covers. */
  | { readonly code: "invalid" };

export type CatalogProblemCode = CatalogProblem["code"];

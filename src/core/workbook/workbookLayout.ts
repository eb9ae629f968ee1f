import { cellAddress, columnIndex } from "./a1";

/**
 * Where things are in an IKU workbook: sheet names, header rows, columns, named ranges.
 *
 * The template writes this layout and the validator and the LAKIP report read it, so
 * all three take their positions from here. Changing a position is a template-version
 * change (see TEMPLATE_VERSION): an older workbook is upgraded in place.
 *
 * The workbook is an Indonesian government document: every name here is Indonesian.
 */

/**
 * Bump when the layout changes; the template upgrades a workbook of an older version in
 * place (see TEMPLATE_CHANGES for what each version changed).
 */
export const TEMPLATE_VERSION = 4;

export const SHEET = {
  petunjuk: "Petunjuk",
  pengaturan: "Pengaturan",
  katalog: "Katalog IKU",
  /** Program / Kegiatan / Sub Kegiatan with pagu and realisasi per year (template version 4). */
  anggaran: "Anggaran",
  /** Hidden bookkeeping: template version, the sheets the add-in made, report fingerprints. */
  meta: "IKU_Meta",
} as const;

export const lakipSheetName = (tahun: number): string => `LAKIP ${tahun}`;

/** The Perjanjian Kinerja sheet of a year. */
export const pkSheetName = (tahun: number): string => `PK ${tahun}`;

/** A column of a sheet table: its letter and its Indonesian header. */
export interface Column {
  readonly col: string;
  readonly header: string;
  /**
   * Headers an older template version gave this column: the readers find the column by
   * any of them, so a workbook of that version upgrades with its values in place.
   */
  readonly aliases?: readonly string[];
}

/**
 * The columns of a Bidang sheet: a row per indicator per Renstra year. The targets come
 * first (the Renstra's, then the Perjanjian Kinerja's, as the LKjIP reads them), then the
 * figures they are measured against, the computed columns, then the texts: staff fill a
 * row from left to right. Version 1 had one "Target" column (now Target Renstra) and no
 * Target PK or Kriteria.
 */
export const BIDANG = {
  titleRow: 1,
  subtitleRow: 2,
  legendRow: 3,
  headerRow: 4,
  firstDataRow: 5,
  columns: {
    kode: { col: "A", header: "Kode" },
    indikator: { col: "B", header: "Indikator" },
    satuan: { col: "C", header: "Satuan" },
    tahun: { col: "D", header: "Tahun" },
    targetRenstra: { col: "E", header: "Target Renstra", aliases: ["Target"] },
    targetPK: { col: "F", header: "Target PK" },
    pembilang: { col: "G", header: "Pembilang" },
    penyebut: { col: "H", header: "Penyebut" },
    realisasi: { col: "I", header: "Realisasi" },
    capaian: { col: "J", header: "Capaian (%)" },
    predikat: { col: "K", header: "Predikat" },
    kriteria: { col: "L", header: "Kriteria" },
    pendukung: { col: "M", header: "Faktor pendukung" },
    penghambat: { col: "N", header: "Faktor penghambat" },
    solusi: { col: "O", header: "Solusi / tindak lanjut" },
    keterangan: { col: "P", header: "Keterangan" },
  },
  lastCol: "P",
} as const satisfies {
  columns: Record<string, Column>;
  [k: string]: unknown;
};

export type BidangColumn = keyof typeof BIDANG.columns;

/** The A1 address of a Bidang column's cell in a 0-based row, e.g. (6, "pembilang") → "F7". */
export function bidangCell(row: number, col: BidangColumn): string {
  return cellAddress(row, columnIndex(BIDANG.columns[col].col));
}

/** Columns staff type into; everything else on a Bidang sheet is the add-in's. */
export const BIDANG_INPUT_COLUMNS: readonly BidangColumn[] = [
  "targetRenstra",
  "targetPK",
  "pembilang",
  "penyebut",
  "pendukung",
  "penghambat",
  "solusi",
  "keterangan",
];

export const BIDANG_NUMERIC_INPUT_COLUMNS: readonly BidangColumn[] = [
  "targetRenstra",
  "targetPK",
  "pembilang",
  "penyebut",
];

/**
 * Katalog IKU: three side-by-side tables so each can grow downwards on its own. Version 1
 * had no Kondisi Awal and Sifat Target, so its sasaran and bidang tables sat two columns
 * further left (L:M and O:Q); versions 2 and 3 had no Standar Nasional and Sumber Standar
 * (version 4's; their sasaran and bidang tables at N:O and Q:S). The template moves them by their headers.
 */
export const KATALOG = {
  titleRow: 1,
  noteRow: 2,
  headerRow: 4,
  firstDataRow: 5,
  indikator: {
    kode: { col: "A", header: "Kode" },
    sasaran: { col: "B", header: "Sasaran" },
    indikator: { col: "C", header: "Indikator Kinerja Utama" },
    jenis: { col: "D", header: "Jenis" },
    satuan: { col: "E", header: "Satuan" },
    polaritas: { col: "F", header: "Polaritas" },
    pembilang: { col: "G", header: "Pembilang" },
    penyebut: { col: "H", header: "Penyebut" },
    sumberData: { col: "I", header: "Sumber Data" },
    bidang: { col: "J", header: "Bidang" },
    kondisiAwal: { col: "K", header: "Kondisi Awal" },
    sifatTarget: { col: "L", header: "Sifat Target" },
    /** The national standard (SPM, Permensos 9/2018, …) the LKjIP compares realisasi with; optional. */
    standarNasional: { col: "M", header: "Standar Nasional" },
    sumberStandar: { col: "N", header: "Sumber Standar" },
  },
  sasaran: {
    kode: { col: "P", header: "Kode Sasaran" },
    nama: { col: "Q", header: "Sasaran Strategis" },
  },
  bidang: {
    kode: { col: "S", header: "Kode Bidang" },
    nama: { col: "T", header: "Nama Bidang" },
    lembar: { col: "U", header: "Lembar" },
  },
  lastCol: "U",
} as const satisfies {
  indikator: Record<string, Column>;
  sasaran: Record<string, Column>;
  bidang: Record<string, Column>;
  [k: string]: unknown;
};

/**
 * Pengaturan: label in A, value in B, one named range per setting so formulas and the
 * report never depend on a cell address. Settings are read by their labels and the
 * scale by its title, so a new setting is a new row here: the template moves what
 * follows (version 1 had the first six settings and the scale's title on row 10, versions 2
 * and 3 the first eight and the title on row 12; version 4 added the Perjanjian Kinerja's five).
 */
export const PENGATURAN = {
  titleRow: 1,
  settings: {
    instansi: { row: 3, label: "Nama instansi", name: "IKU_Instansi" },
    tahunAwal: { row: 4, label: "Tahun awal Renstra", name: "IKU_TahunAwal" },
    tahunAkhir: { row: 5, label: "Tahun akhir Renstra", name: "IKU_TahunAkhir" },
    tahunLaporan: { row: 6, label: "Tahun laporan", name: "IKU_TahunLaporan" },
    rumusNegatif: { row: 7, label: "Rumus capaian polaritas negatif", name: "IKU_RumusNegatif" },
    batasCapaian: {
      row: 8,
      label: "Batas atas capaian (%) — kosongkan bila tanpa batas",
      name: "IKU_BatasCapaian",
    },
    desimal: { row: 9, label: "Jumlah desimal capaian di laporan", name: "IKU_Desimal" },
    batasRataRata: {
      row: 10,
      label: "Batas atas rata-rata capaian per sasaran (%) — kosongkan bila tanpa batas",
      name: "IKU_BatasRataRata",
    },
    // The parties of the Perjanjian Kinerja and where it is signed (template version 4).
    kepalaNama: { row: 11, label: "Nama Kepala Dinas (Pihak Pertama PK)", name: "IKU_KepalaNama" },
    kepalaNip: { row: 12, label: "NIP Kepala Dinas", name: "IKU_KepalaNIP" },
    kepalaJabatan: { row: 13, label: "Jabatan Kepala Dinas", name: "IKU_KepalaJabatan" },
    waliKota: { row: 14, label: "Nama Wali Kota (Pihak Kedua PK)", name: "IKU_WaliKota" },
    tempat: { row: 15, label: "Tempat penandatanganan PK", name: "IKU_TempatPK" },
  },
  labelCol: "A",
  valueCol: "B",
  noteCol: "C",
  skala: {
    title: "Skala predikat capaian",
    headers: ["Capaian lebih dari (%)", "Predikat"],
    titleRow: 17,
    headerRow: 18,
    firstRow: 19,
    /** Room for up to 10 bands; unused rows stay empty. */
    rows: 10,
    thresholdCol: "A",
    labelCol: "B",
    name: "IKU_SkalaPredikat",
  },
} as const;

/** Values of the negative-polarity setting; they are IKU.CAPAIAN's polaritas words. */
export const RUMUS_NEGATIF = ["negatif", "negatif-t/r"] as const;

/** The decimals the report prints (and the predikat and kriteria band at): a whole number in this range. */
export const DESIMAL = { min: 0, max: 4, bawaan: 2 } as const;

/** IKU_Meta: key in A, value in B, detail in C; one row per fact. */
export const META = {
  keyCol: "A",
  valueCol: "B",
  detailCol: "C",
  /** A "lembar" row's worksheet id, when Excel gave one. */
  idCol: "D",
  keys: {
    templateVersion: "versi_template",
    /** value: sheet name, detail: role ("bidang:LINJAMSOS", "katalog", "lakip:2024", …). */
    sheet: "lembar",
    /** value: sheet name, detail: fingerprint of what the add-in wrote (report edits). */
    fingerprint: "sidik",
    /**
     * The journal of the last write: value "menulis" (under way) or "selesai" (complete),
     * detail: the run's id, then from column D the sheets the run creates (see withJournal).
     */
    journal: "penulisan",
  },
  journalStatus: { writing: "menulis", done: "selesai" },
} as const;

/** Petunjuk's title (A1): how the template knows its Petunjuk sheet when IKU_Meta is gone. */
export const PETUNJUK_TITLE = "Petunjuk pengisian IKU";
/** Katalog IKU's title (A1), likewise. */
export const KATALOG_TITLE = "Katalog Indikator Kinerja Utama";

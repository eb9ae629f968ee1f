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

/** Bump when the layout changes; the template upgrades a workbook of an older version. */
export const TEMPLATE_VERSION = 1;

export const SHEET = {
  petunjuk: "Petunjuk",
  pengaturan: "Pengaturan",
  katalog: "Katalog IKU",
  /** Hidden bookkeeping: template version, the sheets the add-in made, report fingerprints. */
  meta: "IKU_Meta",
} as const;

export const lakipSheetName = (tahun: number): string => `LAKIP ${tahun}`;

/** A column of a sheet table: its letter and its Indonesian header. */
export interface Column {
  readonly col: string;
  readonly header: string;
}

/** The columns of a Bidang sheet: a row per indicator per Renstra year. */
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
    target: { col: "E", header: "Target" },
    pembilang: { col: "F", header: "Pembilang" },
    penyebut: { col: "G", header: "Penyebut" },
    realisasi: { col: "H", header: "Realisasi" },
    capaian: { col: "I", header: "Capaian (%)" },
    predikat: { col: "J", header: "Predikat" },
    pendukung: { col: "K", header: "Faktor pendukung" },
    penghambat: { col: "L", header: "Faktor penghambat" },
    solusi: { col: "M", header: "Solusi / tindak lanjut" },
    keterangan: { col: "N", header: "Keterangan" },
  },
  lastCol: "N",
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
  "target",
  "pembilang",
  "penyebut",
  "pendukung",
  "penghambat",
  "solusi",
  "keterangan",
];

export const BIDANG_NUMERIC_INPUT_COLUMNS: readonly BidangColumn[] = ["target", "pembilang", "penyebut"];

/** Katalog IKU: three side-by-side tables so each can grow downwards on its own. */
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
  },
  sasaran: {
    kode: { col: "L", header: "Kode Sasaran" },
    nama: { col: "M", header: "Sasaran Strategis" },
  },
  bidang: {
    kode: { col: "O", header: "Kode Bidang" },
    nama: { col: "P", header: "Nama Bidang" },
    lembar: { col: "Q", header: "Lembar" },
  },
  lastCol: "Q",
} as const;

/**
 * Pengaturan: label in A, value in B, one named range per setting so formulas and the
 * report never depend on a cell address.
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
  },
  labelCol: "A",
  valueCol: "B",
  noteCol: "C",
  skala: {
    titleRow: 10,
    headerRow: 11,
    firstRow: 12,
    /** Room for up to 10 bands; unused rows stay empty. */
    rows: 10,
    thresholdCol: "A",
    labelCol: "B",
    name: "IKU_SkalaPredikat",
  },
} as const;

/** Values of the negative-polarity setting; they are IKU.CAPAIAN's polaritas words. */
export const RUMUS_NEGATIF = ["negatif", "negatif-t/r"] as const;

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

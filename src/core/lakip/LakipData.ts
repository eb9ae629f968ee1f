import type { Jenis, SifatTarget } from "../catalog/catalogSchema";
import type { Kriteria } from "../formulas/kriteria";
import type { Polaritas } from "../formulas/Polaritas";
import type { PredikatScale } from "../formulas/PredikatScale";
import type { AnggaranData } from "../validation/validateAnggaran";

/**
 * The cleaned figures the LAKIP report is built from: what validation kept after
 * reading Pengaturan, Katalog IKU and every Bidang sheet. Computed from the raw inputs
 * (target, pembilang, penyebut), never from the formula cells on the sheets, so a
 * formula a user overwrote cannot leak into the report.
 */

/**
 * A figure of the report: a number, or why there is none. The report writes the
 * number, or "belum diisi" / "tidak valid" / "tidak dapat dihitung".
 */
export type Nilai =
  | { readonly status: "ada"; readonly value: number }
  /** Blank input: not entered yet. */
  | { readonly status: "kosong" }
  /** An input with a problem (an issue names it); only possible outside the tahun laporan. */
  | { readonly status: "tidakValid"; readonly reason: string }
  /** Inputs present but the formula is undefined (target 0, penyebut 0). */
  | { readonly status: "tidakDapatDihitung"; readonly reason: string };

export interface LakipTahun {
  readonly tahun: number;
  /** The 1-based row on the Bidang sheet, `null` when the sheet has no row for this year. */
  readonly row: number | null;
  /** The Renstra's target of the year, as typed. */
  readonly targetRenstra: Nilai;
  /** The Perjanjian Kinerja's target of the year, as typed (`kosong` when not typed). */
  readonly targetPK: Nilai;
  /** The target capaian is measured against: the PK's, or the Renstra's while the PK's is blank. */
  readonly target: Nilai;
  /** True when the PK target was blank and the Renstra target was used instead. */
  readonly targetDariRenstra: boolean;
  readonly pembilang: Nilai;
  /** `kosong` for a count (jumlah), which has no penyebut. */
  readonly penyebut: Nilai;
  /** Recomputed with the core's `persen`/`rasio` (a count: the pembilang). */
  readonly realisasi: Nilai;
  /** With the Pengaturan polarity formula and cap. */
  readonly capaian: Nilai;
  /** The same without the cap: what the kriteria reads. */
  readonly capaianTanpaBatas: Nilai;
  /**
   * The band label on the Pengaturan scale of the capaian rounded as printed
   * (`LakipSettings.desimal`), `null` when capaian is not a number.
   */
  readonly predikat: string | null;
  /** Terlampaui / Tercapai / Tidak Tercapai on the uncapped capaian as printed; `null` when not a number. */
  readonly kriteria: Kriteria | null;
  readonly pendukung: string;
  readonly penghambat: string;
  readonly solusi: string;
  readonly keterangan: string;
}

export interface LakipIndikator {
  readonly kode: string;
  readonly nama: string;
  readonly sasaran: string;
  readonly jenis: Jenis;
  readonly satuan: string;
  /** The formula actually used: a negative indicator takes the Pengaturan choice. */
  readonly polaritas: Polaritas;
  readonly bidang: { readonly kode: string; readonly nama: string; readonly lembar: string };
  /** The value in the year before the Renstra period (Katalog IKU), `null` when not given. */
  readonly kondisiAwal: number | null;
  /** The national standard and its source (Katalog IKU, template version 4); absent or `null`: none. */
  readonly standarNasional?: number | null;
  readonly sumberStandar?: string | null;
  /** How the years add up towards the Renstra end, the default filled in (`sifatTargetOf`). */
  readonly sifatTarget: SifatTarget;
  /** One entry per Renstra year, in order, whether or not the sheet has a row for it. */
  readonly tahun: readonly LakipTahun[];
}

export interface LakipSettings {
  readonly instansi: string;
  readonly tahunAwal: number;
  readonly tahunAkhir: number;
  readonly tahunLaporan: number;
  /** The formula for negative polarity: "negatif" ((2T − R)/T) or "negatif-t/r" (T/R). */
  readonly rumusNegatif: Polaritas;
  readonly batasCapaian: number | null;
  /** The decimals figures are printed with; predikat and kriteria are judged at this precision. */
  readonly desimal: number;
  /** A cap on the mean capaian per sasaran; `null`: none (the default). */
  readonly batasRataRata: number | null;
  readonly skala: PredikatScale;
}

export interface LakipData {
  readonly settings: LakipSettings;
  /** The Anggaran sheet, checked; absent or `null` when the workbook has none. */
  readonly anggaran?: AnggaranData;
  readonly sasaran: readonly { readonly kode: string; readonly nama: string }[];
  /** In catalog order. */
  readonly indikator: readonly LakipIndikator[];
}

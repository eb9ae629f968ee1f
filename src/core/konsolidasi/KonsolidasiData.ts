import type { Jenis } from "../catalog/catalogSchema";
import type { Kriteria } from "../formulas/kriteria";
import type { Nilai } from "../lakip/LakipData";
import type { ValidationIssue } from "../validation/ValidationIssue";
import type { AgencyReport } from "./agencyReport";
import type { FileProblem } from "./FileProblem";

/**
 * A city-wide (Pemda) consolidation: every agency's IKU of one year side by side, for
 * Bappeda and Bagian Organisasi. Each agency brings its own catalog and settings (its
 * own polarity formula, cap and predikat scale); nothing is recomputed across agencies.
 */

/** One agency's file as read: its report data, or why it was refused. */
export interface KonsolidasiInput {
  /** The file as the user named it: how a refused agency is found again. */
  readonly berkas: string;
  readonly hasil: AgencyReport | { readonly status: "unreadable"; readonly problem: FileProblem };
}

/**
 * A file left out of the consolidation: its galat (validation failed), or the problem
 * that kept it from being read at all.
 */
export type Ditolak =
  | { readonly berkas: string; readonly issues: readonly ValidationIssue[] }
  | { readonly berkas: string; readonly problem: FileProblem };

/** Counts of one group of indicators (a sasaran, an agency, the city). */
export interface Ringkasan {
  readonly jumlahIndikator: number;
  /**
   * Mean of the capaian that are numbers, at Excel's precision, as the agency's own LAKIP
   * summary gives it (capped by its Pengaturan cap on the mean, when it has one; the
   * city's mean is uncapped); null when there is none.
   */
  readonly rataRataCapaian: number | null;
  /** Indicators per predikat label, in the order of `KonsolidasiData.predikat`. */
  readonly perPredikat: readonly number[];
  /** Indicators without a predikat (capaian not a number). */
  readonly belumDinilai: number;
}

export interface KonsolidasiIndikator {
  readonly kode: string;
  readonly nama: string;
  readonly satuan: string;
  readonly jenis: Jenis;
  /** The target capaian is measured against: the PK's, or the Renstra's while the PK's is blank. */
  readonly target: Nilai;
  /** True when the PK target was blank and the Renstra target was used instead. */
  readonly targetDariRenstra: boolean;
  readonly realisasi: Nilai;
  readonly capaian: Nilai;
  /** The agency's own: its scale, on the capaian rounded to its decimals. */
  readonly predikat: string | null;
  /** Terlampaui / Tercapai / Tidak Tercapai on the uncapped capaian as the agency prints it. */
  readonly kriteria: Kriteria | null;
}

interface KonsolidasiSasaran {
  readonly kode: string;
  readonly nama: string;
  readonly indikator: readonly KonsolidasiIndikator[];
  readonly ringkasan: Ringkasan;
}

export interface KonsolidasiInstansi {
  readonly berkas: string;
  readonly nama: string;
  readonly peringatan: number;
  /** The decimals the agency prints its figures with (its Pengaturan): its rows print so. */
  readonly desimal: number;
  readonly sasaran: readonly KonsolidasiSasaran[];
  readonly ringkasan: Ringkasan;
}

export interface KonsolidasiData {
  readonly tahun: number;
  /**
   * The predikat labels counted, best first: the first agency's scale, then any label
   * another agency's own scale adds.
   */
  readonly predikat: readonly string[];
  /** Agencies that passed validation, in the order given. */
  readonly instansi: readonly KonsolidasiInstansi[];
  /** All indicators of all agencies together. */
  readonly ringkasan: Ringkasan;
  /** The decimals of the city's figures: the most any agency prints, so none is shown coarser. */
  readonly desimal: number;
  /** Files refused (a galat, settings that cannot be read, a file that cannot be read), with why. */
  readonly ditolak: readonly Ditolak[];
}

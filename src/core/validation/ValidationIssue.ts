import type { CatalogProblem } from "../catalog/CatalogProblem";
import type { ScaleProblem } from "../formulas/PredikatScale";
import { parseRange } from "../workbook/a1";
import type { AnggaranMoneyColumn } from "../workbook/anggaranLayout";
import type { BidangColumn } from "../workbook/workbookLayout";
import type { TriwulanFigure } from "../workbook/triwulanLayout";

/**
 * One problem found in the workbook, for the task pane to list and to select: typed data,
 * like a zod issue. `code` is stable (tests, the task pane and telemetry key on it) and
 * says which `params` the issue carries: the facts of the problem (kode, tahun, the value
 * read, the row). The sentence staff read comes from the message catalogue of their
 * language (`formatIssue`, src/core/messages); nothing here is worded.
 *
 * `address` is a cell of `sheet` in A1 form, and `sheet` one the workbook has: a missing
 * Bidang sheet is reported at the Katalog IKU cell that names it. The one exception is a
 * missing fixed sheet (Pengaturan, Katalog IKU: `sheetMissing` without `bidang`), which no
 * cell names: its `sheet` is the missing one and its `address` "".
 */
export type Severity = "galat" | "peringatan";

interface Issue<Code extends string, Params extends object> {
  readonly code: Code;
  /** `galat` blocks the LAKIP report; `peringatan` is shown but does not. */
  readonly severity: Severity;
  readonly sheet: string;
  readonly address: string;
  readonly params: Readonly<Params>;
}

/** No facts beyond the cell. */
type None = Readonly<Record<never, never>>;

/** A figure typed into a Bidang row. */
export type FigureColumn = "targetRenstra" | "targetPK" | "pembilang" | "penyebut";

/** The two targets of a Bidang row. */
export type TargetColumn = "targetRenstra" | "targetPK";

/** An indicator-year row of a Bidang sheet. */
interface Row {
  readonly kode: string;
  readonly tahun: number;
}

/** A Renstra year cell of Pengaturan. */
export type PeriodeSetting = "tahunAwal" | "tahunAkhir";

export type ValidationIssue =
  // A sheet: missing (Pengaturan, Katalog IKU, a Bidang sheet) or no longer in the layout.
  | Issue<"sheetMissing", { lembar: string; bidang?: string; namaBidang?: string }>
  | Issue<"sheetLayout", { lembar: string; kolom: BidangColumn; diharapkan: string; ditemukan: string }>
  /**
   * A Bidang sheet missing under its name while a sheet of another name (`sheet`) holds
   * its table: the headers of a Bidang sheet and this Bidang's indicator codes (or the
   * worksheet IKU_Meta records for it). Someone renamed it.
   */
  | Issue<"sheetRenamed", { lembar: string; namaBidang: string; ditemukan: string }>
  /** A sheet bearing a Bidang sheet's name that is not one (no Kode/Tahun headers) nor recorded as the add-in's. */
  | Issue<"sheetNotOurs", { lembar: string; namaBidang: string }>
  // A row of a Bidang sheet the report cannot use (`baris` is the 1-based sheet row).
  | Issue<"kodeMissing", { baris: number }>
  | Issue<"kodeOtherSheet", { kode: string; lembar: string; baris: number }>
  | Issue<"unknownKode", { kode: string; baris: number }>
  | Issue<"yearInvalid", { kode: string; nilai: string; baris: number }>
  | Issue<"yearOutsidePeriod", Row & { tahunAwal: number; tahunAkhir: number }>
  | Issue<"duplicateRow", Row & { baris: number; barisPertama: number }>
  | Issue<"indicatorMissing", { kode: string; nama: string; lembar: string }>
  | Issue<"rowMissing", Row & { lembar: string }>
  // The figures of an indicator-year row.
  | Issue<"negative", Row & { kolom: FigureColumn; nilai: number }>
  | Issue<"excelError", Row & { kolom: FigureColumn; nilai: string }>
  /** 10^15 or more: beyond Excel's 15 significant digits, and always a slip in these figures. */
  | Issue<"numberTooLarge", Row & { kolom: FigureColumn; nilai: number }>
  /** `angka`: the text looks like a number typed as text ("12,5", "50%"). */
  | Issue<"inputText", Row & { kolom: FigureColumn; nilai: string; angka: boolean }>
  | Issue<"targetMissing", Row>
  | Issue<"targetZero", Row>
  | Issue<"fractionInCount", Row & { kolom: FigureColumn; nilai: number }>
  | Issue<"penyebutZero", Row & { pembilang: number }>
  | Issue<"zeroOverZero", Row>
  /** `selPenyebut`: the penyebut's cell, checked together with the pembilang's. */
  | Issue<"pembilangOverPenyebut", Row & { pembilang: number; penyebut: number; selPenyebut: string }>
  /** `dihitung`: the realisasi computed from the inputs, absent when it cannot be. */
  | Issue<"realisasiOverwritten", Row & { nilai: string; dihitung?: number }>
  /** A constant typed over the Capaian formula; `dihitung`: the capaian computed, when it can be. */
  | Issue<"capaianOverwritten", Row & { nilai: string; dihitung?: number }>
  /** A constant typed over the Predikat formula; `dihitung`: the predikat computed, when it can be. */
  | Issue<"predikatOverwritten", Row & { nilai: string; dihitung?: string }>
  /** A percent target above 100: no share can exceed the whole. */
  | Issue<"targetAbove100", Row & { kolom: TargetColumn; nilai: number }>
  /**
   * A percent target under 1 while the indicator's other targets are above 1: a fraction
   * typed for a percent (0.8 for 80 %). `lain`: one of those other targets.
   */
  | Issue<"targetFraction", Row & { kolom: TargetColumn; nilai: number; lain: number }>
  /** A target cell formatted as a date or time: Excel took what was typed for one. `format`: its number format. */
  | Issue<"targetDate", Row & { kolom: TargetColumn; nilai: number; format: string }>
  /** Realisasi or capaian too large to be a number (a huge realisasi over a tiny target or penyebut). */
  | Issue<"tooLarge", Row & { hasil: "realisasi" | "capaian" }>
  // The quarter sheets (TW I … TW IV; `triwulan` is 1 … 4).
  /** A quarter figure that is not a number ≥ 0: text, a negative number, an Excel error. */
  | Issue<
      "triwulanInvalid",
      Row & {
        triwulan: number;
        kolom: TriwulanFigure;
        masalah: "teks" | "negatif" | "galatExcel" | "terlaluBesar";
        nilai: string;
      }
    >
  /** A quarter filled while an earlier one (`kosong`) is blank. */
  | Issue<"triwulanGap", Row & { triwulan: number; kosong: number }>
  /** An akhir indicator's realisasi went backwards (as its polarity reads it) since quarter `sebelumnya`. */
  | Issue<
      "triwulanTurun",
      Row & { triwulan: number; sebelumnya: number; nilaiSebelumnya: number; nilai: number }
    >
  /** A quarter realisasi without a quarter target, while the year's quarter targets are in use. */
  | Issue<"triwulanTargetMissing", Row & { triwulan: number }>
  /**
   * The annual figure typed on the Bidang sheet disagrees with the one derived from the
   * quarters (`triwulan`); the report uses the quarters'. `dari`: the quarters it came from.
   */
  | Issue<
      "tahunanBerbeda",
      Row & {
        kolom: "pembilang" | "penyebut";
        tahunan: number;
        dariTriwulan: number;
        dari: readonly number[];
      }
    >
  // Pengaturan.
  | Issue<"instansiMissing", None>
  | Issue<
      "periodeInvalid",
      | { masalah: "tahun"; setting: PeriodeSetting; nilai: string }
      | { masalah: "rentang"; tahunAwal: number; tahunAkhir: number }
    >
  /** A period whose first year comes after its last (tahun awal > tahun akhir). */
  | Issue<"periodeReversed", { tahunAwal: number; tahunAkhir: number }>
  | Issue<"tahunLaporanMissing", None>
  /** Neither a number nor a year typed as text (e.g. "dua ribu dua lima"), or a number that is no year. */
  | Issue<"tahunLaporanInvalid", { nilai: string }>
  /** A year stored as text ('2025, or a Text-formatted cell): Excel does not count it as a number. */
  | Issue<"tahunLaporanText", { nilai: string }>
  /** A number with a fraction (2025.5). */
  | Issue<"tahunLaporanNotWhole", { nilai: number }>
  | Issue<"tahunLaporanOutsidePeriod", { tahun: number; tahunAwal: number; tahunAkhir: number }>
  | Issue<"rumusNegatifInvalid", { nilai: string }>
  | Issue<"batasCapaianInvalid", { nilai: string }>
  /** `nilai` "" when the cell is empty. */
  | Issue<"desimalInvalid", { nilai: string; min: number; max: number }>
  | Issue<"batasRataRataInvalid", { nilai: string }>
  | Issue<"predikatScale", { masalah: ScaleProblem }>
  /** The head of agency's NIP (Perjanjian Kinerja) not 18 digits. */
  | Issue<"nipInvalid", { nilai: string }>
  // Katalog IKU (or the Pengaturan cells the catalog takes its period from).
  | Issue<"katalog", { masalah: CatalogProblem; kolom?: string }>
  // The Anggaran sheet (template version 4); `baris` is the 1-based sheet row.
  /** A code that is none of program `1.06.02`, kegiatan `1.06.02.2.01`, sub kegiatan `1.06.02.2.01.0001` (or blank). */
  | Issue<"anggaranKodeInvalid", { kode: string; baris: number }>
  | Issue<"anggaranTahunInvalid", { kode: string; nilai: string; baris: number }>
  | Issue<"anggaranKodeDuplicate", { kode: string; tahun: number; baris: number; barisPertama: number }>
  /** Pagu or realisasi that is text, negative or an Excel error. */
  | Issue<
      "anggaranMoneyInvalid",
      {
        kode: string;
        tahun: number;
        kolom: AnggaranMoneyColumn;
        masalah: "teks" | "negatif" | "galatExcel" | "terlaluBesar";
        nilai: string;
      }
    >
  /** Realisasi above a pagu of 0: nothing can be measured against it. */
  | Issue<"anggaranPaguZero", { kode: string; tahun: number; realisasi: number }>
  | Issue<"anggaranRealisasiAbovePagu", { kode: string; tahun: number; pagu: number; realisasi: number }>
  /** Realisasi (G) typed, and the quarters (L:O) filled but adding up to another sum: G is used. */
  | Issue<
      "anggaranTriwulanBerbeda",
      { kode: string; tahun: number; realisasi: number; jumlahTriwulan: number }
    >
  | Issue<"anggaranIkuUnknown", { kode: string; iku: string; baris: number }>
  /** An IKU that no program, kegiatan or sub kegiatan of the report year supports. */
  | Issue<"ikuWithoutProgram", { iku: string; nama: string; tahun: number }>;

export type ValidationIssueCode = ValidationIssue["code"];

/** The issue of one code, with its params. */
export type IssueOf<C extends ValidationIssueCode> = Extract<ValidationIssue, { readonly code: C }>;

/**
 * Issues in reading order: sheets in tab order (sheets not in the workbook last, by
 * name), sheet-level issues first, then top to bottom and left to right.
 */
export function sortIssues(
  issues: readonly ValidationIssue[],
  sheetOrder: readonly string[],
): ValidationIssue[] {
  const order = new Map(sheetOrder.map((name, i) => [name.toLowerCase(), i]));
  const rank = (sheet: string) => order.get(sheet.toLowerCase()) ?? sheetOrder.length;
  return [...issues].sort((a, b) => {
    const bySheet = rank(a.sheet) - rank(b.sheet) || (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0);
    if (bySheet !== 0) return bySheet;
    const [ar, ac] = addressKey(a.address);
    const [br, bc] = addressKey(b.address);
    return ar - br || ac - bc;
  });
}

/** [row, column] of a single cell; a sheet-level issue ("") comes before every cell. */
function addressKey(address: string): [number, number] {
  const cell = /^[A-Z]+\d+$/.test(address) ? parseRange(address) : null;
  return cell ? [cell.row, cell.col] : [-1, -1];
}

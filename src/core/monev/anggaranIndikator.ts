import { toExcelPrecision } from "../formulas/toExcelPrecision";
import type { Nilai } from "../lakip/LakipData";
import type { AnggaranData, AnggaranItem } from "../validation/validateAnggaran";
import { indukOf } from "../workbook/anggaranLayout";
import type { Triwulan } from "../workbook/triwulanLayout";

/**
 * An indicator's budget (Rp) in the Permendagri 86/2017 form, beside its kinerja (K), by
 * the form's column numbers: (5) pagu of every Renstra year · (6) realisasi of the years
 * before · (7) pagu of the year · (8)–(11) realisasi TW I … (up to the quarter reported) ·
 * (12) realisasi of the year so far · (13) = (12) / (7) × 100 · (14) = (6) + (12) ·
 * (15) = (14) / (5) × 100.
 */
export interface MonevAnggaran {
  readonly paguRenstra: Nilai;
  readonly realisasiSdTahunLalu: Nilai;
  readonly pagu: Nilai;
  readonly triwulan: readonly Nilai[];
  readonly realisasiTahunIni: Nilai;
  readonly serapanTahunIni: Nilai;
  readonly realisasiSdTriwulan: Nilai;
  readonly serapanRenstra: Nilai;
}

/** A budget row's figures: a program's are its kegiatan's sums when it has any that year. */
interface RowFigures {
  readonly pagu: number | null;
  readonly realisasi: number | null;
  readonly quarters: readonly (number | null)[];
}

const KOSONG: Nilai = { status: "kosong" };

/** Rupiah added up as the sheet's SUMIFS does (a blank counts 0); blank only when all are. */
function total(values: readonly (number | null)[]): Nilai {
  const numbers = values.filter((v): v is number => v !== null);
  return numbers.length === 0
    ? KOSONG
    : { status: "ada", value: toExcelPrecision(numbers.reduce((t, v) => t + v, 0)) };
}

const plus = (a: Nilai, b: Nilai): Nilai =>
  total([a.status === "ada" ? a.value : null, b.status === "ada" ? b.value : null]);

/** `part` / `whole` × 100; a whole of 0 cannot be divided by. */
function share(part: Nilai, whole: Nilai): Nilai {
  if (whole.status !== "ada" || part.status !== "ada") return KOSONG;
  if (whole.value === 0) return { status: "tidakDapatDihitung", reason: "Pagu 0." };
  return { status: "ada", value: toExcelPrecision((part.value / whole.value) * 100) };
}

/**
 * The budget behind each indicator, from the checked Anggaran rows; `null` when the sheet
 * is missing or holds no row (the Monev is then the kinerja form alone). The rows linked
 * to an indicator are those whose Kode IKU names it, each counted once: a row whose
 * induk (its kegiatan, its program) is linked to the same indicator is inside that
 * induk's figures and is skipped. A row linked to two indicators counts for both.
 *
 * The year's realisasi of a row is the Anggaran rule (Realisasi, else its quarters' sum,
 * see `realisasiTahunan`). In the form, (12) of TW IV is that; before TW IV it is the sum
 * of the quarters reported, since the year's Realisasi (G) is the whole year's.
 */
export function anggaranPerIndikator(
  data: AnggaranData | undefined,
  options: {
    readonly tahunAwal: number;
    readonly tahunAkhir: number;
    readonly tahun: number;
    readonly tw: Triwulan;
  },
): ((kode: string) => MonevAnggaran | null) | null {
  const items = data?.items ?? [];
  if (items.length === 0) return null;
  const { tahunAwal, tahunAkhir, tahun, tw } = options;
  const byKey = new Map(items.map((i) => [`${i.kode}|${i.tahun}`, i]));
  const kegiatanOf = new Map<string, AnggaranItem[]>();
  for (const i of items) {
    if (i.tingkat !== "kegiatan") continue;
    const key = `${indukOf(i.kode) ?? ""}|${i.tahun}`;
    kegiatanOf.set(key, [...(kegiatanOf.get(key) ?? []), i]);
  }
  const figures = (i: AnggaranItem): RowFigures => {
    const kegiatan = i.tingkat === "program" ? (kegiatanOf.get(`${i.kode}|${i.tahun}`) ?? []) : [];
    if (kegiatan.length === 0) return { pagu: i.pagu, realisasi: i.realisasi, quarters: i.realisasiTriwulan };
    const sumOf = (v: (k: AnggaranItem) => number | null) => {
      const n = total(kegiatan.map(v));
      return n.status === "ada" ? n.value : null;
    };
    return {
      pagu: sumOf((k) => k.pagu),
      realisasi: sumOf((k) => k.realisasi),
      quarters: [0, 1, 2, 3].map((q) => sumOf((k) => k.realisasiTriwulan[q] ?? null)),
    };
  };
  /** Whether a row's induk chain (same year) holds a row linked to `kode`. */
  const underLinked = (i: AnggaranItem, kode: string): boolean => {
    for (let induk = indukOf(i.kode); induk !== null; induk = indukOf(induk)) {
      if (byKey.get(`${induk}|${i.tahun}`)?.iku.includes(kode)) return true;
    }
    return false;
  };
  const cache = new Map<string, MonevAnggaran | null>();
  const compute = (kode: string): MonevAnggaran | null => {
    const rows = items
      .filter((i) => i.tahun >= tahunAwal && i.tahun <= tahunAkhir && i.iku.includes(kode))
      .filter((i) => !underLinked(i, kode))
      .map((i) => ({ tahun: i.tahun, f: figures(i) }));
    if (rows.length === 0) return null;
    const ofYear = rows.filter((r) => r.tahun === tahun).map((r) => r.f);
    const paguRenstra = total(rows.map((r) => r.f.pagu));
    const realisasiSdTahunLalu =
      tahun === tahunAwal
        ? ({ status: "ada", value: 0 } as const)
        : total(rows.filter((r) => r.tahun < tahun).map((r) => r.f.realisasi));
    const pagu = total(ofYear.map((f) => f.pagu));
    const triwulan = Array.from({ length: tw }, (_, q) => total(ofYear.map((f) => f.quarters[q] ?? null)));
    const realisasiTahunIni =
      tw === 4
        ? total(ofYear.map((f) => f.realisasi))
        : total(triwulan.map((n) => (n.status === "ada" ? n.value : null)));
    const realisasiSdTriwulan = plus(realisasiSdTahunLalu, realisasiTahunIni);
    return {
      paguRenstra,
      realisasiSdTahunLalu,
      pagu,
      triwulan,
      realisasiTahunIni,
      serapanTahunIni: share(realisasiTahunIni, pagu),
      realisasiSdTriwulan,
      serapanRenstra: share(realisasiSdTriwulan, paguRenstra),
    };
  };
  return (kode) => {
    if (!cache.has(kode)) cache.set(kode, compute(kode));
    return cache.get(kode) ?? null;
  };
}

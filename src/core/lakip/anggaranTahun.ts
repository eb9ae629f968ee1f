import { linkedIku, type AnggaranData, type AnggaranItem } from "../validation/validateAnggaran";
import { toExcelPrecision } from "../formulas/toExcelPrecision";
import { indukOf } from "../workbook/anggaranLayout";

/**
 * The budget of one year as the reports read it, from the checked Anggaran rows. Sums
 * follow the sheet's own SUMIFS: a blank figure counts 0, so the report matches the
 * sheet to the rupiah.
 */

/** A budget line: its pagu and realisasi (`null` when blank and nothing is summed into it). */
export interface AnggaranLine {
  readonly item: AnggaranItem;
  readonly pagu: number | null;
  readonly realisasi: number | null;
}

export interface ProgramLine extends AnggaranLine {
  /** Its kegiatan of the year, in sheet order. */
  readonly kegiatan: readonly AnggaranLine[];
}

const sum = (values: readonly (number | null)[]): number =>
  toExcelPrecision(values.reduce<number>((t, v) => t + (v ?? 0), 0));

/**
 * The year's programs with their kegiatan. A program's pagu and realisasi are the sums of
 * its kegiatan when it has any that year (the sheet's formula), else its own figures. A
 * kegiatan whose program has no row that year gets a program line of its code alone.
 */
export function programsOf(data: AnggaranData | undefined, tahun: number): ProgramLine[] {
  const items = (data?.items ?? []).filter((i) => i.tahun === tahun);
  const programs: ProgramLine[] = [];
  const programCodes = new Set<string>();
  for (const item of items) {
    const kode =
      item.tingkat === "program" ? item.kode : item.tingkat === "kegiatan" ? indukOf(item.kode) : null;
    if (kode === null || programCodes.has(kode)) continue;
    programCodes.add(kode);
    const own = items.find((i) => i.kode === kode) ?? {
      ...item,
      kode,
      tingkat: "program" as const,
      nama: "",
      iku: [],
      pagu: null,
      realisasi: null,
      dampak: "",
      keterangan: "",
    };
    const kegiatan = items
      .filter((i) => i.tingkat === "kegiatan" && indukOf(i.kode) === kode)
      .map((i) => ({ item: i, pagu: i.pagu, realisasi: i.realisasi }));
    programs.push({
      item: own,
      kegiatan,
      pagu: kegiatan.length > 0 ? sum(kegiatan.map((k) => k.pagu)) : own.pagu,
      realisasi: kegiatan.length > 0 ? sum(kegiatan.map((k) => k.realisasi)) : own.realisasi,
    });
  }
  return programs;
}

/** Every program and kegiatan of the year, totals as in `programsOf`. */
export function linesOf(programs: readonly ProgramLine[]): AnggaranLine[] {
  return programs.flatMap((p) => [p, ...p.kegiatan]);
}

/**
 * The units the budget is attributed to IKU by: each kegiatan (with its own IKU, or its
 * program's), and each program without kegiatan. Sub kegiatan are inside their kegiatan's
 * figures, and a program's total is its kegiatan: counting either again would double it.
 */
export function budgetUnits(
  data: AnggaranData | undefined,
  programs: readonly ProgramLine[],
): { readonly line: AnggaranLine; readonly iku: readonly string[] }[] {
  const items = data?.items ?? [];
  return programs.flatMap((p) =>
    (p.kegiatan.length > 0 ? p.kegiatan : [p]).map((line) => ({ line, iku: linkedIku(line.item, items) })),
  );
}

/** Total of lines' pagu and realisasi; `null` pagu when no line has one. */
export function totalOf(lines: readonly AnggaranLine[]): { pagu: number | null; realisasi: number | null } {
  if (lines.length === 0) return { pagu: null, realisasi: null };
  return { pagu: sum(lines.map((l) => l.pagu)), realisasi: sum(lines.map((l) => l.realisasi)) };
}

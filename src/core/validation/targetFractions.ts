import type { LakipTahun } from "../lakip/LakipData";
import { bidangCell } from "../workbook/workbookLayout";
import type { TargetColumn, ValidationIssue } from "./ValidationIssue";

const TARGETS: readonly TargetColumn[] = ["targetRenstra", "targetPK"];

/**
 * A percent indicator's targets under 1 while its other targets are above 1: a fraction
 * typed for a percent (0.8 meant as 80 %, as a ratio column elsewhere holds it). A
 * peringatan: an indicator whose every target is a fraction may mean it, so only the odd
 * one out is flagged, each with one of the other targets as the evidence.
 */
export function targetFractions(
  sheet: string,
  kode: string,
  years: readonly LakipTahun[],
): ValidationIssue[] {
  const all = years.flatMap((y) =>
    TARGETS.flatMap((kolom) => {
      const n = y[kolom];
      return n.status === "ada" && y.row !== null
        ? [{ tahun: y.tahun, row: y.row, kolom, nilai: n.value }]
        : [];
    }),
  );
  return all.flatMap((t) => {
    if (!(t.nilai > 0 && t.nilai < 1)) return [];
    const other = all.find((o) => o !== t && o.nilai > 1);
    if (!other) return [];
    return [
      {
        code: "targetFraction",
        severity: "peringatan",
        sheet,
        address: bidangCell(t.row - 1, t.kolom),
        params: { kode, tahun: t.tahun, kolom: t.kolom, nilai: t.nilai, lain: other.nilai },
      } satisfies ValidationIssue,
    ];
  });
}

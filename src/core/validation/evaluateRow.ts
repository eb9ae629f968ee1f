import type { Indikator } from "../catalog/catalogSchema";
import { capaian } from "../formulas/capaian";
import { persen } from "../formulas/persen";
import type { Polaritas } from "../formulas/Polaritas";
import type { PredikatScale } from "../formulas/PredikatScale";
import { predikat } from "../formulas/predikat";
import { rasio } from "../formulas/rasio";
import { toExcelPrecision } from "../formulas/toExcelPrecision";
import { isBlank, readTextCell } from "../workbook/a1";
import { bidangCell, type BidangColumn } from "../workbook/workbookLayout";
import type { LakipTahun, Nilai } from "../lakip/LakipData";
import type { BidangInputRow } from "./readBidangRows";
import { readNumericCell } from "./readNumericCell";
import type { FigureColumn, IssueOf, Severity, ValidationIssue } from "./ValidationIssue";

// Names in the report's "tidak valid" reasons (data, not shown to staff as a message).
const LABEL: Readonly<Record<FigureColumn, string>> = {
  target: "Target",
  pembilang: "Pembilang",
  penyebut: "Penyebut",
};

/** The issues that point at a cell of an indicator-year row (they all carry its kode and tahun). */
type RowIssue = Extract<
  ValidationIssue,
  { readonly params: { readonly kode: string; readonly tahun: number } }
>;
const ada = (value: number): Nilai => ({ status: "ada", value });

/**
 * Checks the figures of one indicator-year row and computes its report values.
 *
 * Severity follows the year: a problem in the tahun laporan is a galat (the report
 * would print a wrong or missing figure), the same problem in another year of the
 * period is a peringatan and that year shows "tidak valid" in the comparison tables.
 * Staff fixing this year's report should not be blocked by a typo in a closed year.
 * Exceptions, as staff expect them:
 * - target 0 is a peringatan in every year: it may be meant, and the report says
 *   "tidak dapat dihitung" rather than inventing a capaian;
 * - a fraction in a count and a hand-typed Realisasi are peringatan: the report is
 *   still right (the fraction is used as typed, realisasi is recomputed);
 * - 0/0 is a peringatan: nothing happened to be counted, realisasi is not computable.
 */
export function evaluateRow(
  row: BidangInputRow,
  context: {
    readonly sheet: string;
    readonly indikator: Indikator;
    readonly polaritas: Polaritas;
    readonly batas: number | null;
    readonly skala: PredikatScale;
    readonly tahunLaporan: number | null;
  },
): { tahun: LakipTahun; issues: ValidationIssue[] } {
  const { sheet, indikator: ind } = context;
  const issues: ValidationIssue[] = [];
  const tahun = row.tahun;
  const sev: Severity = tahun === context.tahunLaporan ? "galat" : "peringatan";
  const at = (col: BidangColumn) => bidangCell(row.row, col);
  const facts = { kode: ind.kode, tahun };
  /** Pushes an issue at a column of this row, its kode and tahun added to its params. */
  const push = <C extends RowIssue["code"]>(
    code: C,
    severity: Severity,
    col: BidangColumn,
    params: Omit<IssueOf<C>["params"], "kode" | "tahun">,
  ) =>
    issues.push({ code, severity, sheet, address: at(col), params: { ...facts, ...params } } as IssueOf<C>);

  const numeric = (col: FigureColumn): Nilai => {
    const label = LABEL[col];
    const cell = readNumericCell(row.values[col]);
    switch (cell.kind) {
      case "blank":
        return { status: "kosong" };
      case "number":
        return ada(cell.value);
      case "negative":
        push("negative", sev, col, { kolom: col, nilai: cell.value });
        return { status: "tidakValid", reason: `${label} negatif` };
      case "tooLarge":
        push("numberTooLarge", sev, col, { kolom: col, nilai: cell.value });
        return { status: "tidakValid", reason: `${label} terlalu besar` };
      case "error":
        push("excelError", sev, col, { kolom: col, nilai: cell.error });
        return { status: "tidakValid", reason: `${label} berisi ${cell.error}` };
      case "text":
        push("inputText", sev, col, { kolom: col, nilai: cell.text, angka: cell.looksNumeric });
        return { status: "tidakValid", reason: `${label} berupa teks` };
    }
  };

  const target = numeric("target");
  const pembilang = numeric("pembilang");
  const penyebut: Nilai = ind.jenis === "jumlah" ? { status: "kosong" } : numeric("penyebut");

  if (target.status === "kosong") push("targetMissing", sev, "target", {});
  else if (target.status === "ada" && target.value === 0) push("targetZero", "peringatan", "target", {});

  // Counts are whole: a fraction is usually a slip (a decimal point for a thousands separator).
  const whole: FigureColumn[] = ind.jenis === "jumlah" ? ["target", "pembilang"] : ["pembilang", "penyebut"];
  for (const col of whole) {
    const v = col === "target" ? target : col === "pembilang" ? pembilang : penyebut;
    if (v.status === "ada" && !Number.isInteger(v.value))
      push("fractionInCount", "peringatan", col, { kolom: col, nilai: v.value });
  }

  let realisasi: Nilai;
  if (ind.jenis === "jumlah") realisasi = pembilang;
  else if (pembilang.status === "tidakValid") realisasi = pembilang;
  else if (penyebut.status === "tidakValid") realisasi = penyebut;
  else if (pembilang.status !== "ada" || penyebut.status !== "ada") realisasi = { status: "kosong" };
  else if (penyebut.value === 0) {
    if (pembilang.value > 0) push("penyebutZero", sev, "penyebut", { pembilang: pembilang.value });
    else push("zeroOverZero", "peringatan", "penyebut", {});
    realisasi = { status: "tidakDapatDihitung", reason: "penyebut 0" };
  } else if (ind.jenis === "persen" && pembilang.value > penyebut.value) {
    push("pembilangOverPenyebut", sev, "pembilang", {
      pembilang: pembilang.value,
      penyebut: penyebut.value,
      selPenyebut: at("penyebut"),
    });
    realisasi = { status: "tidakValid", reason: "pembilang lebih besar dari penyebut" };
  } else {
    const r =
      ind.jenis === "persen"
        ? persen(pembilang.value, penyebut.value)
        : rasio(pembilang.value, penyebut.value);
    realisasi = r.ok ? ada(r.value) : { status: "tidakDapatDihitung", reason: r.error.message };
  }

  // The Realisasi column holds the template's formula; a constant there was typed over it.
  const formula = row.raw.realisasi;
  const shown = row.values.realisasi;
  const typedOver = !(typeof formula === "string" && formula.startsWith("=")) && !isBlank(shown);
  if (typedOver) {
    const agrees =
      realisasi.status === "ada" && typeof shown === "number" && toExcelPrecision(shown) === realisasi.value;
    if (!agrees) {
      push("realisasiOverwritten", "peringatan", "realisasi", {
        nilai: readTextCell(shown),
        ...(realisasi.status === "ada" ? { dihitung: realisasi.value } : {}),
      });
    }
  }

  let capaianNilai: Nilai;
  const missing =
    [target, realisasi].find((n) => n.status === "tidakValid") ??
    [target, realisasi].find((n) => n.status === "tidakDapatDihitung") ??
    [target, realisasi].find((n) => n.status === "kosong");
  if (missing) capaianNilai = missing;
  else {
    const c = capaian((realisasi as { value: number }).value, (target as { value: number }).value, {
      polaritas: context.polaritas,
      batas: context.batas,
    });
    capaianNilai = c.ok ? ada(c.value) : { status: "tidakDapatDihitung", reason: c.error.message };
  }
  const p = capaianNilai.status === "ada" ? predikat(capaianNilai.value, context.skala) : null;

  return {
    tahun: {
      tahun,
      row: row.row + 1,
      target,
      pembilang,
      penyebut,
      realisasi,
      capaian: capaianNilai,
      predikat: p?.ok ? p.value : null,
      pendukung: readTextCell(row.values.pendukung),
      penghambat: readTextCell(row.values.penghambat),
      solusi: readTextCell(row.values.solusi),
      keterangan: readTextCell(row.values.keterangan),
    },
    issues,
  };
}

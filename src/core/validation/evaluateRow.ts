import type { Indikator } from "../catalog/catalogSchema";
import { capaian } from "../formulas/capaian";
import { persen } from "../formulas/persen";
import type { Polaritas } from "../formulas/Polaritas";
import type { PredikatScale } from "../formulas/PredikatScale";
import { predikat } from "../formulas/predikat";
import { rasio } from "../formulas/rasio";
import { toExcelPrecision } from "../formulas/toExcelPrecision";
import { kriteria, type Kriteria } from "../formulas/kriteria";
import { roundToDecimals } from "../formulas/roundToDecimals";
import type { FormulaResult } from "../formulas/FormulaResult";
import { isDateFormat } from "./isDateFormat";
import { isBlank, readTextCell } from "../workbook/a1";
import { bidangCell, type BidangColumn } from "../workbook/workbookLayout";
import type { LakipTahun, Nilai } from "../lakip/LakipData";
import type { BidangInputRow } from "./readBidangRows";
import { readNumericCell } from "./readNumericCell";
import type { FigureColumn, IssueOf, Severity, TargetColumn, ValidationIssue } from "./ValidationIssue";

// Names in the report's "tidak valid" reasons (data, not shown to staff as a message).
const LABEL: Readonly<Record<FigureColumn, string>> = {
  targetRenstra: "Target Renstra",
  targetPK: "Target PK",
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
 * - 0/0 is a peringatan: nothing happened to be counted, realisasi is not computable;
 * - a percent target above 100 is a galat in every year: the Renstra and PK targets of
 *   every year are printed in the report, and no share exceeds its whole;
 * - a target formatted as a date is a peringatan: the number is used as it is, but it
 *   is rarely the one meant (see `isDateFormat`);
 * - a realisasi or capaian too large to be a number is a galat in every year: never
 *   NaN or Infinity in a report.
 *
 * The predikat is the band of the capaian as printed (`decimals`), and the kriteria
 * reads the capaian before the cap at that precision: both agree with the figure shown.
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
    /** The decimals the report prints capaian with (Pengaturan's IKU_Desimal). */
    readonly decimals: number;
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

  /** A target, checked as a target: a percent is at most 100, and a date is rarely meant. */
  const targetOf = (col: TargetColumn): Nilai => {
    const n = numeric(col);
    const format = row.numberFormats[col];
    if (n.status === "ada" && format !== "" && isDateFormat(format))
      push("targetDate", "peringatan", col, { kolom: col, nilai: n.value, format });
    if (n.status === "ada" && ind.jenis === "persen" && n.value > 100) {
      push("targetAbove100", "galat", col, { kolom: col, nilai: n.value });
      return { status: "tidakValid", reason: `${LABEL[col]} di atas 100%` };
    }
    return n;
  };
  const targetRenstra = targetOf("targetRenstra");
  const targetPK = targetOf("targetPK");
  const pembilang = numeric("pembilang");
  const penyebut: Nilai = ind.jenis === "jumlah" ? { status: "kosong" } : numeric("penyebut");
  // Capaian is measured against the signed PK target; a blank one means the Renstra's.
  const targetDariRenstra = targetPK.status === "kosong" && targetRenstra.status !== "kosong";
  const targetCol: TargetColumn = targetPK.status === "kosong" ? "targetRenstra" : "targetPK";
  const target = targetPK.status === "kosong" ? targetRenstra : targetPK;

  if (target.status === "kosong") push("targetMissing", sev, "targetRenstra", {});
  else if (target.status === "ada" && target.value === 0) push("targetZero", "peringatan", targetCol, {});

  // Counts are whole: a fraction is usually a slip (a decimal point for a thousands separator).
  const figures: Readonly<Record<FigureColumn, Nilai>> = { targetRenstra, targetPK, pembilang, penyebut };
  const whole: FigureColumn[] =
    ind.jenis === "jumlah" ? ["targetRenstra", "targetPK", "pembilang"] : ["pembilang", "penyebut"];
  for (const col of whole) {
    const v = figures[col];
    if (v.status === "ada" && !Number.isInteger(v.value))
      push("fractionInCount", "peringatan", col, { kolom: col, nilai: v.value });
  }

  /** A formula's number, or why there is none; a result too large to be a number is a galat. */
  const computed = (r: FormulaResult<number>, hasil: "realisasi" | "capaian"): Nilai => {
    if (r.ok) return ada(r.value);
    if (r.error.type === "NUM") push("tooLarge", "galat", "pembilang", { hasil });
    return { status: "tidakDapatDihitung", reason: r.error.message };
  };

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
    realisasi = computed(r, "realisasi");
  }

  // The Realisasi column holds the template's formula; a constant there was typed over it.
  const formula = row.raw.realisasi;
  const shown = row.values.realisasi;
  if (!(typeof formula === "string" && formula.startsWith("=")) && !isBlank(shown)) {
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
  let tanpaBatas: Nilai;
  const missing =
    [target, realisasi].find((n) => n.status === "tidakValid") ??
    [target, realisasi].find((n) => n.status === "tidakDapatDihitung") ??
    [target, realisasi].find((n) => n.status === "kosong");
  if (missing) capaianNilai = tanpaBatas = missing;
  else {
    const r = (realisasi as { value: number }).value;
    const t = (target as { value: number }).value;
    capaianNilai = computed(capaian(r, t, { polaritas: context.polaritas, batas: context.batas }), "capaian");
    // Without the cap: what the kriteria reads, so a cap never hides an exceeded target.
    const free = capaian(r, t, { polaritas: context.polaritas });
    tanpaBatas = free.ok ? ada(free.value) : capaianNilai;
  }
  // Banded as printed: 90.004 prints 90,00 and is Tinggi.
  const p =
    capaianNilai.status === "ada"
      ? predikat(roundToDecimals(capaianNilai.value, context.decimals), context.skala)
      : null;
  const k: Kriteria | null =
    tanpaBatas.status === "ada" ? kriteria(tanpaBatas.value, context.decimals) : null;

  // Capaian and Predikat hold the template's formulas too: a constant was typed over one.
  const typedOver = (key: "capaian" | "predikat") => {
    const f = row.raw[key];
    return !(typeof f === "string" && f.startsWith("=")) && !isBlank(row.values[key]);
  };
  if (typedOver("capaian")) {
    const typed = row.values.capaian;
    const agrees =
      capaianNilai.status === "ada" &&
      typeof typed === "number" &&
      toExcelPrecision(typed) === capaianNilai.value;
    if (!agrees)
      push("capaianOverwritten", "peringatan", "capaian", {
        nilai: readTextCell(typed),
        ...(capaianNilai.status === "ada" ? { dihitung: capaianNilai.value } : {}),
      });
  }
  if (typedOver("predikat")) {
    const typed = readTextCell(row.values.predikat);
    const label = p?.ok ? p.value : null;
    if (label === null || typed.toLowerCase() !== label.toLowerCase())
      push("predikatOverwritten", "peringatan", "predikat", {
        nilai: typed,
        ...(label === null ? {} : { dihitung: label }),
      });
  }

  return {
    tahun: {
      tahun,
      row: row.row + 1,
      targetRenstra,
      targetPK,
      target,
      targetDariRenstra,
      pembilang,
      penyebut,
      realisasi,
      capaian: capaianNilai,
      capaianTanpaBatas: tanpaBatas,
      predikat: p?.ok ? p.value : null,
      kriteria: k,
      pendukung: readTextCell(row.values.pendukung),
      penghambat: readTextCell(row.values.penghambat),
      solusi: readTextCell(row.values.solusi),
      keterangan: readTextCell(row.values.keterangan),
    },
    issues,
  };
}

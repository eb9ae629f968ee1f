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
import type { Severity, ValidationIssue } from "./ValidationIssue";

const LABEL: Partial<Record<BidangColumn, string>> = {
  target: "Target",
  pembilang: "Pembilang",
  penyebut: "Penyebut",
};
const fmt = (n: number) => String(toExcelPrecision(n));
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
  const where = `${ind.kode} tahun ${tahun}`;
  const base = { kode: ind.kode, tahun };
  const push = (
    code: string,
    severity: Severity,
    col: BidangColumn,
    message: string,
    params: Record<string, string | number> = {},
  ) => issues.push({ code, severity, sheet, address: at(col), message, params: { ...base, ...params } });

  const numeric = (col: "target" | "pembilang" | "penyebut"): Nilai => {
    const label = LABEL[col] ?? col;
    const cell = readNumericCell(row.values[col]);
    switch (cell.kind) {
      case "blank":
        return { status: "kosong" };
      case "number":
        return ada(cell.value);
      case "negative":
        push(
          "negative",
          sev,
          col,
          `${label} ${where} bernilai negatif (${fmt(cell.value)}) di ${at(col)}. Isi dengan angka 0 atau lebih.`,
          { nilai: cell.value },
        );
        return { status: "tidakValid", reason: `${label} negatif` };
      case "error":
        push(
          "excelError",
          sev,
          col,
          `${label} ${where} berisi galat Excel ${cell.error} di ${at(col)}. Perbaiki rumusnya atau ketik angkanya langsung.`,
          { nilai: cell.error },
        );
        return { status: "tidakValid", reason: `${label} berisi ${cell.error}` };
      case "text":
        push(
          "inputText",
          sev,
          col,
          cell.looksNumeric
            ? `${label} ${where} berisi teks "${cell.text}" di ${at(col)}, bukan angka. Ketik ulang angkanya sebagai angka (tanpa tanda kutip, tanpa format Teks); kosongkan bila datanya belum ada.`
            : `${label} ${where} berisi teks "${cell.text}" di ${at(col)}, bukan angka. Isi dengan angka, atau kosongkan sel bila datanya belum ada (jangan "-" atau "n/a").`,
          { nilai: cell.text },
        );
        return { status: "tidakValid", reason: `${label} berupa teks` };
    }
  };

  const target = numeric("target");
  const pembilang = numeric("pembilang");
  const penyebut: Nilai = ind.jenis === "jumlah" ? { status: "kosong" } : numeric("penyebut");

  if (target.status === "kosong") {
    push(
      "targetMissing",
      sev,
      "target",
      `Target ${where} belum diisi di ${at("target")}. Isi target sesuai Renstra/Perjanjian Kinerja${sev === "galat" ? "; tanpa target, capaian tahun laporan tidak dapat dihitung" : ""}.`,
    );
  } else if (target.status === "ada" && target.value === 0) {
    push(
      "targetZero",
      "peringatan",
      "target",
      `Target ${where} bernilai 0 di ${at("target")}: capaian tidak dapat dihitung. Periksa targetnya; bila memang 0, laporan menulis "tidak dapat dihitung".`,
    );
  }

  // Counts are whole: a fraction is usually a slip (a decimal point for a thousands separator).
  const whole: ("target" | "pembilang" | "penyebut")[] =
    ind.jenis === "jumlah" ? ["target", "pembilang"] : ["pembilang", "penyebut"];
  for (const col of whole) {
    const v = col === "target" ? target : col === "pembilang" ? pembilang : penyebut;
    if (v.status === "ada" && !Number.isInteger(v.value)) {
      push(
        "fractionInCount",
        "peringatan",
        col,
        `${LABEL[col]} ${where} berisi pecahan (${fmt(v.value)}) di ${at(col)}, padahal yang dihitung adalah jumlah. Periksa angkanya; laporan memakai angka seperti yang diketik.`,
        { nilai: v.value },
      );
    }
  }

  let realisasi: Nilai;
  if (ind.jenis === "jumlah") realisasi = pembilang;
  else if (pembilang.status === "tidakValid") realisasi = pembilang;
  else if (penyebut.status === "tidakValid") realisasi = penyebut;
  else if (pembilang.status !== "ada" || penyebut.status !== "ada") realisasi = { status: "kosong" };
  else if (penyebut.value === 0) {
    if (pembilang.value > 0) {
      push(
        "penyebutZero",
        sev,
        "penyebut",
        `Penyebut ${where} bernilai 0 sedangkan pembilang ${fmt(pembilang.value)}: realisasi tidak dapat dihitung. Isi penyebut di ${at("penyebut")} dengan jumlah keseluruhan yang benar.`,
        {
          pembilang: pembilang.value,
        },
      );
    } else {
      push(
        "zeroOverZero",
        "peringatan",
        "penyebut",
        `Pembilang dan penyebut ${where} sama-sama 0: realisasi tidak dapat dihitung. Periksa datanya; kosongkan bila belum ada.`,
      );
    }
    realisasi = { status: "tidakDapatDihitung", reason: "penyebut 0" };
  } else if (ind.jenis === "persen" && pembilang.value > penyebut.value) {
    push(
      "pembilangOverPenyebut",
      sev,
      "pembilang",
      `Pembilang ${where} (${fmt(pembilang.value)}) lebih besar dari penyebut (${fmt(penyebut.value)}): persentase melebihi 100%. Periksa pembilang di ${at("pembilang")} dan penyebut di ${at("penyebut")}.`,
      { pembilang: pembilang.value, penyebut: penyebut.value },
    );
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
      push(
        "realisasiOverwritten",
        "peringatan",
        "realisasi",
        `Realisasi ${where} di ${at("realisasi")} diketik manual (${readTextCell(shown)}) dan tidak sama dengan hasil pembilang/penyebut (${realisasi.status === "ada" ? fmt(realisasi.value) : "belum dapat dihitung"}). Laporan memakai hasil hitungan; hapus isian manual dan jalankan Siapkan Template IKU untuk memulihkan rumusnya.`,
        { nilai: readTextCell(shown), ...(realisasi.status === "ada" ? { dihitung: realisasi.value } : {}) },
      );
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

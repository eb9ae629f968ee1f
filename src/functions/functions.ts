/*
 * The IKU.* custom functions: thin wrappers over src/core.
 *
 * custom-functions-metadata-plugin builds functions.json from the JSDoc below and
 * appends a `CustomFunctions.associate(id, fn)` per function; it only sees top-level
 * `function` declarations, so keep each function one. They are exported as well, so
 * the development workbook host registers the very same code.
 *
 * Excel passes an omitted optional argument as `null` and an empty cell as `0` or
 * `null`; the core's bad-input policy (src/core/formulas/toQuantity.ts) treats both
 * alike. Nothing here writes to the workbook.
 *
 * Parameters are `any` on purpose: the metadata generator requires the TypeScript type
 * to match the JSDoc type, and a `number` parameter would let Excel reject text with a
 * bare #VALUE! before we can say, in Indonesian, what is wrong with it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
// Excel reads a thrown CustomFunctions.Error as the cell's error; its type does not extend Error.
/* eslint-disable @typescript-eslint/only-throw-error */
// Direct imports rather than ../core's index: this bundle must not carry zod and the catalog.
import { capaian as capaianCore } from "../core/formulas/capaian";
import type { FormulaResult } from "../core/formulas/FormulaResult";
import { kriteriaOf } from "../core/formulas/kriteria";
import { parsePolaritas } from "../core/formulas/Polaritas";
import { parsePredikatScale } from "../core/formulas/PredikatScale";
import { persen as persenCore } from "../core/formulas/persen";
import { predikat as predikatCore } from "../core/formulas/predikat";
import { rasio as rasioCore } from "../core/formulas/rasio";
import { serapan as serapanCore } from "../core/formulas/serapan";
import { efisiensi as efisiensiCore } from "../core/formulas/efisiensi";
import { tahunan as tahunanCore } from "../core/formulas/tahunan";

function toExcel<T>(result: FormulaResult<T>): T {
  if (result.ok) return result.value;
  const { type, message } = result.error;
  // Excel shows a message only with #VALUE! and #N/A.
  switch (type) {
    case "DIV0":
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    case "NA":
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
    case "VALUE":
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
    case "NUM":
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
  }
}

/**
 * Persentase: pembilang dibagi penyebut dikali 100. Contoh: =IKU.PERSEN(1;4) menghasilkan 25.
 * @customfunction PERSEN
 * @helpurl https://localhost:3000/help.html#persen
 * @param {any} pembilang Jumlah yang memenuhi kriteria (angka ≥ 0).
 * @param {any} penyebut Jumlah keseluruhan (angka > 0).
 * @returns {number} Persentase dalam poin persen (0–100).
 */
export function persen(pembilang: any, penyebut: any): number {
  return toExcel(persenCore(pembilang, penyebut));
}

/**
 * Rasio (rata-rata): pembilang dibagi penyebut, tanpa dikali 100. Contoh: =IKU.RASIO(30;12) menghasilkan 2,5.
 * @customfunction RASIO
 * @helpurl https://localhost:3000/help.html#rasio
 * @param {any} pembilang Jumlah yang dihitung (angka ≥ 0).
 * @param {any} penyebut Jumlah pembagi (angka > 0).
 * @returns {number} Rasio pembilang terhadap penyebut.
 */
export function rasio(pembilang: any, penyebut: any): number {
  return toExcel(rasioCore(pembilang, penyebut));
}

/**
 * Capaian kinerja (%) dari realisasi terhadap target. Contoh: =IKU.CAPAIAN(45;50) menghasilkan 90.
 * @customfunction CAPAIAN
 * @helpurl https://localhost:3000/help.html#capaian
 * @param {any} realisasi Realisasi tahun berjalan (angka ≥ 0).
 * @param {any} target Target tahun berjalan (angka > 0).
 * @param {any} [polaritas] "positif" (bawaan, R/T×100), "negatif" ((2T−R)/T×100) atau "negatif-t/r" (T/R×100).
 * @param {any} [batas] Batas atas capaian, misalnya 100 atau 120; kosongkan bila tanpa batas.
 * @returns {number} Capaian dalam persen.
 */
export function capaian(realisasi: any, target: any, polaritas?: any, batas?: any): number {
  const polarity = toExcel(parsePolaritas(polaritas));
  let cap: number | null = null;
  // An empty cell (the Pengaturan cap left blank) may arrive as 0 or null: both mean no cap.
  if (batas !== null && batas !== undefined && batas !== "" && batas !== 0) {
    if (typeof batas !== "number") {
      throw new CustomFunctions.Error(
        CustomFunctions.ErrorCode.invalidValue,
        "Batas capaian harus angka lebih dari 0.",
      );
    }
    cap = batas;
  }
  return toExcel(capaianCore(realisasi, target, { polaritas: polarity, batas: cap }));
}

/**
 * Predikat capaian kinerja. Bawaan: skala Permendagri 86/2017 (>90 Sangat Tinggi, >75 Tinggi, >65 Sedang, >50 Rendah, selebihnya Sangat Rendah).
 * @customfunction PREDIKAT
 * @helpurl https://localhost:3000/help.html#predikat
 * @param {any} capaian Capaian dalam persen.
 * @param {any[][]} [skala] Rentang 2 kolom: batas bawah (lebih dari) menurun dan predikat; batas baris terakhir boleh kosong.
 * @returns {string} Predikat capaian.
 */
export function predikat(capaian: any, skala?: any[][]): string {
  if (skala === null || skala === undefined) return toExcel(predikatCore(capaian));
  return toExcel(predikatCore(capaian, toExcel(parsePredikatScale(skala))));
}

/**
 * Kriteria capaian terhadap target: Terlampaui (di atas 100), Tercapai (tepat 100) atau Tidak Tercapai, dinilai pada capaian yang dibulatkan seperti dicetak. Contoh: =IKU.KRITERIA(100,004;2) menghasilkan Tercapai.
 * @customfunction KRITERIA
 * @helpurl https://localhost:3000/help.html#kriteria
 * @param {any} capaian Capaian dalam persen, sebelum dibatasi (agar batas tidak menyembunyikan target yang terlampaui).
 * @param {any} [desimal] Jumlah desimal capaian yang dicetak (0–15); kosongkan untuk menilai capaian apa adanya.
 * @returns {string} Terlampaui, Tercapai atau Tidak Tercapai.
 */
export function kriteria(capaian: any, desimal?: any): string {
  return toExcel(kriteriaOf(capaian, desimal));
}

/**
 * Serapan anggaran (%): realisasi dibagi pagu dikali 100; di atas 100 bila realisasi melebihi pagu. Contoh: =IKU.SERAPAN(450000000;500000000) menghasilkan 90.
 * @customfunction SERAPAN
 * @helpurl https://localhost:3000/help.html#serapan
 * @param {any} realisasi Realisasi anggaran dalam rupiah (angka ≥ 0).
 * @param {any} pagu Pagu anggaran dalam rupiah (angka > 0).
 * @returns {number} Serapan dalam persen.
 */
export function serapan(realisasi: any, pagu: any): number {
  return toExcel(serapanCore(realisasi, pagu));
}

/**
 * Efisiensi anggaran (%): (1 − realisasi/pagu) × 100, hanya bila capaian kinerja mencapai 100%. Contoh: =IKU.EFISIENSI(105;450000000;500000000) menghasilkan 10.
 * @customfunction EFISIENSI
 * @helpurl https://localhost:3000/help.html#efisiensi
 * @param {any} capaian Capaian kinerja dalam persen.
 * @param {any} realisasi Realisasi anggaran dalam rupiah (angka ≥ 0).
 * @param {any} pagu Pagu anggaran dalam rupiah (angka > 0).
 * @returns {number} Efisiensi dalam persen (bagian pagu yang tidak terserap).
 */
export function efisiensi(capaian: any, realisasi: any, pagu: any): number {
  return toExcel(efisiensiCore(capaian, realisasi, pagu));
}

/**
 * Realisasi tahunan dari empat triwulan: kumulatif menjumlahkan triwulan, akhir mengambil triwulan terakhir yang terisi; sel kosong dilewati. Contoh: =IKU.TAHUNAN(2;3;;4;"kumulatif") menghasilkan 9.
 * @customfunction TAHUNAN
 * @helpurl https://localhost:3000/help.html#tahunan
 * @param {any} tw1 Realisasi triwulan I (angka ≥ 0, atau kosong).
 * @param {any} tw2 Realisasi triwulan II.
 * @param {any} tw3 Realisasi triwulan III.
 * @param {any} tw4 Realisasi triwulan IV.
 * @param {any} [sifat] "kumulatif" atau "akhir" (bawaan: akhir). Untuk akhir, 0 dianggap kosong karena Excel dapat mengirim sel kosong sebagai 0.
 * @returns {number} Realisasi tahun itu.
 */
export function tahunan(tw1: any, tw2: any, tw3: any, tw4: any, sifat?: any): number {
  return toExcel(tahunanCore([tw1, tw2, tw3, tw4], sifat));
}

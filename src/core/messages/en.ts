import { isCatalogList, type CatalogField, type CatalogProblem } from "../catalog/CatalogProblem";
import type { ScaleProblem } from "../formulas/PredikatScale";
import { toExcelPrecision } from "../formulas/toExcelPrecision";
import { pengaturanCell } from "../sheets/readPengaturan";
import { PERIODE_MAX_TAHUN } from "../sheets/renstraPeriod";
import type { FigureColumn, PeriodeSetting } from "../validation/ValidationIssue";
import { DESIMAL, RUMUS_NEGATIF } from "../workbook/workbookLayout";
import type { TriwulanFigure } from "../workbook/triwulanLayout";
import { wordOf, type Messages, type Wording } from "./Messages";

/**
 * English, for the task pane of an English-language Office. The workbook stays
 * Indonesian, so sheet names, column headers (Target, Pembilang, …) and the words staff
 * type are quoted as they appear there; the button is named as the English pane names it.
 */

const number = (n: number) => String(toExcelPrecision(n));
/** The Anggaran sheet's money columns, as its (Indonesian) headings name them. */
const MONEY_COLUMN = {
  pagu: "Pagu",
  realisasi: "Realisasi",
  realisasiTw1: "Realisasi TW I",
  realisasiTw2: "Realisasi TW II",
  realisasiTw3: "Realisasi TW III",
  realisasiTw4: "Realisasi TW IV",
};
const MONEY = {
  teks: "is text",
  negatif: "is negative",
  galatExcel: "holds an error",
  terlaluBesar: "is too large",
};
/** Rupiah as English Excel shows "#,##0": Rp500,000,000. */
const rupiah = (n: number) =>
  `Rp${Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
const FIGURE: Readonly<Record<FigureColumn, string>> = {
  targetRenstra: "Target Renstra",
  targetPK: "Target PK (Perjanjian Kinerja)",
  pembilang: "Pembilang (numerator)",
  penyebut: "Penyebut (denominator)",
};
const SETTING: Readonly<Record<PeriodeSetting, string>> = {
  tahunAwal: "Renstra start year (Tahun awal Renstra)",
  tahunAkhir: "Renstra end year (Tahun akhir Renstra)",
};
const SET_UP = "Set up IKU template";
const TW_FIGURE: Readonly<Record<TriwulanFigure, string>> = {
  target: "The target",
  pembilang: "The pembilang",
  penyebut: "The penyebut",
};

const FIELD: Readonly<Record<CatalogField, string>> = {
  instansi: "Agency name",
  "periode.awal": "Start year",
  "periode.akhir": "End year",
  "bidang.kode": "Bidang code",
  "bidang.nama": "Bidang name",
  "bidang.lembar": "Sheet name",
  "sasaran.kode": "Sasaran code",
  "sasaran.nama": "Sasaran name",
  "indikator.kode": "Indicator code",
  "indikator.nama": "Indicator name",
  "indikator.sasaran": "Sasaran code",
  "indikator.jenis": "Jenis (type)",
  "indikator.satuan": "Satuan (unit)",
  "indikator.polaritas": "Polaritas (polarity)",
  "indikator.pembilang": "Pembilang (numerator)",
  "indikator.penyebut": "Penyebut (denominator)",
  "indikator.sumberData": "Data source",
  "indikator.bidang": "Bidang code",
  "indikator.kondisiAwal": "Kondisi awal (baseline)",
  "indikator.sifatTarget": "Sifat target (how years add up)",
  "indikator.standarNasional": "Standar nasional",
  "indikator.sumberStandar": "Sumber standar",
};

const DUPLICATE: Readonly<Record<Extract<CatalogProblem, { code: "duplicate" }>["field"], string>> = {
  "bidang.kode": "Bidang code",
  "bidang.lembar": "Bidang sheet name",
  "sasaran.kode": "Sasaran code",
  "indikator.kode": "Indicator code",
};

/** "a", "b" or "c" */
const oneOf = (options: readonly string[]) => {
  const quoted = options.map((o) => `"${o}"`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1) ?? ""}`;
};

const catalogProblem: Wording<CatalogProblem> = {
  notACatalog: () => "The catalog must be a complete catalog record",
  notAList: ({ list }) => `The ${list} list must be a list`,
  listEmpty: ({ list }) => `The catalog needs at least one ${list}`,
  notAnEntry: ({ list }) => `Every item of the ${list} list must be a complete entry`,
  notText: ({ field }) => `${FIELD[field]} must be text`,
  textEmpty: ({ field }) => `${FIELD[field]} must not be empty`,
  textTooLong: ({ field, max }) => `${FIELD[field]} can be at most ${max} characters long`,
  sheetNameChars: () => "A sheet name cannot contain : \\ / ? * [ ]",
  sheetNameQuote: () => "A sheet name cannot start or end with '",
  kodeFormat: ({ field }) =>
    `${FIELD[field]} may only contain letters, digits, full stops, underscores and hyphens`,
  notOneOf: ({ field, options }) => `${FIELD[field]} must be ${oneOf(options)}`,
  penyebutRequired: ({ jenis }) => `A ${jenis} indicator needs a penyebut (denominator)`,
  penyebutUnused: () => "A jumlah (count) indicator has no penyebut (denominator)",
  notNumber: ({ field }) => `${FIELD[field]} must be a number (or left blank)`,
  numberNegative: ({ field }) => `${FIELD[field]} must not be negative`,
  kumulatifNotJumlah: ({ jenis }) =>
    `Sifat target "kumulatif" is for jumlah (count) indicators only; a ${jenis} indicator is a state at the end of the year: choose "akhir" or leave it blank`,
  yearNotNumber: () => "The year must be a number",
  yearNotWhole: () => "The year must be a whole number",
  yearOutOfRange: ({ min, max }) => `The year must be between ${min} and ${max}`,
  periodReversed: () => "The period's start year must come before its end year",
  periodTooLong: ({ maxYears }) => `A Renstra period lasts at most ${maxYears} years`,
  duplicate: ({ field, value }) => `${DUPLICATE[field]} "${value}" appears twice`,
  unknownReference: ({ field, value }) =>
    field === "indikator.sasaran"
      ? `Sasaran "${value}" is not in the sasaran list`
      : `Bidang "${value}" is not in the bidang list`,
  reservedSheetName: ({ value }) => `The sheet name "${value}" is already used by the template`,
  invalid: () => "This entry is not valid",
};

const scaleProblem: Wording<ScaleProblem> = {
  empty: () => "The predikat scale is empty.",
  notTwoColumns: () => "The predikat scale needs 2 columns: the lower limit and the predikat.",
  labelNotText: ({ row }) => `Predikat scale row ${row}: the predikat must be text.`,
  thresholdMissing: ({ row }) => `Predikat scale row ${row}: only the last row may have no limit.`,
  thresholdNotNumber: ({ row }) => `Predikat scale row ${row}: the lower limit must be a number.`,
  notDescending: ({ row, threshold, previous }) =>
    `Predikat scale row ${row}: the limits must go down (${threshold} is not below ${previous}).`,
};

export const en: Messages = {
  issue: {
    sheetMissing: ({ sheet, address, params: p }) =>
      p.bidang === undefined
        ? `Sheet "${p.lembar}" was not found; it may have been deleted or renamed. Run ${SET_UP} to create it again.`
        : `Bidang sheet "${p.lembar}" (${p.namaBidang ?? p.bidang}) was not found; it may have been deleted or renamed. Rename it back to "${p.lembar}", enter its new name in ${sheet}!${address}, or run ${SET_UP} to create it again.`,
    sheetRenamed: ({ params: p }) =>
      `Bidang sheet "${p.lembar}" (${p.namaBidang}) is missing, but its data is on sheet "${p.ditemukan}": that sheet was renamed. Rename it back to "${p.lembar}" (right-click the tab › Rename), or run ${SET_UP} and choose "Use sheet ${p.ditemukan}".`,
    sheetNotOurs: ({ params: p }) =>
      `Sheet "${p.lembar}" is not the Bidang sheet of ${p.namaBidang}: it has no Kode and Tahun columns, and this add-in did not make it. Rename that sheet (for example "${p.lembar} (pribadi)"), then run ${SET_UP} to create the Bidang sheet "${p.lembar}".`,
    sheetLayout: ({ address, params: p }) =>
      `The layout of sheet "${p.lembar}" has changed: cell ${address} should be headed "${p.diharapkan}"${p.ditemukan === "" ? "" : `, not "${p.ditemukan}"`}. Do not insert or delete columns; run ${SET_UP} to restore the sheet.`,
    kodeMissing: ({ address, params: p }) =>
      `Row ${p.baris} holds data but no Kode (indicator code); the row is ignored. Enter the indicator code in ${address}, or move the data to the indicator's own row.`,
    kodeOtherSheet: ({ params: p }) =>
      `Indicator ${p.kode} belongs on sheet "${p.lembar}", not this one; row ${p.baris} is ignored. Enter its data on sheet "${p.lembar}".`,
    unknownKode: ({ params: p }) =>
      `Code "${p.kode}" is not in Katalog IKU; row ${p.baris} is ignored. Correct the code, or add the indicator on the Katalog IKU sheet.`,
    yearInvalid: ({ params: p }) =>
      `"${p.nilai}" in row ${p.baris} (${p.kode}) is not a year; the row is ignored. Enter the year as a number, for example 2024.`,
    yearOutsidePeriod: ({ params: p }) =>
      `Year ${p.tahun} (${p.kode}) is outside the Renstra period ${p.tahunAwal}–${p.tahunAkhir}; the row is ignored. Correct the year, or the Renstra period on the Pengaturan sheet.`,
    duplicateRow: ({ params: p }) =>
      `The row for ${p.kode}, ${p.tahun} appears twice: row ${p.baris} repeats row ${p.barisPertama}. Delete one of them; until then the report uses row ${p.barisPertama}.`,
    indicatorMissing: ({ params: p }) =>
      `Indicator ${p.kode} (${p.nama}) is missing from sheet "${p.lembar}". Run ${SET_UP} to add its rows, or correct its code in the Kode column.`,
    rowMissing: ({ params: p }) =>
      `The row for ${p.kode}, ${p.tahun} is missing from sheet "${p.lembar}". Run ${SET_UP} to add it, or correct the year in the Tahun column.`,
    negative: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} of ${p.kode}, ${p.tahun} is negative (${number(p.nilai)}) in ${address}. Enter 0 or more.`,
    numberTooLarge: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} of ${p.kode}, ${p.tahun} is too large (${number(p.nilai)}) in ${address}: Excel keeps only 15 digits, and the report cannot compute with it. Check the number; another number (an ID?) may have been pasted there.`,
    excelError: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} of ${p.kode}, ${p.tahun} holds the Excel error ${p.nilai} in ${address}. Fix its formula, or type the number in directly.`,
    inputText: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} of ${p.kode}, ${p.tahun} holds the text "${p.nilai}" in ${address}, not a number. ` +
      (p.angka
        ? "Type the number again as a number (no quote mark, no Text format); leave the cell empty if there is no data yet."
        : 'Enter a number, or leave the cell empty if there is no data yet (not "-" or "n/a").'),
    targetMissing: ({ severity, address, params: p }) =>
      `The Target of ${p.kode}, ${p.tahun} is empty in ${address}. Enter the target from the Renstra or the performance agreement (Perjanjian Kinerja)${severity === "galat" ? "; without it the report year's capaian cannot be computed" : ""}.`,
    targetZero: ({ address, params: p }) =>
      `The Target of ${p.kode}, ${p.tahun} is 0 in ${address}: capaian cannot be computed. Check the target; if 0 is meant, the report says "tidak dapat dihitung" (cannot be computed).`,
    fractionInCount: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} of ${p.kode}, ${p.tahun} holds a fraction (${number(p.nilai)}) in ${address}, but it counts whole things. Check the number; the report uses it as typed.`,
    penyebutZero: ({ address, params: p }) =>
      `Penyebut (denominator) of ${p.kode}, ${p.tahun} is 0 while the pembilang is ${number(p.pembilang)}: realisasi cannot be computed. Enter the correct total in ${address}.`,
    zeroOverZero: ({ params: p }) =>
      `Pembilang and penyebut of ${p.kode}, ${p.tahun} are both 0: realisasi cannot be computed. Check the data; leave the cells empty if there is none yet.`,
    pembilangOverPenyebut: ({ address, params: p }) =>
      `Pembilang (numerator) of ${p.kode}, ${p.tahun} (${number(p.pembilang)}) is greater than the penyebut (${number(p.penyebut)}): the percentage would exceed 100%. Check the pembilang in ${address} and the penyebut in ${p.selPenyebut}.`,
    realisasiOverwritten: ({ address, params: p }) =>
      `Realisasi of ${p.kode}, ${p.tahun} in ${address} was typed in by hand (${p.nilai}) and differs from pembilang/penyebut (${p.dihitung === undefined ? "not computable yet" : number(p.dihitung)}). The report uses the computed value; clear the typed value and run ${SET_UP} to restore the formula.`,
    capaianOverwritten: ({ address, params: p }) =>
      `Capaian of ${p.kode}, ${p.tahun} in ${address} was typed in by hand (${p.nilai}) and differs from the computed capaian (${p.dihitung === undefined ? "not computable yet" : number(p.dihitung)}). The report uses the computed value; clear the typed value and run ${SET_UP} to restore the formula.`,
    predikatOverwritten: ({ address, params: p }) =>
      `Predikat of ${p.kode}, ${p.tahun} in ${address} was typed in by hand ("${p.nilai}") and differs from the rating of its capaian (${p.dihitung === undefined ? "not ratable yet" : `"${p.dihitung}"`}). The report uses the computed rating; clear the typed value and run ${SET_UP} to restore the formula.`,
    targetAbove100: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} of ${p.kode}, ${p.tahun} is ${number(p.nilai)} in ${address}, but this is a percentage indicator: a target cannot exceed 100. Correct it from the ${p.kolom === "targetPK" ? "performance agreement (Perjanjian Kinerja)" : "Renstra"}.`,
    targetFraction: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} of ${p.kode}, ${p.tahun} in ${address} is ${number(p.nilai)} while its other targets are above 1 (such as ${number(p.lain)}): ${number(p.nilai)} means ${number(p.nilai)} %, not ${number(p.nilai * 100)} %. If ${number(p.nilai * 100)} % is meant, type ${number(p.nilai * 100)}.`,
    targetDate: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} of ${p.kode}, ${p.tahun} in ${address} has a date or time format (${p.format}), so it shows as a date; its value is ${number(p.nilai)}. Excel turns entries such as 1.5 or 1/5 into dates. Type the target again and set the cell's format to Number; until then the report uses ${number(p.nilai)}.`,
    triwulanInvalid: ({ address, params: p }) =>
      `${TW_FIGURE[p.kolom]} of TW ${p.triwulan}, ${p.kode} ${p.tahun} (${address}) ` +
      (p.masalah === "teks"
        ? `holds the text "${p.nilai}": type a number, or clear it.`
        : p.masalah === "negatif"
          ? `is negative (${p.nilai}): enter 0 or more.`
          : p.masalah === "terlaluBesar"
            ? `is too large (${p.nilai}).`
            : `holds the error ${p.nilai}: fix its formula.`),
    triwulanGap: ({ address, params: p }) =>
      `${p.kode} ${p.tahun}: TW ${p.triwulan} is filled in (${address}), TW ${p.kosong} is empty. Fill in the skipped quarter.`,
    triwulanTurun: ({ address, params: p }) =>
      `${p.kode} ${p.tahun}: the realisasi of TW ${p.triwulan} (${number(p.nilai)}, ${address}) is worse than TW ${p.sebelumnya}'s (${number(p.nilaiSebelumnya)}). Explain it under Faktor penghambat, or fix the figure.`,
    triwulanTargetMissing: ({ address, params: p }) =>
      `${p.kode} ${p.tahun}: TW ${p.triwulan} has a realisasi but no quarter target (${address}), while quarter targets are in use. Fill it in.`,
    tahunanBerbeda: ({ address, params: p }) =>
      `${TW_FIGURE[p.kolom]} for the year, ${p.kode} ${p.tahun} (${address}: ${number(p.tahunan)}), differs from the quarters' (${p.dari.map((t) => `TW ${t}`).join(", ")}) (${number(p.dariTriwulan)}); the report uses the quarters'.`,
    tooLarge: ({ address, params: p }) =>
      `The ${p.hasil} of ${p.kode}, ${p.tahun} is too large to compute (beyond Excel's largest number). Check the figure in ${address} and its penyebut or target.`,
    instansiMissing: ({ sheet, address }) =>
      `The agency name (Nama instansi) is empty. Enter it in ${sheet}!${address} so that it appears in the report.`,
    periodeInvalid: ({ sheet, address, params: p }) => {
      if (p.masalah === "rentang")
        return `The Renstra period ${p.tahunAwal}–${p.tahunAkhir} is not valid: the end year must be the start year or later, and a period lasts at most ${PERIODE_MAX_TAHUN} years. Correct it in ${sheet}!${pengaturanCell("tahunAwal")}:${pengaturanCell("tahunAkhir")}.`;
      return p.nilai === ""
        ? `The ${SETTING[p.setting]} is empty. Enter it (for example 2024) in ${sheet}!${address}.`
        : `The ${SETTING[p.setting]} "${p.nilai}" is not valid. Enter a year as a number, for example 2024, in ${sheet}!${address}.`;
    },
    periodeReversed: ({ sheet, params: p }) =>
      `The Renstra period is reversed: its start year ${p.tahunAwal} comes after its end year ${p.tahunAkhir}. Swap them in ${sheet}!${pengaturanCell("tahunAwal")}:${pengaturanCell("tahunAkhir")} (for example 2022 and 2026).`,
    tahunLaporanText: ({ sheet, address, params: p }) =>
      `The report year (Tahun laporan) "${p.nilai}" in ${sheet}!${address} is stored as text, not as a number (typed with a leading ' or in a Text-formatted cell). Type ${p.nilai} again without the quote mark; if the cell is formatted as Text, change it to General first.`,
    tahunLaporanNotWhole: ({ sheet, address, params: p }) =>
      `The report year (Tahun laporan) ${number(p.nilai)} is not a whole number. Enter the year without decimals, for example ${Math.floor(p.nilai)}, in ${sheet}!${address}.`,
    tahunLaporanMissing: ({ sheet, address }) =>
      `The report year (Tahun laporan) is empty. Enter it (for example 2024) in ${sheet}!${address}.`,
    tahunLaporanInvalid: ({ sheet, address, params: p }) =>
      `The report year (Tahun laporan) "${p.nilai}" is not valid. Enter a year as a number, for example 2024, in ${sheet}!${address}.`,
    tahunLaporanOutsidePeriod: ({ sheet, params: p }) =>
      `The report year ${p.tahun} is outside the Renstra period ${p.tahunAwal}–${p.tahunAkhir}. Correct the report year or the Renstra period on ${sheet}.`,
    rumusNegatifInvalid: ({ sheet, address, params: p }) =>
      `The capaian formula for negative polarity "${p.nilai}" is not known. Choose ${RUMUS_NEGATIF.map((r) => `"${r}"`).join(" or ")} in ${sheet}!${address}.`,
    batasCapaianInvalid: ({ sheet, address, params: p }) =>
      `The capaian cap (Batas atas capaian) "${p.nilai}" is not valid. Enter a number above 0 (for example 100 or 120), or leave it empty for no cap, in ${sheet}!${address}.`,
    desimalInvalid: ({ sheet, address, params: p }) =>
      `The number of decimals (Jumlah desimal capaian) ${p.nilai === "" ? "is empty" : `"${p.nilai}" is not valid`}. Enter a whole number from ${p.min} to ${p.max} (default ${DESIMAL.bawaan}) in ${sheet}!${address}: capaian is printed with these decimals, and predikat and kriteria are judged on the printed figure.`,
    batasRataRataInvalid: ({ sheet, address, params: p }) =>
      `The cap on the mean capaian per sasaran (Batas atas rata-rata capaian) "${p.nilai}" is not valid. Enter a number above 0 (for example 100 or 120), or leave it empty for no cap, in ${sheet}!${address}.`,
    predikatScale: ({ sheet, params: p }) =>
      `${wordOf(scaleProblem, p.masalah)} Correct the predikat scale on ${sheet}: the lower limits must go down from top to bottom and every row needs a predikat.`,
    katalog: ({ sheet, address, params: p }) =>
      `${wordOf(catalogProblem, p.masalah)}. Correct it on sheet ${sheet}, cell ${address}.`,
    nipInvalid: ({ sheet, address, params: p }) =>
      `NIP "${p.nilai}" in ${sheet}!${address} is not 18 digits. Type it with a leading apostrophe (').`,
    anggaranKodeInvalid: ({ address, params: p }) =>
      `Code "${p.kode}" on row ${p.baris} is no program (1.06.02), kegiatan (1.06.02.2.01) or sub kegiatan (1.06.02.2.01.0001) code; row ignored. Correct the code in ${address}.`,
    anggaranTahunInvalid: ({ params: p }) =>
      `Year "${p.nilai}" on row ${p.baris} (${p.kode}) is not a year; row ignored. Enter the year as a number, for example 2024.`,
    anggaranKodeDuplicate: ({ params: p }) =>
      `Code ${p.kode} for ${p.tahun} repeated: row ${p.baris} repeats row ${p.barisPertama}. Delete one of them, or correct its code or year.`,
    anggaranMoneyInvalid: ({ address, params: p }) =>
      `${MONEY_COLUMN[p.kolom]} of ${p.kode} for ${p.tahun} in ${address} ${MONEY[p.masalah]} (${p.nilai}). Type rupiah as a number, 0 or more.`,
    anggaranPaguZero: ({ address, params: p }) =>
      `Pagu of ${p.kode} for ${p.tahun} in ${address} is 0, spending ${rupiah(p.realisasi)}. Enter the right pagu.`,
    anggaranRealisasiAbovePagu: ({ address, params: p }) =>
      `Spending of ${p.kode} for ${p.tahun} (${rupiah(p.realisasi)}) exceeds its pagu (${rupiah(p.pagu)}) in ${address}.`,
    anggaranTriwulanBerbeda: ({ address, params: p }) =>
      `Realisasi of ${p.kode} for ${p.tahun} in ${address} (${rupiah(p.realisasi)}) differs from the sum of Realisasi TW I–IV (${rupiah(p.jumlahTriwulan)}). The report uses ${rupiah(p.realisasi)}; correct one of them, or empty Realisasi so the quarters' sum is used.`,
    anggaranIkuUnknown: ({ params: p }) =>
      `IKU code "${p.iku}" on ${p.kode} (row ${p.baris}) is not in Katalog IKU. Correct the code, or add the indicator on the Katalog IKU sheet.`,
    ikuWithoutProgram: ({ params: p }) =>
      `${p.iku} (${p.nama}) is supported by no program in ${p.tahun}: enter its code in the Kode IKU column of the Anggaran sheet.`,
  },
  catalogProblem,
  catalogWhere: ({ path, entryKode }) => {
    const [list, index, ...rest] = path;
    if (typeof list !== "string") return "catalog";
    if (!isCatalogList(list) || typeof index !== "number") return path.map(String).join(".");
    const name = `${list} no. ${index + 1}${entryKode === undefined ? "" : ` (${entryKode})`}`;
    return rest.length > 0 ? `${name}, ${rest.map(String).join(".")}` : name;
  },
  scaleProblem,
  fileProblem: {
    fileNotFound: () => "File not found. Check its name and folder.",
    notAWorkbook: ({ detail }) =>
      `The file cannot be read as an .xlsx workbook (${detail}). Open it in Excel and save it again as an Excel Workbook (.xlsx).`,
  },
  failure: {
    passwordProtected:
      "Excel would not unprotect a sheet (protected with a password?). Unprotect it (Review › Unprotect Sheet), then run again.",
    accessDenied:
      "Excel refused the change: the workbook is protected, read-only or locked by another user. Unprotect it or save a copy, then run again.",
    cellEditMode: "Excel is waiting for you to finish typing in a cell: press Enter or Esc, then try again.",
    timeout: "Excel did not answer in time. Wait a moment, then try again: the action is safe to repeat.",
    connection:
      "The connection to Excel was lost. Wait until it is back, then try again: the action is safe to repeat.",
    tooLarge:
      "The request was too large for Excel (Excel on the web takes at most 5 MB). Delete unused rows on the Bidang sheets, or use desktop Excel.",
    changedMeanwhile: "A sheet or a name changed while the action ran (another user?). Run it again.",
    busy: "Excel is busy (a dialog box open?). Close the dialog, wait a moment, then try again.",
    general: "Excel reported an internal error. Save the workbook, close and reopen it, then run again.",
    unexpected:
      "Something unexpected went wrong in the add-in. Save the workbook, close and reopen this pane, then try again.",
  },
  recovery: (r) => {
    if (r === null || r.status === "nothingWritten") return "Nothing was changed.";
    const partial =
      r.partial.length > 0
        ? ` The formats of ${r.partial.map((n) => `"${n}"`).join(", ")} may be partly changed: run this action again to complete them.`
        : "";
    return r.status === "rolledBack"
      ? `What had been written was undone; the workbook's contents are as before.${partial}`
      : `What had been written could not be undone; your inputs are unchanged. Run this action again once Excel works normally: the add-in completes its work.${partial}`;
  },
  writeProblem: {
    sheetPasswordProtected: ({ sheet }) =>
      `Sheet "${sheet}" is protected with a password. Unprotect it (Review › Unprotect Sheet), then run again.`,
    sheetExists: ({ sheet }) => `A sheet named "${sheet}" already exists. Rename it, then run again.`,
    sheetNotFound: ({ sheet }) =>
      `Sheet "${sheet}" was deleted or renamed while the action ran. Run it again.`,
    sheetNameInvalid: ({ sheet }) =>
      `"${sheet}" cannot be a sheet name (1–31 characters, none of : \\ / ? * [ ]). Correct it in Katalog IKU.`,
    nameExists: ({ name }) =>
      `The name "${name}" is already used (Formulas › Name Manager). Delete it, then run again.`,
    notFinite: ({ sheet, address }) =>
      `The result for ${sheet}!${address} is not a number Excel can store. Check for very large numbers on the Bidang sheets.`,
    outsideGrid: ({ sheet, address }) =>
      `The table on ${sheet} from ${address} runs past the edge of the sheet.`,
    tooLarge: () => "This change is too large to send to Excel.",
  },
  notice: {
    fitToPageIgnored: ({ sheets }) =>
      `Excel did not apply "fit to one page wide" to ${sheets.map((n) => `"${n}"`).join(", ")}: open the Page Layout tab and run again, or set Scale to Fit › Width: 1 page.`,
    protectionNotRestored: ({ sheets }) =>
      `Excel refused to protect ${sheets.map((n) => `"${n}"`).join(", ")} again; protect them yourself if needed (Review › Protect Sheet, no password).`,
  },
};

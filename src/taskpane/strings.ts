/**
 * Every text the task pane shows, in Bahasa Indonesia and English. Nothing else in
 * src/taskpane writes a user-facing sentence. The workbook and the LAKIP report are
 * always Indonesian (a government document) and take their texts from src/core.
 */

import type { ActionStep } from "../core/actions/Action";
import { wordOf, type Messages } from "../core/messages/Messages";
import type { SettingKey } from "../core/sheets/readPengaturan";
import { PENGATURAN } from "../core/workbook/workbookLayout";
import type { TemplateChange } from "../core/template/TEMPLATE_CHANGES";
import type { TemplateEvent } from "../core/template/TemplateReport";
import type { ValidationIssueCode } from "../core/validation/ValidationIssue";

export type Lang = "id" | "en";

/** Office's display language ("id-ID", "en-US", …) → the task pane's language. */
export function languageFor(displayLanguage: string | undefined | null): Lang {
  return (displayLanguage ?? "").toLowerCase().startsWith("id") ? "id" : "en";
}

/** Why the pane shows "open me in Excel" instead of its buttons. */
export type OutsideReason = "notInOffice" | "notExcel" | "officeJsMissing";

export interface Strings {
  /** The language these strings are in: issues are worded from the core's catalogue of it. */
  readonly lang: Lang;
  readonly title: string;
  readonly subtitle: string;
  readonly languageLabel: string;
  readonly setupTemplate: string;
  readonly setupTemplateHint: string;
  readonly validate: string;
  readonly validateHint: string;
  readonly generateLakip: string;
  readonly generateLakipHint: string;
  readonly generateMonev: string;
  readonly generateMonevHint: string;
  /** Labels of the Monev's quarter and year, and the year's placeholder (empty: the tahun laporan). */
  readonly monevTriwulan: string;
  readonly monevTahun: string;
  readonly monevTahunPlaceholder: string;
  readonly generatePerjanjianKinerja: string;
  readonly generatePerjanjianKinerjaHint: string;
  /** The PK's year: the tahun laporan, or the next year (a PK prepared in advance). */
  readonly pkTahun: string;
  readonly pkTahunLaporan: string;
  readonly pkTahunBerikutnya: string;
  readonly working: Readonly<
    Record<
      "setupTemplate" | "validate" | "generateLakip" | "generateMonev" | "generatePerjanjianKinerja",
      string
    >
  >;
  /** The steps an action reports while it runs (the progress callback's words). */
  readonly steps: Readonly<Record<ActionStep, string>>;
  readonly stepsLabel: string;
  readonly helpLink: string;
  readonly helpLinkLabel: string;
  readonly done: string;
  readonly failed: string;
  readonly galat: string;
  readonly peringatan: string;
  readonly issuesTitle: (galat: number, peringatan: number) => string;
  /** One sentence: what blocks the LAKIP report and what does not. */
  readonly issuesVerdict: (galat: number, peringatan: number) => string;
  readonly noIssues: string;
  /** A short title for issues of one kind (`ValidationIssue.code`); undefined for a kind it does not know. */
  readonly issueKind: (code: string) => string | undefined;
  readonly cellCount: (n: number) => string;
  readonly selectCellLabel: (sheet: string, address: string) => string;
  readonly sheetLevel: string;
  readonly templateDone: (firstRun: boolean) => string;
  readonly templateNotApplied: string;
  readonly templateNothingToDo: string;
  /** One event of Siapkan Template; a problem it carries is worded from `m`, the catalogue of `lang`. */
  readonly templateEvent: (e: TemplateEvent, m: Messages) => string;
  /** One change an upgrade made (listed under the "upgraded" event). */
  readonly templateChange: (c: TemplateChange) => string;
  readonly validateDone: string;
  readonly lakipWritten: (sheet: string, replaced: boolean) => string;
  readonly lakipKept: (from: string, to: string, edited: boolean) => string;
  readonly lakipBlocked: (tahun: number | null) => string;
  readonly lakipBlockedHeading: string;
  /** Why no Monev sheet was written: no year, a year outside the Renstra, or the galat listed. */
  readonly monevBlocked: (
    triwulan: number,
    tahun: number | null,
    periode: { readonly tahunAwal: number; readonly tahunAkhir: number } | null,
  ) => string;
  /** Why no PK sheet was written: no year, a year outside the Renstra, or the galat listed. */
  readonly pkBlocked: (
    tahun: number | null,
    periode: { readonly tahunAwal: number; readonly tahunAkhir: number } | null,
  ) => string;
  readonly issuesNote: string;
  /** Buat Lembar LAKIP blocked without a usable tahun laporan for a reason other than an empty cell. */
  readonly lakipBlockedNoYear: string;
  /** Heading when the preflight found reasons not to write. */
  readonly refusedHeading: string;
  readonly refused: string;
  /**
   * Shown instead of a result when the message catalogue of this language could not be
   * loaded (a file served beside the pane, so nearly never): the action did end.
   */
  readonly messagesUnavailable: string;
  /** The follow-up button after a failure. */
  readonly retry: string;
  /** The follow-up button renaming found Bidang sheets back (`from` → `sheet`). */
  readonly adoptSheets: (pairs: readonly { readonly sheet: string; readonly from: string }[]) => string;
  /** A clicked issue's sheet is gone since the action ran. */
  readonly sheetGone: (sheet: string) => string;
  /** A clicked issue's sheet was hidden: it is shown now. */
  readonly sheetShown: (sheet: string) => string;
  /** The page shown outside Excel: what the add-in is and how to open it. */
  readonly outside: {
    readonly heading: string;
    readonly reason: Readonly<Record<OutsideReason, string>>;
    readonly what: string;
    readonly howHeading: string;
    readonly how: readonly string[];
    readonly help: string;
  };
  /** The browser preview's grid (always Indonesian, like the workbook). */
  readonly previewCellLocked: (address: string) => string;
}

/**
 * A title per issue kind (`ValidationIssue.code`): an issue code without one here, or a
 * title for a code that no longer exists, fails to compile.
 */
type IssueKindTitles = Readonly<Record<ValidationIssueCode, string>>;

const ID_KINDS: IssueKindTitles = {
  sheetMissing: "Lembar tidak ada",
  sheetLayout: "Kolom lembar tidak sesuai template",
  katalog: "Katalog IKU tidak sah",
  indicatorMissing: "Indikator tidak ada di lembar Bidang",
  rowMissing: "Baris tahun tidak ada",
  kodeMissing: "Kode kosong",
  kodeOtherSheet: "Indikator di lembar Bidang lain",
  unknownKode: "Kode tidak ada di katalog",
  yearInvalid: "Tahun tidak sah",
  yearOutsidePeriod: "Tahun di luar periode Renstra",
  duplicateRow: "Baris ganda",
  negative: "Angka negatif",
  excelError: "Galat Excel di sel isian",
  inputText: "Teks di sel angka",
  targetMissing: "Target belum diisi",
  targetZero: "Target bernilai 0",
  fractionInCount: "Pecahan pada jumlah",
  penyebutZero: "Penyebut 0",
  zeroOverZero: "Pembilang dan penyebut 0",
  pembilangOverPenyebut: "Pembilang melebihi penyebut",
  realisasiOverwritten: "Rumus Realisasi tertimpa",
  capaianOverwritten: "Rumus Capaian tertimpa",
  predikatOverwritten: "Rumus Predikat tertimpa",
  targetAbove100: "Target persentase di atas 100",
  targetFraction: "Target persentase berupa pecahan",
  targetDate: "Target berformat tanggal",
  tooLarge: "Angka terlalu besar untuk dihitung",
  instansiMissing: "Nama instansi belum diisi",
  periodeInvalid: "Periode Renstra tidak sah",
  tahunLaporanMissing: "Tahun laporan belum diisi",
  tahunLaporanInvalid: "Tahun laporan tidak sah",
  tahunLaporanOutsidePeriod: "Tahun laporan di luar periode Renstra",
  rumusNegatifInvalid: "Rumus polaritas negatif tidak dikenal",
  batasCapaianInvalid: "Batas capaian tidak sah",
  desimalInvalid: "Jumlah desimal tidak sah",
  batasRataRataInvalid: "Batas rata-rata capaian tidak sah",
  predikatScale: "Skala predikat tidak sah",
  nipInvalid: "NIP tidak 18 angka",
  anggaranKodeInvalid: "Kode anggaran salah",
  anggaranTahunInvalid: "Tahun anggaran salah",
  anggaranKodeDuplicate: "Kode anggaran ganda",
  anggaranMoneyInvalid: "Rupiah tidak sah",
  anggaranPaguZero: "Pagu 0 berealisasi",
  anggaranRealisasiAbovePagu: "Realisasi melebihi pagu",
  anggaranTriwulanBerbeda: "Realisasi berbeda dengan triwulan",
  anggaranIkuUnknown: "Kode IKU tak dikenal",
  ikuWithoutProgram: "IKU tanpa program",
  triwulanInvalid: "Isian triwulan bukan angka",
  triwulanGap: "Triwulan terlewat",
  triwulanTurun: "Realisasi triwulan memburuk",
  triwulanTargetMissing: "Target triwulan belum diisi",
  tahunanBerbeda: "Angka tahunan berbeda dengan triwulan",
  sheetRenamed: "Lembar bidang berganti nama",
  sheetNotOurs: "Lembar bernama lembar bidang bukan lembar bidang",
  numberTooLarge: "Angka terlalu besar",
  periodeReversed: "Periode Renstra terbalik",
  tahunLaporanText: "Tahun laporan tersimpan sebagai teks",
  tahunLaporanNotWhole: "Tahun laporan bukan bilangan bulat",
};

const EN_KINDS: IssueKindTitles = {
  sheetMissing: "Sheet missing",
  sheetLayout: "Sheet columns differ from the template",
  katalog: "Katalog IKU is invalid",
  indicatorMissing: "Indicator missing from its Bidang sheet",
  rowMissing: "Year row missing",
  kodeMissing: "Empty Kode",
  kodeOtherSheet: "Indicator on another Bidang's sheet",
  unknownKode: "Kode not in the catalog",
  yearInvalid: "Invalid year",
  yearOutsidePeriod: "Year outside the Renstra period",
  duplicateRow: "Duplicate row",
  negative: "Negative number",
  excelError: "Excel error in an input cell",
  inputText: "Text in a number cell",
  targetMissing: "Target not filled in",
  targetZero: "Target is 0",
  fractionInCount: "Fraction in a count",
  penyebutZero: "Denominator (penyebut) is 0",
  zeroOverZero: "Numerator and denominator are 0",
  pembilangOverPenyebut: "Numerator exceeds denominator",
  realisasiOverwritten: "Realisasi formula typed over",
  capaianOverwritten: "Capaian formula typed over",
  predikatOverwritten: "Predikat formula typed over",
  targetAbove100: "Percentage target above 100",
  targetFraction: "Percentage target typed as a fraction",
  targetDate: "Target formatted as a date",
  tooLarge: "Figure too large to compute",
  instansiMissing: "Agency name not filled in",
  periodeInvalid: "Invalid Renstra period",
  tahunLaporanMissing: "Report year not filled in",
  tahunLaporanInvalid: "Invalid report year",
  tahunLaporanOutsidePeriod: "Report year outside the Renstra period",
  rumusNegatifInvalid: "Unknown negative-polarity formula",
  batasCapaianInvalid: "Invalid achievement cap",
  desimalInvalid: "Invalid number of decimals",
  batasRataRataInvalid: "Invalid cap on the mean achievement",
  predikatScale: "Invalid rating scale",
  nipInvalid: "NIP not 18 digits",
  anggaranKodeInvalid: "Wrong budget code",
  anggaranTahunInvalid: "Wrong budget year",
  anggaranKodeDuplicate: "Budget code repeated",
  anggaranMoneyInvalid: "Invalid rupiah",
  anggaranPaguZero: "Spending on a pagu of 0",
  anggaranRealisasiAbovePagu: "Spending above the pagu",
  anggaranTriwulanBerbeda: "Spending differs from the quarters",
  anggaranIkuUnknown: "Unknown IKU code",
  ikuWithoutProgram: "IKU without a program",
  triwulanInvalid: "Quarter figure not a number",
  triwulanGap: "Quarter skipped",
  triwulanTurun: "Quarter realisasi got worse",
  triwulanTargetMissing: "Quarter target not filled in",
  tahunanBerbeda: "Annual figure differs from the quarters",
  sheetRenamed: "Bidang sheet renamed",
  sheetNotOurs: "A sheet with a Bidang sheet's name is not one",
  numberTooLarge: "Number too large",
  periodeReversed: "Renstra period reversed",
  tahunLaporanText: "Report year stored as text",
  tahunLaporanNotWhole: "Report year not a whole number",
};

/** Every issue kind (complete, as the titles' type is): for the tests and the help page's checks. */
export const ISSUE_KINDS = Object.keys(ID_KINDS) as readonly ValidationIssueCode[];

/** A kind's title, or undefined for a code that is not an issue kind (the pane then uses the first message). */
const titleOf = (titles: IssueKindTitles, code: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(titles, code) ? titles[code as ValidationIssueCode] : undefined;
/** "a", "b" dan "c" */
const quoteList = (items: readonly string[], and: string) => {
  const q = items.map((i) => `"${i}"`);
  return q.length <= 1 ? q.join("") : `${q.slice(0, -1).join(", ")} ${and} ${q.at(-1) ?? ""}`;
};

/** The Perjanjian Kinerja's settings, named as the workbook labels them (in both languages). */
const PK_LABELS = Object.fromEntries(
  (["kepalaNama", "kepalaNip", "kepalaJabatan", "waliKota", "tempat"] as const).map((k) => [
    k,
    PENGATURAN.settings[k].label,
  ]),
) as Readonly<Record<"kepalaNama" | "kepalaNip" | "kepalaJabatan" | "waliKota" | "tempat", string>>;

/** Settings an upgrade may add, as the pane names them (the workbook's label, and its named range). */
const SETTING_LABELS: Readonly<Record<Lang, Readonly<Record<SettingKey, string>>>> = {
  id: {
    instansi: "nama instansi",
    tahunAwal: "tahun awal Renstra",
    tahunAkhir: "tahun akhir Renstra",
    tahunLaporan: "tahun laporan",
    rumusNegatif: "rumus capaian polaritas negatif",
    batasCapaian: "batas atas capaian",
    desimal: "jumlah desimal capaian di laporan (IKU_Desimal)",
    batasRataRata: "batas atas rata-rata capaian per sasaran (IKU_BatasRataRata)",
    ...PK_LABELS,
  },
  en: {
    instansi: "agency name",
    tahunAwal: "Renstra start year",
    tahunAkhir: "Renstra end year",
    tahunLaporan: "report year",
    rumusNegatif: "negative-polarity formula",
    batasCapaian: "achievement cap",
    desimal: "decimals printed in the report (IKU_Desimal)",
    batasRataRata: "cap on the mean achievement per sasaran (IKU_BatasRataRata)",
    ...PK_LABELS,
  },
};

const list = (items: readonly string[], max = 5) =>
  items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")} …`;

export const STRINGS: Readonly<Record<Lang, Strings>> = {
  id: {
    lang: "id",
    title: "IKU & LAKIP",
    subtitle: "Indikator Kinerja Utama dan Laporan Kinerja Instansi Pemerintah",
    languageLabel: "Bahasa",
    setupTemplate: "Siapkan Template IKU",
    setupTemplateHint:
      "Membuat atau melengkapi lembar Petunjuk, Pengaturan, Katalog IKU dan satu lembar per Bidang. Isian Anda tidak diubah.",
    validate: "Validasi",
    validateHint: "Memeriksa semua isian dan menunjukkan sel yang perlu diperbaiki.",
    generateLakip: "Buat Lembar LAKIP",
    generateLakipHint: "Menyusun tabel Bab III LKjIP untuk tahun laporan di Pengaturan.",
    generateMonev: "Buat Lembar Monev",
    generateMonevHint: "Formulir evaluasi triwulan (Permendagri 86/2017) dari lembar TW.",
    monevTriwulan: "Triwulan",
    monevTahun: "Tahun",
    monevTahunPlaceholder: "tahun laporan",
    generatePerjanjianKinerja: "Buat Perjanjian Kinerja",
    generatePerjanjianKinerjaHint: "Lembar PK: target tahun itu dan anggaran program, siap ditandatangani.",
    pkTahun: "Tahun PK",
    pkTahunLaporan: "Tahun laporan",
    pkTahunBerikutnya: "Tahun berikutnya",
    working: {
      setupTemplate: "Menyiapkan template IKU…",
      validate: "Memvalidasi isian…",
      generateLakip: "Menyusun lembar LAKIP…",
      generateMonev: "Menyusun lembar Monev…",
      generatePerjanjianKinerja: "Menyusun Perjanjian Kinerja…",
    },
    steps: {
      membaca: "Membaca buku kerja",
      menghitung: "Menghitung",
      menulis: "Menulis ke buku kerja",
      memulihkan: "Membatalkan yang sempat ditulis",
    },
    stepsLabel: "Langkah",
    helpLink: "Panduan",
    helpLinkLabel: "Panduan penggunaan (membuka jendela baru)",
    done: "Selesai",
    failed: "Tidak berhasil",
    galat: "Galat",
    peringatan: "Peringatan",
    issuesTitle: (g, p) => `${g} galat, ${p} peringatan`,
    issuesVerdict: (g, p) =>
      g > 0
        ? `${g} galat harus diperbaiki sebelum lembar LAKIP dapat dibuat${p > 0 ? `; ${p} peringatan tidak menghalangi laporan, tetapi sebaiknya diperiksa` : ""}.`
        : `Tidak ada galat: lembar LAKIP dapat dibuat. ${p} peringatan tidak menghalangi laporan, tetapi sebaiknya diperiksa.`,
    noIssues: "Tidak ada masalah: semua isian valid.",
    issueKind: (code) => titleOf(ID_KINDS, code),
    cellCount: (n) => `${n} sel`,
    selectCellLabel: (sheet, address) => `Pilih sel ${address} di lembar ${sheet}`,
    sheetLevel: "lembar",
    templateDone: (first) =>
      first ? "Template IKU telah dibuat." : "Template IKU telah diperiksa dan dilengkapi.",
    templateNotApplied: "Template tidak diubah. Perbaiki hal di bawah ini, lalu jalankan lagi.",
    templateNothingToDo: "Semua lembar sudah lengkap; tidak ada yang diubah.",
    templateEvent: (e, m) => {
      switch (e.kind) {
        case "sheetCreated":
          return `Lembar "${e.sheet}" dibuat.`;
        case "sheetRestored":
          return `Lembar "${e.sheet}" yang hilang dibuat kembali.`;
        case "foreignSheet":
          return `Lembar "${e.sheet}" bukan buatan add-in ini dan dibiarkan. Ganti namanya (atau nama lembar Bidang di Katalog IKU), lalu jalankan lagi.`;
        case "rowsAdded":
          return `${e.count} baris ditambahkan di "${e.sheet}" (${list(e.kodes)}).`;
        case "rowsMoved":
          return `${e.count} baris dipindahkan dari "${e.from}" ke "${e.to}" beserta isiannya (${list(e.kodes)}).`;
        case "rowsKept":
          return `${e.count} baris di "${e.sheet}" tidak ada lagi di katalog; baris dan isiannya disimpan di bagian bawah (${list(e.kodes)}).`;
        case "cellsRestored":
          return `${e.count} sel rumus atau identitas dipulihkan di "${e.sheet}".`;
        case "headerRestored":
          return `Judul dan kepala kolom "${e.sheet}" dipulihkan.`;
        case "sheetNotInCatalog":
          return `Bidang lembar "${e.sheet}" tidak ada lagi di katalog; lembar dibiarkan apa adanya.`;
        case "settingsFilled":
          return `Pengaturan yang kosong diisi nilai bawaan: ${list(e.settings, 8)}.`;
        case "upgraded":
          return `Template diperbarui dari versi ${e.from} ke versi ${e.to}; semua isian dipertahankan di baris dan kolomnya yang baru.`;
        case "metaRestored":
          return "Catatan add-in (lembar tersembunyi IKU_Meta) dibuat kembali.";
        case "newerTemplate":
          return `Buku kerja ini dibuat oleh versi add-in yang lebih baru (template ${e.found}; versi ini mengenal ${e.supported}). Perbarui add-in; tidak ada yang diubah.`;
        case "catalogInvalid":
          return `Katalog IKU belum dapat dibaca (${e.issues.length} masalah); lembar Bidang tidak diubah sampai katalog diperbaiki.`;
        case "periodInvalid":
          return `Periode Renstra di lembar Pengaturan tidak sah: ${e.issues.map((i) => wordOf(m.catalogProblem, i.problem)).join("; ")}. Lembar Bidang tidak diubah sampai periode diperbaiki.`;
        case "bidangSheetElsewhere":
          return `Lembar bidang "${e.sheet}" tidak ada, tetapi datanya ada di lembar "${e.found}"; lembar kosong "${e.sheet}" tidak dibuat. Kembalikan namanya, atau klik tombol di bawah.`;
        case "sheetAdopted":
          return `Lembar "${e.from}" dikembalikan namanya menjadi "${e.sheet}" dan dilengkapi.`;
      }
    },
    templateChange: (c) => {
      switch (c.kind) {
        case "columnsAdded":
          return `${c.sheet === "bidang" ? "Lembar Bidang" : "Katalog IKU"}: kolom baru ${quoteList(c.columns, "dan")}.`;
        case "columnRenamed":
          return `${c.sheet === "bidang" ? "Lembar Bidang" : "Katalog IKU"}: kolom "${c.from}" kini "${c.to}"; isiannya tetap.`;
        case "settingsAdded":
          return `Pengaturan baru: ${c.settings.map((k) => SETTING_LABELS.id[k]).join("; ")} (terisi nilai bawaan).`;
        case "formulasRewritten":
          return `Lembar Bidang: rumus ${quoteList(c.columns, "dan")} ditulis ulang.`;
        case "sheetsAdded":
          return `Lembar baru ${quoteList(c.sheets, "dan")}.`;
      }
    },
    validateDone: "Validasi selesai",
    lakipWritten: (sheet, replaced) =>
      replaced ? `Lembar "${sheet}" dibuat ulang dari isian terbaru.` : `Lembar "${sheet}" dibuat.`,
    lakipKept: (from, to, edited) =>
      edited
        ? `Lembar "${from}" telah diubah sejak dibuat, jadi disimpan dengan nama "${to}".`
        : `Lembar "${from}" bukan buatan add-in ini, jadi disimpan dengan nama "${to}".`,
    lakipBlocked: (tahun) =>
      tahun === null
        ? "Lembar LAKIP belum dibuat: isi Tahun laporan di lembar Pengaturan terlebih dahulu."
        : `Lembar LAKIP ${tahun} belum dibuat: perbaiki galat di bawah ini terlebih dahulu. Tidak ada yang diubah.`,
    lakipBlockedHeading: "Perlu diperbaiki",
    monevBlocked: (tw, tahun, periode) =>
      `Lembar Monev belum dibuat: ${tahun === null ? "isi Tahun laporan di Pengaturan" : periode ? `${tahun} di luar Renstra ${periode.tahunAwal}–${periode.tahunAkhir}` : `perbaiki galat TW ${tw} ${tahun} di bawah ini`}. Tidak ada yang diubah.`,
    pkBlocked: (tahun, periode) =>
      `Perjanjian Kinerja belum dibuat: ${tahun === null ? "isi Tahun laporan di Pengaturan" : periode ? `${tahun} di luar Renstra ${periode.tahunAwal}–${periode.tahunAkhir}; pilih tahun dalam periode itu` : `perbaiki galat di bawah ini (PK ${tahun})`}. Tidak ada yang diubah.`,
    lakipBlockedNoYear:
      "Lembar LAKIP belum dibuat: tahun laporan belum dapat dipakai. Perbaiki galat di bawah ini terlebih dahulu. Tidak ada yang diubah.",
    refusedHeading: "Tidak ada yang diubah",
    refused: "Add-in memeriksa perubahan ini sebelum menulis dan berhenti karena hal di bawah ini.",
    messagesUnavailable:
      "Aksi telah berakhir, tetapi hasilnya tidak dapat ditampilkan karena sebagian add-in tidak termuat. Tutup lalu buka lagi panel ini, kemudian jalankan Validasi untuk melihat keadaan buku kerja.",
    retry: "Coba lagi",
    adoptSheets: (pairs) =>
      pairs.length === 1
        ? `Pakai lembar "${pairs[0]?.from ?? ""}" sebagai "${pairs[0]?.sheet ?? ""}"`
        : `Kembalikan nama ${pairs.length} lembar bidang dan lanjutkan`,
    sheetGone: (sheet) =>
      `Lembar "${sheet}" tidak ada lagi (dihapus atau diganti namanya sejak diperiksa). Jalankan Validasi lagi.`,
    sheetShown: (sheet) => `Lembar "${sheet}" tadinya tersembunyi dan kini ditampilkan.`,
    issuesNote: "Buka sebuah baris untuk melihat selnya, lalu klik sel untuk memilihnya di lembar kerja.",
    outside: {
      heading: "Buka add-in ini dari Excel",
      reason: {
        notInOffice:
          "Halaman ini dibuka di luar Excel, misalnya langsung di peramban, sehingga tombolnya tidak ditampilkan.",
        notExcel: "Add-in ini hanya berjalan di Excel, bukan di aplikasi Office lain.",
        officeJsMissing:
          "Pustaka Office (office.js) tidak dapat dimuat dari Microsoft. Periksa sambungan internet, lalu buka lagi panel ini dari Excel.",
      },
      what: "IKU & LAKIP adalah add-in Excel untuk DSPM Kota Bontang: menyiapkan buku kerja Indikator Kinerja Utama (IKU), memvalidasi isian, dan menyusun tabel LAKIP/LKjIP. Ia juga menambahkan fungsi IKU.PERSEN, IKU.RASIO, IKU.CAPAIAN, IKU.PREDIKAT dan IKU.KRITERIA.",
      howHeading: "Cara membukanya",
      how: [
        "Buka buku kerja Anda di Excel (desktop atau Excel untuk web).",
        "Pada tab Beranda, klik IKU & LAKIP.",
        "Belum ada tombolnya? Pilih Beranda › Add-in, lalu IKU & LAKIP dari add-in organisasi Anda, atau minta admin TI memasangnya.",
      ],
      help: "Panduan penggunaan",
    },
    previewCellLocked: (address) =>
      `Sel ${address} terkunci: berisi rumus atau data dari Katalog IKU. Ketik di sel isian (kuning).`,
  },
  en: {
    lang: "en",
    title: "IKU & LAKIP",
    subtitle: "Key performance indicators and the annual performance report",
    languageLabel: "Language",
    setupTemplate: "Set up IKU template",
    setupTemplateHint:
      "Creates or completes the Petunjuk, Pengaturan, Katalog IKU and one sheet per Bidang. What you typed is never changed.",
    validate: "Validate",
    validateHint: "Checks every input and points at the cells to fix.",
    generateLakip: "Generate LAKIP sheet",
    generateLakipHint: "Builds the LKjIP chapter III tables for the report year set in Pengaturan.",
    generateMonev: "Generate Monev sheet",
    generateMonevHint: "The quarterly evaluation form (Permendagri 86/2017) from the TW sheets.",
    monevTriwulan: "Quarter",
    monevTahun: "Year",
    monevTahunPlaceholder: "report year",
    generatePerjanjianKinerja: "Generate Perjanjian Kinerja",
    generatePerjanjianKinerjaHint: "The PK sheet: the year's targets and program budgets, ready to sign.",
    pkTahun: "PK year",
    pkTahunLaporan: "Report year",
    pkTahunBerikutnya: "Next year",
    working: {
      setupTemplate: "Setting up the IKU template…",
      validate: "Validating inputs…",
      generateLakip: "Generating the LAKIP sheet…",
      generateMonev: "Generating the Monev sheet…",
      generatePerjanjianKinerja: "Generating the Perjanjian Kinerja…",
    },
    steps: {
      membaca: "Reading the workbook",
      menghitung: "Calculating",
      menulis: "Writing to the workbook",
      memulihkan: "Undoing what had been written",
    },
    stepsLabel: "Steps",
    helpLink: "Help",
    helpLinkLabel: "Help (opens a new window)",
    done: "Done",
    failed: "Not completed",
    galat: "Error",
    peringatan: "Warning",
    issuesTitle: (g, p) => `${g} error${g === 1 ? "" : "s"}, ${p} warning${p === 1 ? "" : "s"}`,
    issuesVerdict: (g, p) =>
      g > 0
        ? `${g} error${g === 1 ? "" : "s"} must be fixed before the LAKIP sheet can be generated${p > 0 ? `; ${p} warning${p === 1 ? " does" : "s do"} not block the report but should be checked` : ""}.`
        : `No errors: the LAKIP sheet can be generated. ${p} warning${p === 1 ? " does" : "s do"} not block the report but should be checked.`,
    noIssues: "No problems: every input is valid.",
    issueKind: (code) => titleOf(EN_KINDS, code),
    cellCount: (n) => `${n} cell${n === 1 ? "" : "s"}`,
    selectCellLabel: (sheet, address) => `Select cell ${address} on sheet ${sheet}`,
    sheetLevel: "sheet",
    templateDone: (first) =>
      first ? "The IKU template has been created." : "The IKU template has been checked and completed.",
    templateNotApplied: "The template was not changed. Fix the points below, then run it again.",
    templateNothingToDo: "Every sheet is complete; nothing was changed.",
    templateEvent: (e, m) => {
      switch (e.kind) {
        case "sheetCreated":
          return `Sheet "${e.sheet}" created.`;
        case "sheetRestored":
          return `Missing sheet "${e.sheet}" created again.`;
        case "foreignSheet":
          return `Sheet "${e.sheet}" was not made by this add-in and was left alone. Rename it (or the Bidang's sheet name in Katalog IKU), then run again.`;
        case "rowsAdded":
          return `${e.count} row${e.count === 1 ? "" : "s"} added to "${e.sheet}" (${list(e.kodes)}).`;
        case "rowsMoved":
          return `${e.count} row${e.count === 1 ? "" : "s"} moved from "${e.from}" to "${e.to}" with their inputs (${list(e.kodes)}).`;
        case "rowsKept":
          return `${e.count} row${e.count === 1 ? "" : "s"} on "${e.sheet}" are no longer in the catalog; kept at the bottom with their inputs (${list(e.kodes)}).`;
        case "cellsRestored":
          return `${e.count} formula or identity cell${e.count === 1 ? "" : "s"} restored on "${e.sheet}".`;
        case "headerRestored":
          return `Title and column headers of "${e.sheet}" restored.`;
        case "sheetNotInCatalog":
          return `The Bidang of sheet "${e.sheet}" is no longer in the catalog; the sheet was left as it is.`;
        case "settingsFilled":
          return `Empty settings were given their defaults: ${list(e.settings, 8)}.`;
        case "upgraded":
          return `Template upgraded from version ${e.from} to ${e.to}; every input kept, in its row and its new column.`;
        case "metaRestored":
          return "The add-in's record (hidden sheet IKU_Meta) was created again.";
        case "newerTemplate":
          return `This workbook was made by a newer add-in (template ${e.found}; this version knows ${e.supported}). Update the add-in; nothing was changed.`;
        case "catalogInvalid":
          return `Katalog IKU cannot be read yet (${e.issues.length} problem${e.issues.length === 1 ? "" : "s"}); the Bidang sheets are left unchanged until it is fixed.`;
        case "periodInvalid":
          return `The Renstra period on the Pengaturan sheet is not valid: ${e.issues.map((i) => wordOf(m.catalogProblem, i.problem)).join("; ")}. The Bidang sheets are left unchanged until it is fixed.`;
        case "bidangSheetElsewhere":
          return `Bidang sheet "${e.sheet}" is missing, but its data is on sheet "${e.found}"; no empty "${e.sheet}" was created. Rename it back, or use the button below.`;
        case "sheetAdopted":
          return `Sheet "${e.from}" got its name "${e.sheet}" back and was completed.`;
      }
    },
    templateChange: (c) => {
      switch (c.kind) {
        case "columnsAdded":
          return `${c.sheet === "bidang" ? "Bidang sheets" : "Katalog IKU"}: new column${c.columns.length === 1 ? "" : "s"} ${quoteList(c.columns, "and")}.`;
        case "columnRenamed":
          return `${c.sheet === "bidang" ? "Bidang sheets" : "Katalog IKU"}: column "${c.from}" is now "${c.to}"; its values are kept.`;
        case "settingsAdded":
          return `New settings in Pengaturan: ${c.settings.map((k) => SETTING_LABELS.en[k]).join("; ")} (given their defaults).`;
        case "formulasRewritten":
          return `Bidang sheets: formulas of ${quoteList(c.columns, "and")} rewritten.`;
        case "sheetsAdded":
          return `New sheet${c.sheets.length === 1 ? "" : "s"} ${quoteList(c.sheets, "and")}.`;
      }
    },
    validateDone: "Validation finished",
    lakipWritten: (sheet, replaced) =>
      replaced ? `Sheet "${sheet}" regenerated from the latest inputs.` : `Sheet "${sheet}" created.`,
    lakipKept: (from, to, edited) =>
      edited
        ? `Sheet "${from}" had been edited since it was generated, so it was kept as "${to}".`
        : `Sheet "${from}" was not made by this add-in, so it was kept as "${to}".`,
    lakipBlocked: (tahun) =>
      tahun === null
        ? "No LAKIP sheet yet: fill in Tahun laporan (report year) on the Pengaturan sheet first."
        : `No LAKIP ${tahun} sheet yet: fix the errors below first. Nothing was changed.`,
    lakipBlockedHeading: "Needs fixing",
    monevBlocked: (tw, tahun, periode) =>
      `No Monev sheet yet: ${tahun === null ? "fill in Tahun laporan on Pengaturan" : periode ? `${tahun} is outside the Renstra ${periode.tahunAwal}–${periode.tahunAkhir}` : `fix the errors below (TW ${tw} ${tahun})`}. Nothing was changed.`,
    pkBlocked: (tahun, periode) =>
      `No Perjanjian Kinerja yet: ${tahun === null ? "fill in Tahun laporan on Pengaturan" : periode ? `${tahun} is outside the Renstra ${periode.tahunAwal}–${periode.tahunAkhir}; choose a year within it` : `fix the errors below (PK ${tahun})`}. Nothing was changed.`,
    lakipBlockedNoYear:
      "No LAKIP sheet yet: the report year cannot be used. Fix the errors below first. Nothing was changed.",
    refusedHeading: "Nothing was changed",
    refused: "The add-in checked this change before writing and stopped because of the points below.",
    messagesUnavailable:
      "The action has ended, but its result cannot be shown: part of the add-in did not load. Close and reopen this pane, then run Validate to see the state of the workbook.",
    retry: "Try again",
    adoptSheets: (pairs) =>
      pairs.length === 1
        ? `Use sheet "${pairs[0]?.from ?? ""}" as "${pairs[0]?.sheet ?? ""}"`
        : `Rename ${pairs.length} Bidang sheets back and continue`,
    sheetGone: (sheet) =>
      `Sheet "${sheet}" no longer exists (deleted or renamed since the check). Run Validate again.`,
    sheetShown: (sheet) => `Sheet "${sheet}" was hidden and is shown now.`,
    issuesNote: "Expand a line to see its cells, then click a cell to select it in the worksheet.",
    outside: {
      heading: "Open this add-in from Excel",
      reason: {
        notInOffice:
          "This page was opened outside Excel, for example straight in a browser, so its buttons are not shown.",
        notExcel: "This add-in runs in Excel only, not in other Office applications.",
        officeJsMissing:
          "The Office library (office.js) could not be loaded from Microsoft. Check the internet connection, then open this pane from Excel again.",
      },
      what: "IKU & LAKIP is an Excel add-in for DSPM Kota Bontang: it sets up the key performance indicator (IKU) workbook, validates its inputs and builds the LAKIP/LKjIP tables. It also adds the functions IKU.PERSEN, IKU.RASIO, IKU.CAPAIAN, IKU.PREDIKAT and IKU.KRITERIA.",
      howHeading: "How to open it",
      how: [
        "Open your workbook in Excel (desktop or Excel on the web).",
        "On the Home tab, select IKU & LAKIP.",
        "No such button? Choose Home › Add-ins, then IKU & LAKIP from your organization's add-ins, or ask your IT admin to deploy it.",
      ],
      help: "User guide",
    },
    previewCellLocked: (address) =>
      `Cell ${address} is locked: it holds a formula or data from Katalog IKU. Type into the input cells (yellow).`,
  },
};

/**
 * Every text the task pane shows, in Bahasa Indonesia and English. Nothing else in
 * src/taskpane writes a user-facing sentence. The workbook and the LAKIP report are
 * always Indonesian (a government document) and take their texts from src/core.
 */

import type { TemplateEvent } from "../core/template/TemplateReport";

export type Lang = "id" | "en";

/** Office's display language ("id-ID", "en-US", …) → the task pane's language. */
export function languageFor(displayLanguage: string | undefined | null): Lang {
  return (displayLanguage ?? "").toLowerCase().startsWith("id") ? "id" : "en";
}

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
  readonly working: Readonly<Record<"setupTemplate" | "validate" | "generateLakip", string>>;
  readonly done: string;
  readonly failed: string;
  readonly unexpectedError: (detail: string) => string;
  readonly officeMissing: string;
  readonly galat: string;
  readonly peringatan: string;
  readonly issuesTitle: (galat: number, peringatan: number) => string;
  readonly noIssues: string;
  readonly selectCellLabel: (sheet: string, address: string) => string;
  readonly sheetLevel: string;
  readonly templateDone: (firstRun: boolean) => string;
  readonly templateNotApplied: string;
  readonly templateNothingToDo: string;
  readonly templateEvent: (e: TemplateEvent) => string;
  readonly validateDone: string;
  readonly lakipWritten: (sheet: string, replaced: boolean) => string;
  readonly lakipKept: (from: string, to: string, edited: boolean) => string;
  readonly lakipBlocked: (tahun: number | null) => string;
  readonly lakipBlockedHeading: string;
  readonly issuesNote: string;
  readonly accessDenied: string;
  /** The browser preview's grid (always Indonesian, like the workbook). */
  readonly previewCellLocked: (address: string) => string;
}

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
    working: {
      setupTemplate: "Menyiapkan template IKU…",
      validate: "Memvalidasi isian…",
      generateLakip: "Menyusun lembar LAKIP…",
    },
    done: "Selesai",
    failed: "Tidak berhasil",
    unexpectedError: (detail) =>
      `Terjadi kesalahan yang tidak terduga: ${detail}. Simpan buku kerja, tutup lalu buka kembali panel ini, kemudian coba lagi.`,
    officeMissing: "Panel ini harus dibuka di Excel (desktop atau web).",
    galat: "Galat",
    peringatan: "Peringatan",
    issuesTitle: (g, p) => `${g} galat, ${p} peringatan`,
    noIssues: "Tidak ada masalah: semua isian valid.",
    selectCellLabel: (sheet, address) => `Pilih sel ${address} di lembar ${sheet}`,
    sheetLevel: "lembar",
    templateDone: (first) =>
      first ? "Template IKU telah dibuat." : "Template IKU telah diperiksa dan dilengkapi.",
    templateNotApplied: "Template tidak diubah. Perbaiki hal di bawah ini, lalu jalankan lagi.",
    templateNothingToDo: "Semua lembar sudah lengkap; tidak ada yang diubah.",
    templateEvent: (e) => {
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
          return `Template diperbarui dari versi ${e.from} ke versi ${e.to}; semua isian dipertahankan.`;
        case "metaRestored":
          return "Catatan add-in (lembar tersembunyi IKU_Meta) dibuat kembali.";
        case "newerTemplate":
          return `Buku kerja ini dibuat oleh versi add-in yang lebih baru (template ${e.found}; versi ini mengenal ${e.supported}). Perbarui add-in; tidak ada yang diubah.`;
        case "catalogInvalid":
          return `Katalog IKU belum dapat dibaca (${e.issues.length} masalah); lembar Bidang tidak diubah sampai katalog diperbaiki.`;
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
    issuesNote: "Klik sebuah masalah untuk memilih selnya.",
    accessDenied:
      "Excel menolak perubahan: sebuah lembar atau buku kerja diproteksi dengan kata sandi. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu coba lagi. Add-in ini memproteksi lembarnya tanpa kata sandi.",
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
    working: {
      setupTemplate: "Setting up the IKU template…",
      validate: "Validating inputs…",
      generateLakip: "Generating the LAKIP sheet…",
    },
    done: "Done",
    failed: "Not completed",
    unexpectedError: (detail) =>
      `Something unexpected went wrong: ${detail}. Save the workbook, close and reopen this pane, then try again.`,
    officeMissing: "Open this pane in Excel (desktop or on the web).",
    galat: "Error",
    peringatan: "Warning",
    issuesTitle: (g, p) => `${g} error${g === 1 ? "" : "s"}, ${p} warning${p === 1 ? "" : "s"}`,
    noIssues: "No problems: every input is valid.",
    selectCellLabel: (sheet, address) => `Select cell ${address} on sheet ${sheet}`,
    sheetLevel: "sheet",
    templateDone: (first) =>
      first ? "The IKU template has been created." : "The IKU template has been checked and completed.",
    templateNotApplied: "The template was not changed. Fix the points below, then run it again.",
    templateNothingToDo: "Every sheet is complete; nothing was changed.",
    templateEvent: (e) => {
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
          return `Template upgraded from version ${e.from} to ${e.to}; every input kept.`;
        case "metaRestored":
          return "The add-in's record (hidden sheet IKU_Meta) was created again.";
        case "newerTemplate":
          return `This workbook was made by a newer add-in (template ${e.found}; this version knows ${e.supported}). Update the add-in; nothing was changed.`;
        case "catalogInvalid":
          return `Katalog IKU cannot be read yet (${e.issues.length} problem${e.issues.length === 1 ? "" : "s"}); the Bidang sheets are left unchanged until it is fixed.`;
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
    issuesNote: "Click a problem to select its cell.",
    accessDenied:
      "Excel refused the change: a sheet or the workbook is protected with a password. Unprotect it (Review › Unprotect Sheet), then try again. This add-in protects its own sheets without a password.",
    previewCellLocked: (address) =>
      `Cell ${address} is locked: it holds a formula or data from Katalog IKU. Type into the input cells (yellow).`,
  },
};

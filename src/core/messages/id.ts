import { isCatalogList, type CatalogField, type CatalogProblem } from "../catalog/CatalogProblem";
import { scaleProblemText } from "../formulas/PredikatScale";
import { toExcelPrecision } from "../formulas/toExcelPrecision";
import { pengaturanCell } from "../sheets/readPengaturan";
import { PERIODE_MAX_TAHUN } from "../sheets/renstraPeriod";
import type { FigureColumn } from "../validation/ValidationIssue";
import { DESIMAL, PENGATURAN, RUMUS_NEGATIF } from "../workbook/workbookLayout";
import type { TriwulanFigure } from "../workbook/triwulanLayout";
import { wordOf, type Messages, type Wording } from "./Messages";

/**
 * Bahasa Indonesia: the workbook's language, and the task pane's for an Indonesian Office.
 * Each sentence names what is wrong, where, and what to do.
 */

const angka = (n: number) => String(toExcelPrecision(n));
/** The Anggaran sheet's money columns, as its headings name them. */
const KOLOM_ANGGARAN = {
  pagu: "Pagu",
  realisasi: "Realisasi",
  realisasiTw1: "Realisasi TW I",
  realisasiTw2: "Realisasi TW II",
  realisasiTw3: "Realisasi TW III",
  realisasiTw4: "Realisasi TW IV",
};
const UANG = {
  teks: "berupa teks",
  negatif: "negatif",
  galatExcel: "berisi galat",
  terlaluBesar: "terlalu besar",
};
/** Rupiah as Indonesian Excel shows "#,##0": Rp500.000.000. */
const rupiah = (n: number) =>
  `Rp${Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;
/** A number as Indonesian Excel shows it, with a decimal comma: 0,8. */
const koma = (n: number) => String(toExcelPrecision(n)).replace(".", ",");
const FIGURE: Readonly<Record<FigureColumn, string>> = {
  targetRenstra: "Target Renstra",
  targetPK: "Target PK",
  pembilang: "Pembilang",
  penyebut: "Penyebut",
};
const SIAPKAN = "Siapkan Template IKU";
const TW_FIGURE: Readonly<Record<TriwulanFigure, string>> = {
  target: "Target",
  pembilang: "Pembilang",
  penyebut: "Penyebut",
};

const FIELD: Readonly<Record<CatalogField, string>> = {
  instansi: "Nama instansi",
  "periode.awal": "Tahun awal",
  "periode.akhir": "Tahun akhir",
  "bidang.kode": "Kode",
  "bidang.nama": "Nama bidang",
  "bidang.lembar": "Nama lembar",
  "sasaran.kode": "Kode",
  "sasaran.nama": "Nama sasaran",
  "indikator.kode": "Kode",
  "indikator.nama": "Nama indikator",
  "indikator.sasaran": "Kode",
  "indikator.jenis": "Jenis",
  "indikator.satuan": "Satuan",
  "indikator.polaritas": "Polaritas",
  "indikator.pembilang": "Pembilang",
  "indikator.penyebut": "Penyebut",
  "indikator.sumberData": "Sumber data",
  "indikator.bidang": "Kode",
  "indikator.kondisiAwal": "Kondisi awal",
  "indikator.sifatTarget": "Sifat target",
  "indikator.standarNasional": "Standar nasional",
  "indikator.sumberStandar": "Sumber standar",
};

const DUPLICATE: Readonly<Record<Extract<CatalogProblem, { code: "duplicate" }>["field"], string>> = {
  "bidang.kode": "Kode bidang",
  "bidang.lembar": "Nama lembar bidang",
  "sasaran.kode": "Kode sasaran",
  "indikator.kode": "Kode indikator",
};

/** "a", "b" atau "c" */
const oneOf = (options: readonly string[]) => {
  const quoted = options.map((o) => `"${o}"`);
  return quoted.length <= 1
    ? quoted.join("")
    : `${quoted.slice(0, -1).join(", ")} atau ${quoted.at(-1) ?? ""}`;
};

const catalogProblem: Wording<CatalogProblem> = {
  notACatalog: () => "Katalog harus berupa data katalog lengkap",
  notAList: ({ list }) => `Daftar ${list} harus berupa daftar`,
  listEmpty: ({ list }) => `Katalog memerlukan paling sedikit satu ${list}`,
  notAnEntry: ({ list }) => `Setiap isi daftar ${list} harus berupa entri lengkap`,
  notText: ({ field }) => `${FIELD[field]} harus berupa teks`,
  textEmpty: ({ field }) => `${FIELD[field]} tidak boleh kosong`,
  textTooLong: ({ field, max }) => `${FIELD[field]} paling panjang ${max} karakter`,
  sheetNameChars: () => "Nama lembar tidak boleh memuat : \\ / ? * [ ]",
  sheetNameQuote: () => "Nama lembar tidak boleh diawali atau diakhiri '",
  kodeFormat: () => "Kode hanya boleh huruf, angka, titik, garis bawah dan tanda hubung",
  notOneOf: ({ field, options }) => `${FIELD[field]} harus ${oneOf(options)}`,
  penyebutRequired: ({ jenis }) => `Indikator ${jenis} memerlukan penyebut`,
  penyebutUnused: () => "Indikator jumlah tidak memakai penyebut",
  notNumber: ({ field }) => `${FIELD[field]} harus berupa angka (atau kosong)`,
  numberNegative: ({ field }) => `${FIELD[field]} tidak boleh negatif`,
  kumulatifNotJumlah: ({ jenis }) =>
    `Sifat target kumulatif hanya untuk indikator jumlah; indikator ${jenis} adalah keadaan akhir, pilih "akhir" atau kosongkan`,
  yearNotNumber: () => "Tahun harus berupa angka",
  yearNotWhole: () => "Tahun harus bilangan bulat",
  yearOutOfRange: ({ min, max }) => `Tahun harus antara ${min} dan ${max}`,
  periodReversed: () => "Tahun awal periode harus sebelum tahun akhir",
  periodTooLong: ({ maxYears }) => `Periode Renstra paling lama ${maxYears} tahun`,
  duplicate: ({ field, value }) => `${DUPLICATE[field]} "${value}" ganda`,
  unknownReference: ({ field, value }) =>
    field === "indikator.sasaran"
      ? `Sasaran "${value}" tidak ada di daftar sasaran`
      : `Bidang "${value}" tidak ada di daftar bidang`,
  reservedSheetName: ({ value }) => `Nama lembar "${value}" sudah dipakai template`,
  invalid: () => "Isian tidak sah",
};

export const id: Messages = {
  issue: {
    sheetMissing: ({ sheet, address, params: p }) =>
      p.bidang === undefined
        ? `Lembar "${p.lembar}" tidak ditemukan; mungkin terhapus atau berganti nama. Jalankan ${SIAPKAN} untuk membuatnya kembali.`
        : `Lembar bidang "${p.lembar}" (${p.namaBidang ?? p.bidang}) tidak ditemukan; mungkin terhapus atau berganti nama. Kembalikan namanya menjadi "${p.lembar}", tulis nama barunya di ${sheet}!${address}, atau jalankan ${SIAPKAN} untuk membuatnya kembali.`,
    sheetRenamed: ({ params: p }) =>
      `Lembar bidang "${p.lembar}" (${p.namaBidang}) tidak ada, tetapi datanya ada di lembar "${p.ditemukan}": lembar itu rupanya diganti namanya. Kembalikan namanya menjadi "${p.lembar}" (klik kanan tab › Ganti Nama), atau jalankan ${SIAPKAN} dan pilih "Pakai lembar ${p.ditemukan}".`,
    sheetNotOurs: ({ params: p }) =>
      `Lembar "${p.lembar}" bukan lembar bidang ${p.namaBidang}: tidak ada kolom Kode dan Tahun, dan add-in ini tidak membuatnya. Ganti nama lembar itu (misalnya "${p.lembar} (pribadi)"), lalu jalankan ${SIAPKAN} untuk membuat lembar bidang "${p.lembar}".`,
    sheetLayout: ({ address, params: p }) =>
      `Tata letak lembar "${p.lembar}" berubah: sel ${address} seharusnya berjudul "${p.diharapkan}"${p.ditemukan === "" ? "" : `, bukan "${p.ditemukan}"`}. Jangan menyisipkan atau menghapus kolom; jalankan ${SIAPKAN} untuk memulihkan lembar ini.`,
    kodeMissing: ({ address, params: p }) =>
      `Baris ${p.baris} berisi data tetapi kodenya kosong; baris ini diabaikan. Isi kode indikator di ${address} atau pindahkan datanya ke baris indikator yang benar.`,
    kodeOtherSheet: ({ params: p }) =>
      `Indikator ${p.kode} milik lembar "${p.lembar}", bukan lembar ini; baris ${p.baris} diabaikan. Isi datanya di lembar "${p.lembar}".`,
    unknownKode: ({ params: p }) =>
      `Kode "${p.kode}" tidak ada di Katalog IKU; baris ${p.baris} diabaikan. Perbaiki kodenya atau tambahkan indikatornya di lembar Katalog IKU.`,
    yearInvalid: ({ params: p }) =>
      `Tahun "${p.nilai}" pada baris ${p.baris} (${p.kode}) bukan tahun; baris ini diabaikan. Isi tahun berupa angka, misalnya 2024.`,
    yearOutsidePeriod: ({ params: p }) =>
      `Tahun ${p.tahun} (${p.kode}) di luar periode Renstra ${p.tahunAwal}–${p.tahunAkhir}; baris ini diabaikan. Perbaiki tahunnya, atau periode Renstra di lembar Pengaturan.`,
    duplicateRow: ({ params: p }) =>
      `Baris ${p.kode} tahun ${p.tahun} ganda: baris ${p.baris} mengulang baris ${p.barisPertama}. Hapus salah satu; sampai diperbaiki, laporan memakai baris ${p.barisPertama}.`,
    indicatorMissing: ({ params: p }) =>
      `Indikator ${p.kode} (${p.nama}) tidak ada di lembar "${p.lembar}". Jalankan ${SIAPKAN} untuk menambahkan barisnya, atau perbaiki kodenya di kolom Kode.`,
    rowMissing: ({ params: p }) =>
      `Baris ${p.kode} tahun ${p.tahun} tidak ada di lembar "${p.lembar}". Jalankan ${SIAPKAN} untuk menambahkan barisnya, atau perbaiki tahunnya di kolom Tahun.`,
    negative: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} ${p.kode} tahun ${p.tahun} bernilai negatif (${angka(p.nilai)}) di ${address}. Isi dengan angka 0 atau lebih.`,
    numberTooLarge: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} ${p.kode} tahun ${p.tahun} terlalu besar (${angka(p.nilai)}) di ${address}: Excel hanya menyimpan 15 digit, dan laporan tidak dapat menghitung dengannya. Periksa angkanya; mungkin tertempel nomor lain.`,
    excelError: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} ${p.kode} tahun ${p.tahun} berisi galat Excel ${p.nilai} di ${address}. Perbaiki rumusnya atau ketik angkanya langsung.`,
    inputText: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} ${p.kode} tahun ${p.tahun} berisi teks "${p.nilai}" di ${address}, bukan angka. ` +
      (p.angka
        ? "Ketik ulang angkanya sebagai angka (tanpa tanda kutip, tanpa format Teks); kosongkan bila datanya belum ada."
        : 'Isi dengan angka, atau kosongkan sel bila datanya belum ada (jangan "-" atau "n/a").'),
    targetMissing: ({ severity, address, params: p }) =>
      `Target ${p.kode} tahun ${p.tahun} belum diisi di ${address}. Isi target sesuai Renstra/Perjanjian Kinerja${severity === "galat" ? "; tanpa target, capaian tahun laporan tidak dapat dihitung" : ""}.`,
    targetZero: ({ address, params: p }) =>
      `Target ${p.kode} tahun ${p.tahun} bernilai 0 di ${address}: capaian tidak dapat dihitung. Periksa targetnya; bila memang 0, laporan menulis "tidak dapat dihitung".`,
    fractionInCount: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} ${p.kode} tahun ${p.tahun} berisi pecahan (${angka(p.nilai)}) di ${address}, padahal yang dihitung adalah jumlah. Periksa angkanya; laporan memakai angka seperti yang diketik.`,
    penyebutZero: ({ address, params: p }) =>
      `Penyebut ${p.kode} tahun ${p.tahun} bernilai 0 sedangkan pembilang ${angka(p.pembilang)}: realisasi tidak dapat dihitung. Isi penyebut di ${address} dengan jumlah keseluruhan yang benar.`,
    zeroOverZero: ({ params: p }) =>
      `Pembilang dan penyebut ${p.kode} tahun ${p.tahun} sama-sama 0: realisasi tidak dapat dihitung. Periksa datanya; kosongkan bila belum ada.`,
    pembilangOverPenyebut: ({ address, params: p }) =>
      `Pembilang ${p.kode} tahun ${p.tahun} (${angka(p.pembilang)}) lebih besar dari penyebut (${angka(p.penyebut)}): persentase melebihi 100%. Periksa pembilang di ${address} dan penyebut di ${p.selPenyebut}.`,
    realisasiOverwritten: ({ address, params: p }) =>
      `Realisasi ${p.kode} tahun ${p.tahun} di ${address} diketik manual (${p.nilai}) dan tidak sama dengan hasil pembilang/penyebut (${p.dihitung === undefined ? "belum dapat dihitung" : angka(p.dihitung)}). Laporan memakai hasil hitungan; hapus isian manual dan jalankan ${SIAPKAN} untuk memulihkan rumusnya.`,
    capaianOverwritten: ({ address, params: p }) =>
      `Capaian ${p.kode} tahun ${p.tahun} di ${address} diketik manual (${p.nilai}) dan tidak sama dengan hasil hitungan (${p.dihitung === undefined ? "belum dapat dihitung" : angka(p.dihitung)}). Laporan memakai hasil hitungan; hapus isian manual dan jalankan ${SIAPKAN} untuk memulihkan rumusnya.`,
    predikatOverwritten: ({ address, params: p }) =>
      `Predikat ${p.kode} tahun ${p.tahun} di ${address} diketik manual ("${p.nilai}") dan tidak sama dengan predikat capaiannya (${p.dihitung === undefined ? "belum dapat dinilai" : `"${p.dihitung}"`}). Laporan memakai predikat hasil hitungan; hapus isian manual dan jalankan ${SIAPKAN} untuk memulihkan rumusnya.`,
    targetAbove100: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} ${p.kode} tahun ${p.tahun} bernilai ${angka(p.nilai)} di ${address}, padahal indikator ini persentase: target tidak dapat melebihi 100. Perbaiki targetnya sesuai ${p.kolom === "targetPK" ? "Perjanjian Kinerja" : "Renstra"}.`,
    targetFraction: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} ${p.kode} tahun ${p.tahun} di ${address} bernilai ${angka(p.nilai)}, sedangkan target lainnya di atas 1 (misalnya ${angka(p.lain)}): ${koma(p.nilai)} berarti ${koma(p.nilai)} %, bukan ${koma(p.nilai * 100)} %. Bila yang dimaksud ${koma(p.nilai * 100)} %, ketik ${koma(p.nilai * 100)}.`,
    targetDate: ({ address, params: p }) =>
      `${FIGURE[p.kolom]} ${p.kode} tahun ${p.tahun} di ${address} berformat tanggal/waktu (${p.format}), jadi tampil sebagai tanggal; nilainya ${angka(p.nilai)}. Excel mengubah ketikan seperti 1.5 atau 1/5 menjadi tanggal. Ketik ulang targetnya dan ubah format selnya menjadi Angka; sampai diperbaiki, laporan memakai ${angka(p.nilai)}.`,
    triwulanInvalid: ({ address, params: p }) =>
      `${TW_FIGURE[p.kolom]} TW ${p.triwulan} ${p.kode} ${p.tahun} (${address}) ` +
      (p.masalah === "teks"
        ? `berisi teks "${p.nilai}": ketik angka, atau kosongkan.`
        : p.masalah === "negatif"
          ? `negatif (${p.nilai}): isi 0 atau lebih.`
          : p.masalah === "terlaluBesar"
            ? `terlalu besar (${p.nilai}).`
            : `berisi galat ${p.nilai}: perbaiki rumusnya.`),
    triwulanGap: ({ address, params: p }) =>
      `${p.kode} ${p.tahun}: TW ${p.triwulan} terisi (${address}), TW ${p.kosong} masih kosong. Isi triwulan yang terlewat.`,
    triwulanTurun: ({ address, params: p }) =>
      `${p.kode} ${p.tahun}: realisasi TW ${p.triwulan} (${angka(p.nilai)}, ${address}) memburuk dari TW ${p.sebelumnya} (${angka(p.nilaiSebelumnya)}). Jelaskan di Faktor penghambat, atau perbaiki angkanya.`,
    triwulanTargetMissing: ({ address, params: p }) =>
      `${p.kode} ${p.tahun}: TW ${p.triwulan} berrealisasi tanpa Target Triwulan (${address}), padahal target triwulan dipakai. Isi targetnya.`,
    tahunanBerbeda: ({ address, params: p }) =>
      `${TW_FIGURE[p.kolom]} tahunan ${p.kode} ${p.tahun} (${address}: ${angka(p.tahunan)}) berbeda dengan hasil ${p.dari.map((t) => `TW ${t}`).join(", ")} (${angka(p.dariTriwulan)}); laporan memakai hasil triwulan.`,
    tooLarge: ({ address, params: p }) =>
      `${p.hasil === "realisasi" ? "Realisasi" : "Capaian"} ${p.kode} tahun ${p.tahun} terlalu besar untuk dihitung (${p.hasil} melampaui angka terbesar Excel). Periksa angka di ${address} dan penyebut atau targetnya.`,
    instansiMissing: ({ sheet, address }) =>
      `Nama instansi belum diisi. Isi nama instansi di ${sheet}!${address} agar tercantum di laporan.`,
    periodeInvalid: ({ sheet, address, params: p }) => {
      if (p.masalah === "rentang")
        return `Periode Renstra ${p.tahunAwal}–${p.tahunAkhir} tidak sah: tahun akhir harus sama atau sesudah tahun awal dan periode paling lama ${PERIODE_MAX_TAHUN} tahun. Perbaiki di ${sheet}!${pengaturanCell("tahunAwal")}:${pengaturanCell("tahunAkhir")}.`;
      const label = PENGATURAN.settings[p.setting].label;
      return p.nilai === ""
        ? `${label} belum diisi. Isi ${label.toLowerCase()} (misalnya 2024) di ${sheet}!${address}.`
        : `${label} "${p.nilai}" tidak sah. Isi dengan tahun berupa angka, misalnya 2024, di ${sheet}!${address}.`;
    },
    periodeReversed: ({ sheet, params: p }) =>
      `Periode Renstra terbalik: tahun awal ${p.tahunAwal} sesudah tahun akhir ${p.tahunAkhir}. Tukar keduanya di ${sheet}!${pengaturanCell("tahunAwal")}:${pengaturanCell("tahunAkhir")} (misalnya 2022 dan 2026).`,
    tahunLaporanText: ({ sheet, address, params: p }) =>
      `Tahun laporan "${p.nilai}" di ${sheet}!${address} tersimpan sebagai teks, bukan angka (diketik dengan tanda kutip ' di depannya, atau selnya berformat Teks). Ketik ulang ${p.nilai} tanpa tanda kutip; bila selnya berformat Teks, ubah dulu ke Umum.`,
    tahunLaporanNotWhole: ({ sheet, address, params: p }) =>
      `Tahun laporan ${angka(p.nilai)} bukan bilangan bulat. Isi tahun tanpa desimal, misalnya ${Math.floor(p.nilai)}, di ${sheet}!${address}.`,
    tahunLaporanMissing: ({ sheet, address }) =>
      `Tahun laporan belum diisi. Isi tahun laporan (misalnya 2024) di ${sheet}!${address}.`,
    tahunLaporanInvalid: ({ sheet, address, params: p }) =>
      `Tahun laporan "${p.nilai}" tidak sah. Isi dengan tahun berupa angka, misalnya 2024, di ${sheet}!${address}.`,
    tahunLaporanOutsidePeriod: ({ sheet, params: p }) =>
      `Tahun laporan ${p.tahun} di luar periode Renstra ${p.tahunAwal}–${p.tahunAkhir}. Perbaiki tahun laporan atau periode Renstra di ${sheet}.`,
    rumusNegatifInvalid: ({ sheet, address, params: p }) =>
      `Rumus capaian polaritas negatif "${p.nilai}" tidak dikenal. Pilih ${RUMUS_NEGATIF.map((r) => `"${r}"`).join(" atau ")} di ${sheet}!${address}.`,
    batasCapaianInvalid: ({ sheet, address, params: p }) =>
      `Batas atas capaian "${p.nilai}" tidak sah. Isi dengan angka lebih dari 0 (misalnya 100 atau 120), atau kosongkan bila tanpa batas, di ${sheet}!${address}.`,
    desimalInvalid: ({ sheet, address, params: p }) =>
      `Jumlah desimal capaian ${p.nilai === "" ? "belum diisi" : `"${p.nilai}" tidak sah`}. Isi bilangan bulat dari ${p.min} sampai ${p.max} (bawaan ${DESIMAL.bawaan}) di ${sheet}!${address}: capaian dicetak dengan desimal ini, dan predikat serta kriteria dinilai pada angka yang dicetak.`,
    batasRataRataInvalid: ({ sheet, address, params: p }) =>
      `Batas atas rata-rata capaian per sasaran "${p.nilai}" tidak sah. Isi dengan angka lebih dari 0 (misalnya 100 atau 120), atau kosongkan bila tanpa batas, di ${sheet}!${address}.`,
    predikatScale: ({ sheet, params: p }) =>
      `${scaleProblemText(p.masalah)} Perbaiki skala predikat di ${sheet}: batas bawah harus menurun dari atas ke bawah dan setiap baris berpredikat.`,
    katalog: ({ sheet, address, params: p }) =>
      `${wordOf(catalogProblem, p.masalah)}. Perbaiki di lembar ${sheet} sel ${address}.`,
    nipInvalid: ({ sheet, address, params: p }) =>
      `NIP "${p.nilai}" di ${sheet}!${address} tidak 18 angka. Ketik dengan tanda kutip di depan (').`,
    anggaranKodeInvalid: ({ address, params: p }) =>
      `Kode "${p.kode}" baris ${p.baris} bukan kode program (1.06.02), kegiatan (1.06.02.2.01) atau sub kegiatan (1.06.02.2.01.0001); baris diabaikan. Perbaiki kodenya di ${address}.`,
    anggaranTahunInvalid: ({ params: p }) =>
      `Tahun "${p.nilai}" baris ${p.baris} (${p.kode}) bukan tahun; baris diabaikan. Ketik tahunnya sebagai angka, misalnya 2024.`,
    anggaranKodeDuplicate: ({ params: p }) =>
      `Kode ${p.kode} tahun ${p.tahun} ganda: baris ${p.baris} mengulang baris ${p.barisPertama}. Hapus salah satu, atau perbaiki kode atau tahunnya.`,
    anggaranMoneyInvalid: ({ address, params: p }) =>
      `${KOLOM_ANGGARAN[p.kolom]} ${p.kode} tahun ${p.tahun} di ${address} ${UANG[p.masalah]} (${p.nilai}). Ketik rupiah sebagai angka 0 atau lebih.`,
    anggaranPaguZero: ({ address, params: p }) =>
      `Pagu ${p.kode} tahun ${p.tahun} di ${address} 0, realisasinya ${rupiah(p.realisasi)}. Isi pagu yang benar.`,
    anggaranRealisasiAbovePagu: ({ address, params: p }) =>
      `Realisasi ${p.kode} tahun ${p.tahun} (${rupiah(p.realisasi)}) melebihi pagu (${rupiah(p.pagu)}) di ${address}.`,
    anggaranTriwulanBerbeda: ({ address, params: p }) =>
      `Realisasi ${p.kode} tahun ${p.tahun} di ${address} (${rupiah(p.realisasi)}) berbeda dengan jumlah realisasi TW I–IV (${rupiah(p.jumlahTriwulan)}). Laporan memakai ${rupiah(p.realisasi)}; perbaiki salah satunya, atau kosongkan Realisasi agar jumlah triwulan yang dipakai.`,
    anggaranIkuUnknown: ({ params: p }) =>
      `Kode IKU "${p.iku}" pada ${p.kode} (baris ${p.baris}) tidak ada di Katalog IKU. Perbaiki kodenya atau tambahkan indikatornya di lembar Katalog IKU.`,
    ikuWithoutProgram: ({ params: p }) =>
      `${p.iku} (${p.nama}) tidak didukung program mana pun tahun ${p.tahun}: tulis kodenya di kolom Kode IKU lembar Anggaran.`,
  },
  catalogProblem,
  catalogWhere: ({ path, entryKode }) => {
    const [list, index, ...rest] = path;
    if (typeof list !== "string") return "katalog";
    if (!isCatalogList(list) || typeof index !== "number") return path.map(String).join(".");
    const name = `${list} ke-${index + 1}${entryKode === undefined ? "" : ` (${entryKode})`}`;
    return rest.length > 0 ? `${name}, ${rest.map(String).join(".")}` : name;
  },
  failure: {
    passwordProtected:
      "Excel tidak mau membuka proteksi sebuah lembar (diproteksi dengan kata sandi?). Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu jalankan lagi.",
    accessDenied:
      "Excel menolak perubahan: buku kerja diproteksi, hanya-baca, atau dikunci pengguna lain. Buka proteksinya atau simpan salinannya, lalu jalankan lagi.",
    cellEditMode:
      "Excel sedang menunggu Anda selesai mengetik di sebuah sel: tekan Enter atau Esc, lalu coba lagi.",
    timeout:
      "Excel tidak menjawab dalam batas waktu. Tunggu sebentar, lalu coba lagi: aksi ini aman diulang.",
    connection:
      "Sambungan ke Excel terputus. Tunggu sampai tersambung kembali, lalu coba lagi: aksi ini aman diulang.",
    tooLarge:
      "Permintaan ke Excel terlalu besar (Excel untuk web menerima paling banyak 5 MB). Hapus baris tak terpakai di lembar bidang, atau pakai Excel desktop.",
    changedMeanwhile:
      "Sebuah lembar atau nama berubah selama aksi berjalan (oleh pengguna lain?). Jalankan lagi.",
    busy: "Excel sedang sibuk (kotak dialog terbuka?). Tutup kotak dialognya, tunggu sebentar, lalu coba lagi.",
    general:
      "Excel melaporkan kesalahan internal. Simpan buku kerja, tutup lalu buka kembali, kemudian jalankan lagi.",
    unexpected:
      "Terjadi kesalahan tak terduga di add-in. Simpan buku kerja, tutup lalu buka kembali panel ini, kemudian coba lagi.",
  },
  recovery: (r) => {
    if (r === null || r.status === "nothingWritten") return "Tidak ada yang diubah.";
    const partial =
      r.partial.length > 0
        ? ` Format lembar ${r.partial.map((n) => `"${n}"`).join(", ")} mungkin sebagian berubah: jalankan aksi ini lagi untuk menyelesaikannya.`
        : "";
    return r.status === "rolledBack"
      ? `Yang sempat ditulis sudah dibatalkan; isi buku kerja seperti semula.${partial}`
      : `Yang sempat ditulis tidak dapat dibatalkan; isian Anda tidak berubah. Jalankan aksi ini lagi setelah Excel normal: add-in menyelesaikan pekerjaannya.${partial}`;
  },
  writeProblem: {
    sheetPasswordProtected: ({ sheet }) =>
      `Lembar "${sheet}" diproteksi dengan kata sandi. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu jalankan lagi.`,
    sheetExists: ({ sheet }) => `Sudah ada lembar bernama "${sheet}". Ganti namanya, lalu jalankan lagi.`,
    sheetNotFound: ({ sheet }) =>
      `Lembar "${sheet}" dihapus atau diganti namanya saat aksi berjalan. Jalankan lagi.`,
    sheetNameInvalid: ({ sheet }) =>
      `"${sheet}" tidak dapat menjadi nama lembar (1–31 karakter, tanpa : \\ / ? * [ ]). Perbaiki di Katalog IKU.`,
    nameExists: ({ name }) =>
      `Nama "${name}" sudah dipakai (Rumus › Pengelola Nama). Hapus, lalu jalankan lagi.`,
    notFinite: ({ sheet, address }) =>
      `Hasil untuk ${sheet}!${address} bukan angka yang dapat ditulis. Periksa angka yang sangat besar di lembar bidang.`,
    outsideGrid: ({ sheet, address }) => `Tabel ${sheet} mulai ${address} melewati batas lembar Excel.`,
    tooLarge: () => "Perubahan ini terlalu besar untuk dikirim ke Excel.",
  },
  notice: {
    fitToPageIgnored: ({ sheets }) =>
      `Excel tidak menerapkan cetak "muat satu halaman lebar" pada ${sheets.map((n) => `"${n}"`).join(", ")}: buka tab Tata Letak Halaman lalu jalankan lagi, atau atur Skala › Lebar: 1 halaman.`,
    protectionNotRestored: ({ sheets }) =>
      `Excel menolak memproteksi kembali ${sheets.map((n) => `"${n}"`).join(", ")}; proteksi sendiri bila perlu (Tinjau › Proteksi Lembar, tanpa kata sandi).`,
  },
  scaleProblem: {
    empty: scaleProblemText,
    notTwoColumns: scaleProblemText,
    labelNotText: scaleProblemText,
    thresholdMissing: scaleProblemText,
    thresholdNotNumber: scaleProblemText,
    notDescending: scaleProblemText,
  },
  fileProblem: {
    fileNotFound: () => "Berkas tidak ditemukan. Periksa nama dan foldernya.",
    notAWorkbook: ({ detail }) =>
      `Berkas tidak dapat dibaca sebagai buku kerja .xlsx (${detail}). Buka dan simpan ulang di Excel sebagai Buku Kerja Excel (.xlsx).`,
  },
};

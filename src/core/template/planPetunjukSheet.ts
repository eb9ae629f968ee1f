import type { Catalog } from "../catalog/catalogSchema";
import type { CellFormat, CellInput, SheetPlan } from "../workbook/SheetPlan";
import { textCell } from "../workbook/textCell";
import { BIDANG, KATALOG, PENGATURAN, PETUNJUK_TITLE, SHEET } from "../workbook/workbookLayout";
import { TRIWULAN } from "../workbook/triwulanLayout";
import { STYLE } from "./templateStyle";

const HEADINGS = {
  langkah: "Langkah pengisian",
  warna: "Arti warna sel",
  fungsi: "Fungsi IKU (pemisah argumen mengikuti pengaturan Excel: koma atau titik koma)",
  nama: "Nama rentang",
} as const;

/**
 * Petunjuk: how to fill in, the colour legend, the IKU.* functions. Entirely ours, so it
 * is rewritten each run and always matches the template version.
 */
export function planPetunjukSheet(catalog: Catalog | null, mode: "create" | "replace"): SheetPlan {
  const sheets = catalog
    ? catalog.bidang.map((b) => `${b.lembar} (${b.nama})`).join("; ")
    : "lihat Katalog IKU";
  const c = BIDANG.columns;
  const k = KATALOG.indikator;
  const s = PENGATURAN.settings;
  const rows: [CellInput?, CellInput?][] = [
    [PETUNJUK_TITLE],
    [
      "Template ini disiapkan oleh add-in IKU & LAKIP. Jalankan Siapkan Template IKU kapan saja: isian yang sudah diketik tidak pernah diubah.",
    ],
    [],
    [HEADINGS.langkah],
    [
      "1.",
      `Periksa lembar ${SHEET.pengaturan}: nama instansi, periode Renstra, tahun laporan, rumus polaritas negatif, batas capaian, jumlah desimal laporan, batas rata-rata per sasaran dan skala predikat.`,
    ],
    [
      "2.",
      `Periksa lembar ${SHEET.katalog}. Perbaikan atau indikator baru diketik di sana, lalu jalankan Siapkan Template IKU lagi. ${k.kondisiAwal.header} adalah nilai tahun sebelum periode Renstra (boleh kosong); ${k.sifatTarget.header} "kumulatif" (realisasi tahun-tahun dijumlahkan, hanya untuk indikator jumlah) atau "akhir" (tahun terakhir yang berlaku; bawaan bila kosong).`,
    ],
    ["3.", `Isi lembar Bidang: ${sheets}. Satu baris per indikator per tahun.`],
    [
      "4.",
      `Ketik ${c.targetRenstra.header} (target tahun itu di Renstra), ${c.targetPK.header} (target Perjanjian Kinerja yang ditandatangani; kosongkan bila sama dengan Renstra), ${c.pembilang.header} dan ${c.penyebut.header}. Untuk indikator jenis jumlah, ketik angkanya di ${c.pembilang.header}; ${c.penyebut.header} tidak dipakai (sel abu-abu tua).`,
    ],
    [
      "5.",
      `${c.realisasi.header}, ${c.capaian.header}, ${c.predikat.header} dan ${c.kriteria.header} dihitung otomatis. Capaian diukur terhadap ${c.targetPK.header}, atau ${c.targetRenstra.header} bila ${c.targetPK.header} kosong; predikat dan kriteria dinilai pada capaian yang dibulatkan seperti dicetak. Lengkapi ${c.pendukung.header}, ${c.penghambat.header}, ${c.solusi.header} dan ${c.keterangan.header} (semuanya dicetak di laporan).`,
    ],
    [
      "6.",
      `Setiap triwulan, isi lembar ${TRIWULAN.sheets.join(", ")} (satu lembar per triwulan; baris tahun berjalan berurutan): ${TRIWULAN.columns.target.header}, ${TRIWULAN.columns.pembilang.header}, ${TRIWULAN.columns.penyebut.header} dan faktor serta tindak lanjutnya. Realisasi tahunan dihitung dari triwulan menurut ${k.sifatTarget.header} (kumulatif: dijumlahkan; akhir: triwulan terakhir yang terisi) dan dipakai laporan; angka tahunan di lembar Bidang berlaku bila triwulannya kosong. Buat Lembar Monev menyusun formulir evaluasi Permendagri 86/2017 per triwulan.`,
    ],
    [],
    [HEADINGS.warna],
    ["Isian", "Sel kuning: diketik staf."],
    [
      "Rumus",
      "Sel abu-abu: rumus, terkunci (lembar dilindungi tanpa kata sandi; Review › Unprotect Sheet bila perlu).",
    ],
    ["Katalog", "Sel biru: diambil dari Katalog IKU; ubah di sana."],
    ["Tidak dipakai", "Sel abu-abu tua: tidak berlaku untuk indikator ini."],
    [],
    [HEADINGS.fungsi],
    [
      "=IKU.PERSEN(pembilang, penyebut)",
      "Persentase: pembilang/penyebut×100. Contoh =IKU.PERSEN(1, 4) → 25.",
    ],
    ["=IKU.RASIO(pembilang, penyebut)", "Rasio (rata-rata) tanpa ×100. Contoh =IKU.RASIO(30, 12) → 2,5."],
    [
      "=IKU.CAPAIAN(realisasi, target, [polaritas], [batas])",
      `Capaian (%). Contoh =IKU.CAPAIAN(45, 50) → 90; polaritas "negatif" atau "negatif-t/r"; batas dari ${s.batasCapaian.name}.`,
    ],
    [
      "=IKU.PREDIKAT(capaian, [skala])",
      `Predikat capaian. Contoh =IKU.PREDIKAT(92) → Sangat Tinggi; skala dari ${PENGATURAN.skala.name} (bawaan Permendagri 86/2017).`,
    ],
    [
      "=IKU.KRITERIA(capaian, [desimal])",
      `Kriteria: Terlampaui, Tercapai atau Tidak Tercapai terhadap 100, pada capaian sebelum dibatasi yang dibulatkan seperti dicetak. Contoh =IKU.KRITERIA(100, 2) → Tercapai; desimal dari ${s.desimal.name}.`,
    ],
    [
      "=IKU.TAHUNAN(tw1, tw2, tw3, tw4, [sifat])",
      'Realisasi tahunan dari empat triwulan: "kumulatif" menjumlahkan, "akhir" (bawaan) mengambil triwulan terakhir yang terisi. Contoh =IKU.TAHUNAN(2, 3, , 4, "kumulatif") → 9.',
    ],
    [],
    [HEADINGS.nama],
    ...Object.values(s).map((x): [CellInput, CellInput] => [x.name, x.label]),
    [PENGATURAN.skala.name, "Skala predikat (batas bawah dan predikat)"],
  ];
  const cell = (v: CellInput | undefined): CellInput =>
    v === undefined ? "" : typeof v === "string" ? textCell(v) : v;
  const values: CellInput[][] = rows.map((r) => [cell(r[0]), cell(r[1])]);
  const rowOf = (text: string) => rows.findIndex((r) => r[0] === text) + 1;
  const bold: CellFormat = { bold: true };
  const heading = Object.values(HEADINGS);
  return {
    name: SHEET.petunjuk,
    mode,
    tabColor: STYLE.tabColor,
    cells: [{ address: "A1", values }],
    formats: [
      { address: `A1:B${rows.length}`, format: { vertical: "Top", wrap: true } },
      { address: "A1", format: { bold: true, fontSize: 16, wrap: false } },
      ...heading.map((h) => ({ address: `A${rowOf(h)}`, format: { ...bold, fontSize: 12, wrap: false } })),
      { address: `A${rowOf("Isian")}`, format: { fill: STYLE.inputFill, border: true } },
      { address: `A${rowOf("Rumus")}`, format: { fill: STYLE.formulaFill, border: true } },
      { address: `A${rowOf("Katalog")}`, format: { fill: STYLE.catalogFill, border: true } },
      { address: `A${rowOf("Tidak dipakai")}`, format: { fill: STYLE.unusedFill, border: true } },
    ],
    merges: ["A2:B2"],
    columnWidths: [
      { column: "A", width: 230 },
      { column: "B", width: 520 },
    ],
    print: { orientation: "Portrait", fitToWidth: true, paper: "A4" },
  };
}

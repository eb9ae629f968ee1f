/** The command line's help: Indonesian, as its users speak, with an English summary. */
export const HELP = `iku-lakip — Indikator Kinerja Utama (IKU) dan LAKIP/LKjIP pada berkas .xlsx, tanpa Excel

Pemakaian:
  iku-lakip template --out IKU.xlsx [--katalog katalog.json|katalog.xlsx] [--tahun 2025] [IKU-lama.xlsx]
      Membuat buku kerja IKU yang sama dengan tombol "Siapkan Template IKU" di Excel.
      Dengan IKU-lama.xlsx: melengkapi atau memperbarui buku kerja itu ke salinan baru
      (isian tidak diubah). --tahun mengisi Tahun laporan pada buku kerja baru.
  iku-lakip validasi IKU.xlsx [--json] [--tahun 2024]
      Memeriksa semua isian seperti tombol "Validasi": satu masalah per baris, dengan
      Lembar!Sel. Kode keluar 1 bila ada galat. --json untuk dibaca program lain.
  iku-lakip lakip IKU.xlsx [--tahun 2024] [--out IKU-LAKIP.xlsx | --in-place] [--timpa]
      Menambahkan lembar "LAKIP <tahun>" ke salinan buku kerja, seperti tombol "Buat Lembar
      LAKIP". Berkas asli tidak diubah kecuali dengan --in-place. Lembar LAKIP yang belum
      diubah sejak dibuat akan dibuat ulang; yang sudah diubah (atau bukan buatan add-in)
      disimpan dengan nama baru. Bila ada galat, tidak ada yang ditulis (kode keluar 1).
  iku-lakip monev IKU.xlsx --triwulan 2 [--tahun 2025] [--out IKU-Monev.xlsx | --in-place] [--timpa]
      Menambahkan lembar "Monev TW <triwulan> <tahun>" (formulir evaluasi Permendagri 86/2017:
      realisasi TW I s.d. triwulan itu dari lembar TW 1–TW 4, capaian tahun ini dan terhadap
      Renstra, faktor dan tindak lanjut triwulan) seperti tombol "Buat Lembar Monev". Tanpa
      --tahun: Tahun laporan di Pengaturan. Aturan aman sama dengan lakip.
  iku-lakip pk IKU.xlsx [--tahun 2025] [--out IKU-PK.xlsx | --in-place] [--timpa]
      Menambahkan lembar "PK <tahun>" (Perjanjian Kinerja) ke salinan buku kerja: untuk tahun
      laporan, atau tahun Renstra lain dengan --tahun (PK tahun depan disiapkan lebih awal).
      Aturan keamanannya sama dengan lakip; bila ada galat, tidak ada yang ditulis.
  iku-lakip konsolidasi a.xlsx b.xlsx … --tahun 2024 --out Pemda.xlsx [--timpa]
      Menggabungkan buku kerja IKU banyak instansi (masing-masing dengan katalognya sendiri)
      menjadi satu tabel capaian kota: per instansi dan sasaran indikator, capaian, predikat,
      jumlah per predikat, dan rata-rata capaian per instansi. Berkas yang tidak lolos
      validasi dicantumkan beserta galatnya dan tidak ikut digabung.

Pilihan:
  --out, -o FILE   berkas hasil (tidak menimpa berkas yang sudah ada kecuali dengan --timpa)
  --tahun TAHUN    tahun laporan: template mengisinya di Pengaturan buku kerja baru; validasi,
                   lakip dan konsolidasi memakainya menggantikan Tahun laporan di Pengaturan
                   (lembar Pengaturan tidak diubah)
  --triwulan N     monev: triwulan yang dilaporkan, 1 sampai 4
  --katalog FILE   katalog IKU instansi: .json (bentuk katalog add-in) atau .xlsx (buku kerja
                   IKU yang lembar Katalog IKU dan Pengaturan-nya dipakai)
  --json           keluaran validasi sebagai JSON: setiap masalah bertipe (code, severity, sheet,
                   address, params) beserta kalimatnya (message)
  --in-place       lakip: menulis ke berkas aslinya (aman: ditulis ke berkas sementara lalu
                   diganti; ditolak bila berkas memuat isi yang tidak dapat ditulis ulang)
  --timpa          boleh menimpa berkas hasil yang sudah ada
  --help, -h       bantuan ini

Kode keluar: 0 berhasil, 1 ada galat (atau tidak ada instansi yang dapat digabung), 2 salah
pemakaian atau berkas tidak dapat dibaca/ditulis.

Catatan: grafik tidak dapat ditulis ke .xlsx oleh alat ini (datanya tetap ada di lembar, dan
selnya diberi catatan). Rumus IKU.* tersimpan dengan nilai hasil hitungan, sehingga program
tanpa add-in menampilkan angka yang benar sampai menghitung ulang.

English summary: iku-lakip runs the IKU add-in's actions on .xlsx files without Excel.
  template     write the IKU workbook the task pane builds (or upgrade a copy of one)
  validasi     list every issue as Sheet!Cell, exit 1 on an error (galat); --json for machines
  lakip        add the LAKIP sheet of a year to a copy (--in-place to change the file itself)
  monev        add the quarterly monitoring sheet (Monev TW n t, Permendagri 86/2017) to a copy
  pk           add the Perjanjian Kinerja sheet of a year (--tahun; default the report year) to a copy
  konsolidasi  consolidate many agencies' workbooks into one city-wide table; invalid files
               are listed with their errors and left out
`;

/**
 * A small IKU workbook as a snapshot, laid out by workbookLayout and built by hand (not
 * by the template), so validation and report tests do not move when the template does.
 *
 * Two sasaran, two Bidang sheets ("Satu", "Dua"), five indicators, Renstra 2022–2026,
 * tahun laporan 2024; the figures are the golden test's (see lakip/buildLakipSheet.test).
 * K3 is of negative polarity; K5 is a kumulatif count with a kondisi awal and the only PK
 * target typed (2024, below the Renstra's), its 2024 capaian exactly 90.004.
 */
import { columnIndex, type CellValue, type Grid } from "../../../src/core/workbook/a1";
import type { SheetGrids, WorkbookSnapshot } from "../../../src/core/workbook/WorkbookSnapshot";
import {
  BIDANG,
  KATALOG,
  PENGATURAN,
  SHEET,
  type BidangColumn,
} from "../../../src/core/workbook/workbookLayout";

interface FixtureIndicator {
  kode: string;
  sasaran: string;
  nama: string;
  jenis: "jumlah" | "persen" | "rasio";
  satuan: string;
  polaritas: "positif" | "negatif";
  pembilang: string;
  penyebut: string | null;
  bidang: string;
  kondisiAwal?: number;
  sifatTarget?: "kumulatif" | "akhir";
}

const INDICATORS: FixtureIndicator[] = [
  {
    kode: "K1",
    sasaran: "S1",
    nama: "Persentase PPKS yang terlayani",
    jenis: "persen",
    satuan: "%",
    polaritas: "positif",
    pembilang: "PPKS terlayani",
    penyebut: "Jumlah PPKS",
    bidang: "B1",
  },
  {
    kode: "K2",
    sasaran: "S1",
    nama: "Jumlah LKS aktif",
    jenis: "jumlah",
    satuan: "lembaga",
    polaritas: "positif",
    pembilang: "Jumlah LKS aktif",
    penyebut: null,
    bidang: "B1",
  },
  {
    kode: "K3",
    sasaran: "S2",
    nama: "Rata-rata aduan per LPM",
    jenis: "rasio",
    satuan: "aduan per LPM",
    polaritas: "negatif",
    pembilang: "Jumlah aduan",
    penyebut: "Jumlah LPM",
    bidang: "B2",
  },
  {
    kode: "K4",
    sasaran: "S2",
    nama: "<img src=x onerror=alert(1)>",
    jenis: "persen",
    satuan: "%",
    polaritas: "positif",
    pembilang: "Posyandu aktif",
    penyebut: "Jumlah Posyandu",
    bidang: "B2",
  },
  {
    kode: "K5",
    sasaran: "S2",
    nama: "Jumlah PPKS yang mendapat pelayanan sosial",
    jenis: "jumlah",
    satuan: "orang",
    polaritas: "positif",
    pembilang: "PPKS terlayani",
    penyebut: null,
    bidang: "B2",
    kondisiAwal: 20000,
    sifatTarget: "kumulatif",
  },
];
const SASARAN = [
  { kode: "S1", nama: "Meningkatnya kualitas hidup PPKS" },
  { kode: "S2", nama: "Meningkatnya keberdayaan masyarakat" },
];
const BIDANG_LIST = [
  { kode: "B1", nama: "Bidang Satu", lembar: "Satu" },
  { kode: "B2", nama: "Bidang Dua", lembar: "Dua" },
];
const YEARS = [2022, 2023, 2024, 2025, 2026];

type Figures = Partial<
  Record<
    | "targetRenstra"
    | "targetPK"
    | "pembilang"
    | "penyebut"
    | "pendukung"
    | "penghambat"
    | "solusi"
    | "keterangan",
    unknown
  >
>;

/** The golden figures: [kode, tahun, figures]. Every year has a Renstra target; no PK target is typed. */
const FIGURES: [string, number, Figures][] = [
  ["K1", 2022, { targetRenstra: 70, pembilang: 20, penyebut: 40 }],
  ["K1", 2023, { targetRenstra: 75, pembilang: 30, penyebut: 40 }],
  [
    "K1",
    2024,
    {
      targetRenstra: 80,
      pembilang: 45,
      penyebut: 50,
      pendukung: "Dukungan anggaran",
      solusi: "Koordinasi lintas bidang",
      keterangan: "Data sementara",
    },
  ],
  ["K1", 2025, { targetRenstra: 85 }],
  ["K1", 2026, { targetRenstra: 90 }],
  ["K2", 2022, { targetRenstra: 9, pembilang: 9 }],
  ["K2", 2023, { targetRenstra: 10, pembilang: 7 }],
  ["K2", 2024, { targetRenstra: 10, pembilang: 7, penghambat: "Izin LKS baru tertunda" }],
  ["K2", 2025, { targetRenstra: 11 }],
  ["K2", 2026, { targetRenstra: 12 }],
  ["K3", 2022, { targetRenstra: 2, pembilang: 36, penyebut: 12 }],
  ["K3", 2023, { targetRenstra: 2, pembilang: 24, penyebut: 12 }],
  ["K3", 2024, { targetRenstra: 2, pembilang: 30, penyebut: 12 }],
  ["K3", 2025, { targetRenstra: 1.75 }],
  ["K3", 2026, { targetRenstra: 1.5 }],
  ["K4", 2022, { targetRenstra: 50, pembilang: 20, penyebut: 50 }],
  ["K4", 2023, { targetRenstra: 60, pembilang: 30, penyebut: 50 }],
  ["K4", 2024, { targetRenstra: 60 }],
  ["K4", 2025, { targetRenstra: 65 }],
  ["K4", 2026, { targetRenstra: 70 }],
  ["K5", 2022, { targetRenstra: 24000, pembilang: 23000 }],
  ["K5", 2023, { targetRenstra: 25000, pembilang: 25500 }],
  ["K5", 2024, { targetRenstra: 26000, targetPK: 25000, pembilang: 22501 }],
  ["K5", 2025, { targetRenstra: 27000 }],
  ["K5", 2026, { targetRenstra: 28000 }],
];

type Cells = unknown[][];

function set(grid: Cells, row1: number, col: string, value: unknown) {
  const r = row1 - 1;
  const c = columnIndex(col);
  while (grid.length <= r) grid.push([]);
  const line = grid[r] as unknown[];
  while (line.length <= c) line.push("");
  line[c] = value;
}

export class FixtureWorkbook {
  readonly values = new Map<string, Cells>();
  readonly formulas = new Map<string, Cells>();
  /** Number formats set on cells, by sheet; a sheet without any is read without formats. */
  readonly numberFormats = new Map<string, Cells>();
  sheetNames: string[] = [];

  constructor() {
    this.addSheet(SHEET.pengaturan);
    const s = PENGATURAN.settings;
    this.set(SHEET.pengaturan, `B${s.instansi.row}`, "Dinas Uji Kota Contoh");
    this.set(SHEET.pengaturan, `B${s.tahunAwal.row}`, 2022);
    this.set(SHEET.pengaturan, `B${s.tahunAkhir.row}`, 2026);
    this.set(SHEET.pengaturan, `B${s.tahunLaporan.row}`, 2024);
    this.set(SHEET.pengaturan, `B${s.rumusNegatif.row}`, "negatif");
    this.set(SHEET.pengaturan, `B${s.batasCapaian.row}`, "");
    this.set(SHEET.pengaturan, `B${s.desimal.row}`, 2);
    this.set(SHEET.pengaturan, `B${s.batasRataRata.row}`, "");
    [
      [90, "Sangat Tinggi"],
      [75, "Tinggi"],
      [65, "Sedang"],
      [50, "Rendah"],
      ["", "Sangat Rendah"],
    ].forEach(([t, l], i) => {
      this.set(SHEET.pengaturan, `A${PENGATURAN.skala.firstRow + i}`, t);
      this.set(SHEET.pengaturan, `B${PENGATURAN.skala.firstRow + i}`, l);
    });

    this.addSheet(SHEET.katalog);
    const K = KATALOG.indikator;
    Object.values(K).forEach((c) => this.set(SHEET.katalog, `${c.col}${KATALOG.headerRow}`, c.header));
    INDICATORS.forEach((ind, i) => {
      const r = KATALOG.firstDataRow + i;
      this.set(SHEET.katalog, `${K.kode.col}${r}`, ind.kode);
      this.set(SHEET.katalog, `${K.sasaran.col}${r}`, ind.sasaran);
      this.set(SHEET.katalog, `${K.indikator.col}${r}`, ind.nama);
      this.set(SHEET.katalog, `${K.jenis.col}${r}`, ind.jenis);
      this.set(SHEET.katalog, `${K.satuan.col}${r}`, ind.satuan);
      this.set(SHEET.katalog, `${K.polaritas.col}${r}`, ind.polaritas);
      this.set(SHEET.katalog, `${K.pembilang.col}${r}`, ind.pembilang);
      this.set(SHEET.katalog, `${K.penyebut.col}${r}`, ind.penyebut ?? "");
      this.set(SHEET.katalog, `${K.sumberData.col}${r}`, "Dinas");
      this.set(SHEET.katalog, `${K.bidang.col}${r}`, ind.bidang);
      this.set(SHEET.katalog, `${K.kondisiAwal.col}${r}`, ind.kondisiAwal ?? "");
      this.set(SHEET.katalog, `${K.sifatTarget.col}${r}`, ind.sifatTarget ?? "");
    });
    SASARAN.forEach((x, i) => {
      this.set(SHEET.katalog, `${KATALOG.sasaran.kode.col}${KATALOG.firstDataRow + i}`, x.kode);
      this.set(SHEET.katalog, `${KATALOG.sasaran.nama.col}${KATALOG.firstDataRow + i}`, x.nama);
    });
    BIDANG_LIST.forEach((b, i) => {
      const r = KATALOG.firstDataRow + i;
      this.set(SHEET.katalog, `${KATALOG.bidang.kode.col}${r}`, b.kode);
      this.set(SHEET.katalog, `${KATALOG.bidang.nama.col}${r}`, b.nama);
      this.set(SHEET.katalog, `${KATALOG.bidang.lembar.col}${r}`, b.lembar);
    });

    for (const b of BIDANG_LIST) {
      this.addSheet(b.lembar);
      const C = BIDANG.columns;
      this.set(b.lembar, "A1", `IKU ${b.nama}`);
      for (const key of Object.keys(C) as BidangColumn[])
        this.set(b.lembar, `${C[key].col}${BIDANG.headerRow}`, C[key].header);
      let r = BIDANG.firstDataRow;
      for (const ind of INDICATORS.filter((i) => i.bidang === b.kode)) {
        for (const y of YEARS) {
          this.set(b.lembar, `A${r}`, ind.kode);
          this.set(b.lembar, `B${r}`, ind.nama);
          this.set(b.lembar, `C${r}`, ind.satuan);
          this.set(b.lembar, `D${r}`, y);
          // The template's formulas; their values do not matter to validation.
          const f = (key: BidangColumn) => `${C[key].col}${r}`;
          this.setFormula(b.lembar, f("realisasi"), `=IF(${f("pembilang")}="","",${f("pembilang")})`, "");
          this.setFormula(b.lembar, f("capaian"), `=IF(${f("realisasi")}="","",1)`, "");
          this.setFormula(b.lembar, f("predikat"), `=IF(${f("capaian")}="","",1)`, "");
          this.setFormula(b.lembar, f("kriteria"), `=IF(${f("capaian")}="","",1)`, "");
          r++;
        }
      }
    }
    for (const [kode, tahun, f] of FIGURES) this.fill(kode, tahun, f);
  }

  addSheet(name: string) {
    this.sheetNames.push(name);
    this.values.set(name, []);
    this.formulas.set(name, []);
  }

  removeSheet(name: string) {
    this.sheetNames = this.sheetNames.filter((n) => n !== name);
    this.values.delete(name);
    this.formulas.delete(name);
  }

  renameSheet(from: string, to: string) {
    this.sheetNames = this.sheetNames.map((n) => (n === from ? to : n));
    this.values.set(to, this.values.get(from) ?? []);
    this.formulas.set(to, this.formulas.get(from) ?? []);
    this.values.delete(from);
    this.formulas.delete(from);
  }

  /** A constant: value and formula alike, as Excel reports a typed value. */
  set(sheet: string, address: string, value: unknown) {
    this.setFormula(sheet, address, value, value);
  }

  setFormula(sheet: string, address: string, formula: unknown, value: unknown) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) throw new Error(address);
    set(this.values.get(sheet) as Cells, Number(m[2]), m[1] as string, value);
    set(this.formulas.get(sheet) as Cells, Number(m[2]), m[1] as string, formula);
  }

  /** A cell's number format (en-US code), as `range.numberFormat` reads it. */
  setNumberFormat(sheet: string, address: string, code: string) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) throw new Error(address);
    if (!this.numberFormats.has(sheet)) this.numberFormats.set(sheet, []);
    set(this.numberFormats.get(sheet) as Cells, Number(m[2]), m[1] as string, code);
  }

  lembarOf(kode: string): string {
    const ind = INDICATORS.find((i) => i.kode === kode);
    return BIDANG_LIST.find((b) => b.kode === ind?.bidang)?.lembar ?? "";
  }

  /** 1-based row of an indicator-year on its Bidang sheet. */
  rowOf(kode: string, tahun: number): number {
    const sheet = this.lembarOf(kode);
    const grid = this.values.get(sheet) ?? [];
    const r = grid.findIndex((row) => row[0] === kode && row[3] === tahun);
    if (r < 0) throw new Error(`${kode} ${tahun}`);
    return r + 1;
  }

  /** Address of an indicator-year's cell, e.g. ("K1", 2024, "pembilang") → "F7". */
  cell(kode: string, tahun: number, column: BidangColumn): string {
    return `${BIDANG.columns[column].col}${this.rowOf(kode, tahun)}`;
  }

  fill(kode: string, tahun: number, figures: Figures) {
    for (const [key, v] of Object.entries(figures))
      this.set(this.lembarOf(kode), this.cell(kode, tahun, key as BidangColumn), v);
  }

  /** As the Excel layer reads it: grids from A1, an empty cell "" (Excel never sends null). */
  snapshot(): WorkbookSnapshot {
    const grid = (cells: Cells | undefined): Grid =>
      (cells ?? []).map((row) => row.map((v) => (v ?? "") as CellValue));
    const fixed = (name: string): Grid | null => (this.values.has(name) ? grid(this.values.get(name)) : null);
    const bidang: Record<string, SheetGrids> = {};
    for (const name of this.sheetNames) {
      if (name === SHEET.pengaturan || name === SHEET.katalog || name === SHEET.anggaran) continue;
      const formats = this.numberFormats.get(name);
      bidang[name] = {
        values: grid(this.values.get(name)),
        formulas: grid(this.formulas.get(name)),
        ...(formats ? { numberFormats: grid(formats) } : {}),
      };
    }
    return {
      sheets: this.sheetNames.map((name) => ({ name })),
      meta: null,
      pengaturan: fixed(SHEET.pengaturan),
      katalog: fixed(SHEET.katalog),
      anggaran: fixed(SHEET.anggaran),
      bidang,
    };
  }
}

/*
 * Random IKU workbooks for the property tests (modelShell.ts runs an action on one).
 *
 * A workbook starts as the template (version 2) lays one out (Pengaturan with its eight
 * settings, Katalog IKU with Kondisi Awal and Sifat Target, a sheet per Bidang with Target
 * Renstra and Target PK, the template's formulas, a row per indicator per Renstra year)
 * from a random catalog and random settings, any of whose cells may hold anything Excel
 * can hand over (see `anyCell`), the targets sometimes in a date's number format; then
 * sheets are deleted or renamed and random cells overwritten. Most workbooks have galat,
 * enough have none for a report to be written.
 */
import fc from "fast-check";
import { anyCell } from "./anyCell";
import { columnIndex, type CellValue } from "../../src/core/workbook/a1";
import {
  capaianFormula,
  kriteriaFormula,
  predikatFormula,
  realisasiFormula,
} from "../../src/core/template/bidangFormulas";
import {
  BIDANG,
  KATALOG,
  META,
  PENGATURAN,
  SHEET,
  lakipSheetName,
} from "../../src/core/workbook/workbookLayout";

/**
 * A sheet: what its cells show, their formulas (the value where there is none) and their
 * number formats (en-US codes; none, or "", is Excel's "General").
 */
export interface ModelSheet {
  name: string;
  values: CellValue[][];
  formulas: CellValue[][];
  numberFormats: string[][];
}

export interface ModelWorkbook {
  readonly sheets: ModelSheet[];
}

/** `arbitrary` one time in `oneIn`, else null. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

/** Usually `valid`, sometimes anything. */
const mostly = <T extends CellValue>(valid: fc.Arbitrary<T>, validWeight = 9): fc.Arbitrary<CellValue> =>
  fc.oneof({ weight: validWeight, arbitrary: valid }, { weight: 1, arbitrary: anyCell });

const SHEET_NAMES = [
  "Satu",
  "Dua",
  "satu",
  "Linjamsos",
  "PM",
  "Pengaturan",
  "Katalog IKU",
  "a/b",
  "'kutip'",
  "x".repeat(32),
  "LAKIP 2024",
  "",
];

interface IndikatorRecipe {
  readonly kode: CellValue;
  readonly sasaran: CellValue;
  readonly nama: CellValue;
  readonly jenis: CellValue;
  readonly satuan: CellValue;
  readonly polaritas: CellValue;
  readonly pembilang: CellValue;
  readonly penyebut: CellValue;
  readonly sumberData: CellValue;
  readonly bidang: CellValue;
  readonly kondisiAwal: CellValue;
  readonly sifatTarget: CellValue;
}

const indikatorRecipe = (
  scale: number,
  i: number,
  sasaranCount: number,
  bidangCount: number,
): fc.Arbitrary<IndikatorRecipe> =>
  fc.constantFrom("jumlah", "persen", "rasio").chain((jenis) =>
    fc.record({
      kode: mostly(fc.constant(`K${i + 1}`), 15 * scale),
      sasaran: mostly(
        fc.constantFrom(...Array.from({ length: sasaranCount }, (_, s) => `S${s + 1}`)),
        9 * scale,
      ),
      nama: mostly(
        fc.constantFrom("Persentase PPKS terlayani", "Jumlah LKS", "<b>IKU</b>", "Rasio 1/2"),
        9 * scale,
      ),
      jenis: mostly(fc.constant(jenis), 9 * scale),
      satuan: mostly(fc.constantFrom("%", "lembaga", "orang"), 9 * scale),
      polaritas: mostly(fc.constantFrom("positif", "negatif", "", "NEGATIF"), 9 * scale),
      pembilang: mostly(fc.constant("Pembilang"), 9 * scale),
      penyebut: mostly(fc.constant(jenis === "jumlah" ? "" : "Penyebut"), 9 * scale),
      sumberData: mostly(fc.constant("Dinas"), 9 * scale),
      bidang: mostly(
        fc.constantFrom(...Array.from({ length: bidangCount }, (_, b) => `B${b + 1}`)),
        9 * scale,
      ),
      kondisiAwal: mostly(fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 150 })), 9 * scale),
      // Blank is the default; kumulatif is a galat on a persen or rasio indicator.
      sifatTarget: mostly(
        fc.constantFrom("", "", "akhir", jenis === "jumlah" ? "kumulatif" : "akhir", "kumulatif"),
        9 * scale,
      ),
    }),
  );

interface CatalogRecipe {
  readonly sasaran: readonly (readonly [CellValue, CellValue])[];
  readonly bidang: readonly (readonly [CellValue, CellValue, CellValue])[];
  readonly indikator: readonly IndikatorRecipe[];
}

const catalogRecipe = (scale: number): fc.Arbitrary<CatalogRecipe> =>
  fc
    .record({
      sasaranCount: fc.integer({ min: 1, max: 3 }),
      bidangCount: fc.integer({ min: 1, max: 3 }),
      indikatorCount: fc.integer({ min: 1, max: 6 }),
    })
    .chain(({ sasaranCount, bidangCount, indikatorCount }) =>
      fc.record({
        sasaran: fc.tuple(
          ...Array.from({ length: sasaranCount }, (_, s) =>
            fc.tuple(
              mostly(fc.constant(`S${s + 1}`), 20 * scale),
              mostly(fc.constant(`Sasaran ${s + 1}`), 20 * scale),
            ),
          ),
        ),
        bidang: fc.tuple(
          ...Array.from({ length: bidangCount }, (_, b) =>
            fc.tuple(
              mostly(fc.constant(`B${b + 1}`), 20 * scale),
              mostly(fc.constant(`Bidang ${b + 1}`), 20 * scale),
              fc.oneof(
                { weight: 12, arbitrary: fc.constant(`Bidang${b + 1}`) },
                { weight: 2, arbitrary: fc.constantFrom(...SHEET_NAMES) },
                { weight: 1, arbitrary: anyCell },
              ),
            ),
          ),
        ),
        indikator: fc.tuple(
          ...Array.from({ length: indikatorCount }, (_, i) =>
            indikatorRecipe(scale, i, sasaranCount, bidangCount),
          ),
        ),
      }),
    );

interface SettingsRecipe {
  readonly instansi: CellValue;
  readonly tahunAwal: CellValue;
  readonly tahunAkhir: CellValue;
  readonly tahunLaporan: CellValue;
  readonly rumusNegatif: CellValue;
  readonly batasCapaian: CellValue;
  readonly desimal: CellValue;
  readonly batasRataRata: CellValue;
  readonly kepalaNama: CellValue;
  readonly kepalaNip: CellValue;
  readonly kepalaJabatan: CellValue;
  readonly waliKota: CellValue;
  readonly tempat: CellValue;
  readonly skala: readonly (readonly [CellValue, CellValue])[];
}

const DEFAULT_SCALE: readonly (readonly [CellValue, CellValue])[] = [
  [90, "Sangat Tinggi"],
  [75, "Tinggi"],
  [65, "Sedang"],
  [50, "Rendah"],
  ["", "Sangat Rendah"],
];

const settingsRecipe = (scale: number): fc.Arbitrary<SettingsRecipe> =>
  fc
    .record({ awal: fc.integer({ min: 2018, max: 2026 }), years: fc.integer({ min: 1, max: 6 }) })
    .chain(({ awal, years }) =>
      fc.record({
        instansi: mostly(fc.constant("Dinas Uji"), 9 * scale),
        tahunAwal: mostly(fc.constant(awal), 20 * scale),
        tahunAkhir: mostly(fc.constant(awal + years - 1), 20 * scale),
        tahunLaporan: mostly(fc.integer({ min: awal, max: awal + years - 1 }), 20 * scale),
        rumusNegatif: mostly(fc.constantFrom("negatif", "negatif-t/r", "", " Negatif "), 9 * scale),
        batasCapaian: mostly(fc.constantFrom("", 100, 120, 150.5), 9 * scale),
        desimal: mostly(fc.constantFrom(2, 2, 0, 1, 3, 4), 9 * scale),
        batasRataRata: mostly(fc.constantFrom("", "", 100, 110.5), 9 * scale),
        kepalaNama: mostly(fc.constant("Dr. Uji, M.Si."), 9 * scale),
        kepalaNip: mostly(fc.constantFrom("197001011990031001", ""), 9 * scale),
        kepalaJabatan: mostly(fc.constant("Kepala Dinas Uji"), 9 * scale),
        waliKota: mostly(fc.constant("Wali Uji"), 9 * scale),
        tempat: mostly(fc.constant("Bontang"), 9 * scale),
        skala: fc.oneof(
          { weight: 12, arbitrary: fc.constant(DEFAULT_SCALE) },
          {
            weight: 1,
            arbitrary: fc.array(fc.tuple(anyCell, anyCell), { maxLength: PENGATURAN.skala.rows }),
          },
        ),
      }),
    );

const aTarget = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0.1, max: 150, noNaN: true }));

/**
 * A target cell's number format: usually none or a figure's, sometimes a date or a time
 * (a target typed as "1.5" in an Indonesian Excel becomes 1 May), rarely anything.
 */
const targetFormat: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom("", "General", "0.00", "#,##0") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "m/d/yyyy",
      "d-mmm-yy",
      "dd/mm/yyyy hh:mm",
      "[h]:mm:ss",
      "mmm-yy",
      "h:mm AM/PM",
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('"Rp"#,##0', "[Red]0.00", "0%", "@", '0" hari"', "\\d0", "[$-421]0.00"),
  },
);

/** What the figures of a row are: sensible numbers for its jenis, or anything. */
const figures = (scale: number) =>
  fc.record({
    targetRenstra: mostly(aTarget, 9 * scale),
    // Often blank: capaian is then measured against the Renstra target.
    targetPK: mostly(fc.oneof(fc.constant(""), aTarget), 9 * scale),
    targetRenstraFormat: targetFormat,
    targetPKFormat: targetFormat,
    pembilang: mostly(fc.integer({ min: 0, max: 100 }), 9 * scale),
    penyebut: mostly(fc.integer({ min: 100, max: 200 }), 9 * scale),
    realisasiTyped: sometimes(anyCell, 20),
    capaianTyped: sometimes(anyCell, 30),
    predikatTyped: sometimes(anyCell, 30),
    pendukung: mostly(fc.constantFrom("", "Dukungan anggaran"), 9 * scale),
    keterangan: mostly(fc.constant(""), 9 * scale),
  });

type RowFigures = ReturnType<typeof figures> extends fc.Arbitrary<infer T> ? T : never;

type Mutation =
  | { readonly kind: "delete"; readonly sheet: number }
  | { readonly kind: "rename"; readonly sheet: number; readonly to: string }
  | { readonly kind: "upper"; readonly sheet: number }
  /** Deletes a row, as staff do with a row they think is surplus. */
  | { readonly kind: "deleteRow"; readonly sheet: number; readonly row: number }
  | {
      readonly kind: "set";
      readonly sheet: number;
      readonly row: number;
      readonly col: number;
      readonly value: CellValue;
    };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), sheet: fc.nat(6) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("rename" as const),
      sheet: fc.nat(6),
      to: fc.constantFrom(...SHEET_NAMES, "Sheet1", "Bidang1 (2)"),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("upper" as const), sheet: fc.nat(6) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("deleteRow" as const), sheet: fc.nat(6), row: fc.nat(20) }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      sheet: fc.nat(6),
      row: fc.nat(30),
      col: fc.nat(17),
      value: anyCell,
    }),
  },
);

export interface WorkbookRecipe {
  readonly catalog: CatalogRecipe;
  readonly settings: SettingsRecipe;
  /** Figures row by row, reused in turn over the Bidang sheets' rows. */
  readonly figures: readonly RowFigures[];
  readonly extraRows: readonly (readonly CellValue[])[];
  readonly mutations: readonly Mutation[];
  /** An IKU_Meta and an earlier report sheet, sometimes, for "Buat Lembar LAKIP" to meet. */
  readonly meta: readonly (readonly CellValue[])[] | null;
  readonly previousReport: readonly (readonly CellValue[])[] | null;
  readonly otherSheet: boolean;
}

/**
 * A workbook: `scale` sets how rarely a cell the template lays out holds anything else
 * (1: often, so most workbooks have many galat; 30: seldom, so many have none).
 */
export const workbookRecipe: fc.Arbitrary<WorkbookRecipe> = fc.constantFrom(1, 4, 30).chain((scale) =>
  fc.record({
    catalog: catalogRecipe(scale),
    settings: settingsRecipe(scale),
    figures: fc.array(figures(scale), { minLength: 1, maxLength: 12 }),
    extraRows: fc.array(
      fc.oneof(
        fc.array(anyCell, { maxLength: 14 }),
        // A row that looks like one: a kode of this or another sheet (or none), a year in or
        // out of the period (or text), figures.
        fc.tuple(
          fc.constantFrom("K1", "k2", "K3", "K9", "", " K1 "),
          fc.constant(""),
          fc.constant(""),
          fc.oneof(fc.integer({ min: 2016, max: 2030 }), anyCell),
          anyCell,
          anyCell,
          anyCell,
        ),
      ),
      { maxLength: 3 },
    ),
    mutations: fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      { weight: 2, arbitrary: fc.array(mutation, { maxLength: 4 }) },
    ),
    meta: sometimes(
      fc.array(
        fc.tuple(
          fc.constantFrom(META.keys.templateVersion, META.keys.sheet, META.keys.fingerprint, "lain"),
          anyCell,
          anyCell,
        ),
        { maxLength: 4 },
      ),
      4,
    ),
    previousReport: sometimes(fc.array(fc.array(anyCell, { maxLength: 4 }), { maxLength: 4 }), 5),
    otherSheet: fc.boolean(),
  }),
);

function setCell(sheet: ModelSheet, row: number, col: number, value: CellValue, formula: CellValue = value) {
  for (const grid of [sheet.values, sheet.formulas, sheet.numberFormats]) {
    while (grid.length <= row) grid.push([]);
  }
  const put = (grid: CellValue[][], v: CellValue) => {
    const line = grid[row]!;
    while (line.length <= col) line.push("");
    line[col] = v;
  };
  put(sheet.values, value);
  put(sheet.formulas, formula);
}

function setFormat(sheet: ModelSheet, row: number, col: number, format: string) {
  while (sheet.numberFormats.length <= row) sheet.numberFormats.push([]);
  const line = sheet.numberFormats[row]!;
  while (line.length <= col) line.push("");
  line[col] = format;
}

const newSheet = (name: string): ModelSheet => ({ name, values: [], formulas: [], numberFormats: [] });

const yearsOf = (s: SettingsRecipe): number[] => {
  const awal = s.tahunAwal;
  const akhir = s.tahunAkhir;
  if (
    typeof awal !== "number" ||
    typeof akhir !== "number" ||
    !Number.isInteger(awal) ||
    !Number.isInteger(akhir)
  )
    return [2022, 2023, 2024];
  const span = Math.max(0, Math.min(akhir - awal, 9));
  return Array.from({ length: span + 1 }, (_, i) => awal + i);
};

/** The workbook a recipe describes. */
export function buildWorkbook(recipe: WorkbookRecipe): ModelWorkbook {
  const { catalog, settings } = recipe;
  const pengaturan = newSheet(SHEET.pengaturan);
  const value = columnIndex(PENGATURAN.valueCol);
  for (const key of Object.keys(PENGATURAN.settings) as (keyof typeof PENGATURAN.settings)[]) {
    setCell(pengaturan, PENGATURAN.settings[key].row - 1, value, settings[key]);
  }
  settings.skala.forEach(([threshold, label], i) => {
    setCell(
      pengaturan,
      PENGATURAN.skala.firstRow - 1 + i,
      columnIndex(PENGATURAN.skala.thresholdCol),
      threshold,
    );
    setCell(pengaturan, PENGATURAN.skala.firstRow - 1 + i, columnIndex(PENGATURAN.skala.labelCol), label);
  });

  const katalog = newSheet(SHEET.katalog);
  const header = KATALOG.headerRow - 1;
  for (const table of [KATALOG.indikator, KATALOG.sasaran, KATALOG.bidang])
    for (const c of Object.values(table)) setCell(katalog, header, columnIndex(c.col), c.header);
  const first = KATALOG.firstDataRow - 1;
  catalog.indikator.forEach((ind, i) => {
    const K = KATALOG.indikator;
    const at = (col: string, v: CellValue) => setCell(katalog, first + i, columnIndex(col), v);
    at(K.kode.col, ind.kode);
    at(K.sasaran.col, ind.sasaran);
    at(K.indikator.col, ind.nama);
    at(K.jenis.col, ind.jenis);
    at(K.satuan.col, ind.satuan);
    at(K.polaritas.col, ind.polaritas);
    at(K.pembilang.col, ind.pembilang);
    at(K.penyebut.col, ind.penyebut);
    at(K.sumberData.col, ind.sumberData);
    at(K.bidang.col, ind.bidang);
    at(K.kondisiAwal.col, ind.kondisiAwal);
    at(K.sifatTarget.col, ind.sifatTarget);
  });
  catalog.sasaran.forEach(([kode, nama], i) => {
    setCell(katalog, first + i, columnIndex(KATALOG.sasaran.kode.col), kode);
    setCell(katalog, first + i, columnIndex(KATALOG.sasaran.nama.col), nama);
  });
  catalog.bidang.forEach(([kode, nama, lembar], i) => {
    setCell(katalog, first + i, columnIndex(KATALOG.bidang.kode.col), kode);
    setCell(katalog, first + i, columnIndex(KATALOG.bidang.nama.col), nama);
    setCell(katalog, first + i, columnIndex(KATALOG.bidang.lembar.col), lembar);
  });

  const sheets: ModelSheet[] = [pengaturan, katalog];
  const C = BIDANG.columns;
  const col = (key: keyof typeof C) => columnIndex(C[key].col);
  let f = 0;
  for (const [kode, , lembar] of catalog.bidang) {
    if (typeof lembar !== "string" || lembar.trim() === "") continue;
    if (sheets.some((s) => s.name.toLowerCase() === lembar.trim().toLowerCase())) continue;
    const sheet = newSheet(lembar.trim());
    setCell(sheet, 0, 0, `IKU ${String(kode)}`);
    for (const key of Object.keys(C) as (keyof typeof C)[])
      setCell(sheet, BIDANG.headerRow - 1, col(key), C[key].header);
    let r = BIDANG.firstDataRow - 1;
    for (const ind of catalog.indikator.filter((i) => i.bidang === kode)) {
      for (const tahun of yearsOf(settings)) {
        const fig = recipe.figures[f++ % recipe.figures.length]!;
        setCell(sheet, r, col("kode"), ind.kode);
        setCell(sheet, r, col("indikator"), ind.nama);
        setCell(sheet, r, col("satuan"), ind.satuan);
        setCell(sheet, r, col("tahun"), tahun);
        setCell(sheet, r, col("targetRenstra"), fig.targetRenstra);
        setCell(sheet, r, col("targetPK"), fig.targetPK);
        setFormat(sheet, r, col("targetRenstra"), fig.targetRenstraFormat);
        setFormat(sheet, r, col("targetPK"), fig.targetPKFormat);
        setCell(sheet, r, col("pembilang"), fig.pembilang);
        if (ind.jenis !== "jumlah") setCell(sheet, r, col("penyebut"), fig.penyebut);
        // The template's formulas (their values are not what the actions read), or
        // something typed over them.
        const jenis = ind.jenis === "persen" || ind.jenis === "rasio" ? ind.jenis : "jumlah";
        const polaritas = ind.polaritas === "negatif" ? "negatif" : "positif";
        const formula = (typed: CellValue | null, template: string, key: keyof typeof C) =>
          setCell(sheet, r, col(key), typed ?? "", typed ?? template);
        formula(fig.realisasiTyped, realisasiFormula(jenis, r + 1), "realisasi");
        formula(fig.capaianTyped, capaianFormula(polaritas, r + 1), "capaian");
        formula(fig.predikatTyped, predikatFormula(r + 1), "predikat");
        formula(null, kriteriaFormula(polaritas, r + 1), "kriteria");
        setCell(sheet, r, col("pendukung"), fig.pendukung);
        setCell(sheet, r, col("keterangan"), fig.keterangan);
        r++;
      }
    }
    for (const extra of recipe.extraRows) {
      extra.forEach((v, c) => setCell(sheet, r, c, v));
      r++;
    }
    sheets.push(sheet);
  }
  if (recipe.meta) {
    const meta = newSheet(SHEET.meta);
    recipe.meta.forEach((row, r) => row.forEach((v, c) => setCell(meta, r, c, v)));
    sheets.push(meta);
  }
  if (recipe.previousReport && typeof settings.tahunLaporan === "number") {
    const report = newSheet(lakipSheetName(settings.tahunLaporan));
    if (!sheets.some((s) => s.name.toLowerCase() === report.name.toLowerCase())) {
      recipe.previousReport.forEach((row, r) => row.forEach((v, c) => setCell(report, r, c, v)));
      sheets.push(report);
    }
  }
  if (recipe.otherSheet) sheets.push(newSheet("Sheet1"));

  for (const m of recipe.mutations) {
    const sheet = sheets[m.sheet % sheets.length];
    if (!sheet) continue;
    if (m.kind === "delete" && sheets.length > 1) sheets.splice(sheets.indexOf(sheet), 1);
    if (
      m.kind === "rename" &&
      m.to !== "" &&
      !sheets.some((s) => s.name.toLowerCase() === m.to.toLowerCase())
    )
      sheet.name = m.to;
    if (m.kind === "upper") sheet.name = sheet.name.toUpperCase();
    if (m.kind === "set") setCell(sheet, m.row, m.col, m.value);
    if (m.kind === "deleteRow") {
      sheet.values.splice(m.row, 1);
      sheet.formulas.splice(m.row, 1);
      sheet.numberFormats.splice(m.row, 1);
    }
  }
  return { sheets };
}

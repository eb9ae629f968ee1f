import { parseCatalog } from "../../../src/core/catalog/parseCatalog";
import type { CatalogProblem, CatalogProblemCode } from "../../../src/core/catalog/CatalogProblem";
import { defaultCatalog } from "../../../src/core/catalog/defaultCatalog";
import type { ScaleProblem } from "../../../src/core/formulas/PredikatScale";
import type { FileProblem } from "../../../src/core/konsolidasi/FileProblem";
import {
  en,
  formatCatalogIssues,
  formatCatalogProblem,
  formatFileProblem,
  formatIssue,
  id,
  MESSAGES,
  wordOf,
  type Wording,
} from "../../../src/core/messages";
import type {
  IssueOf,
  ValidationIssue,
  ValidationIssueCode,
} from "../../../src/core/validation/ValidationIssue";

const at = { severity: "galat", sheet: "Rehsos", address: "F7" } as const;
const row = { kode: "IKU-02", tahun: 2024 };

/**
 * One issue of every code, typed so that a code added to the union without a sample here
 * fails to compile: the tests below then cover it in both languages.
 */
const EVERY_ISSUE: { readonly [C in ValidationIssueCode]: IssueOf<C> } = {
  sheetMissing: { ...at, code: "sheetMissing", address: "", params: { lembar: "Rehsos" } },
  sheetLayout: {
    ...at,
    code: "sheetLayout",
    params: {
      lembar: "Rehsos",
      kolom: "targetRenstra",
      diharapkan: "Target Renstra",
      ditemukan: "Target 2024",
    },
  },
  sheetRenamed: {
    ...at,
    code: "sheetRenamed",
    sheet: "Rehsos Lama",
    address: "",
    params: { lembar: "Rehsos", namaBidang: "Bidang Rehabilitasi Sosial", ditemukan: "Rehsos Lama" },
  },
  sheetNotOurs: {
    ...at,
    code: "sheetNotOurs",
    address: "",
    params: { lembar: "Rehsos", namaBidang: "Bidang Rehabilitasi Sosial" },
  },
  numberTooLarge: { ...at, code: "numberTooLarge", params: { ...row, kolom: "targetRenstra", nilai: 1e308 } },
  kodeMissing: { ...at, code: "kodeMissing", params: { baris: 7 } },
  kodeOtherSheet: { ...at, code: "kodeOtherSheet", params: { kode: "IKU-13", lembar: "PM", baris: 7 } },
  unknownKode: { ...at, code: "unknownKode", params: { kode: "IKU-99", baris: 7 } },
  yearInvalid: { ...at, code: "yearInvalid", params: { kode: "IKU-02", nilai: "dua ribu", baris: 7 } },
  yearOutsidePeriod: {
    ...at,
    code: "yearOutsidePeriod",
    params: { ...row, tahunAwal: 2022, tahunAkhir: 2026 },
  },
  duplicateRow: { ...at, code: "duplicateRow", params: { ...row, baris: 30, barisPertama: 7 } },
  indicatorMissing: {
    ...at,
    code: "indicatorMissing",
    address: "",
    params: { kode: "IKU-02", nama: "Persentase PPKS", lembar: "Rehsos" },
  },
  rowMissing: { ...at, code: "rowMissing", address: "", params: { ...row, lembar: "Rehsos" } },
  negative: { ...at, code: "negative", params: { ...row, kolom: "pembilang", nilai: -3 } },
  excelError: { ...at, code: "excelError", params: { ...row, kolom: "pembilang", nilai: "#DIV/0!" } },
  inputText: { ...at, code: "inputText", params: { ...row, kolom: "pembilang", nilai: "12,5", angka: true } },
  targetMissing: { ...at, code: "targetMissing", params: row },
  targetZero: { ...at, code: "targetZero", params: row },
  fractionInCount: { ...at, code: "fractionInCount", params: { ...row, kolom: "pembilang", nilai: 7.5 } },
  penyebutZero: { ...at, code: "penyebutZero", params: { ...row, pembilang: 45 } },
  zeroOverZero: { ...at, code: "zeroOverZero", params: row },
  pembilangOverPenyebut: {
    ...at,
    code: "pembilangOverPenyebut",
    params: { ...row, pembilang: 55, penyebut: 50, selPenyebut: "G7" },
  },
  realisasiOverwritten: {
    ...at,
    code: "realisasiOverwritten",
    params: { ...row, nilai: "95", dihitung: 90 },
  },
  capaianOverwritten: {
    ...at,
    code: "capaianOverwritten",
    address: "J7",
    params: { ...row, nilai: "100", dihitung: 93.75 },
  },
  predikatOverwritten: {
    ...at,
    code: "predikatOverwritten",
    address: "K7",
    params: { ...row, nilai: "Baik", dihitung: "Sangat Tinggi" },
  },
  targetAbove100: {
    ...at,
    code: "targetAbove100",
    address: "E7",
    params: { ...row, kolom: "targetRenstra", nilai: 120 },
  },
  targetFraction: {
    ...at,
    code: "targetFraction",
    severity: "peringatan",
    address: "F7",
    params: { ...row, kolom: "targetPK", nilai: 0.8, lain: 75 },
  },
  targetDate: {
    ...at,
    code: "targetDate",
    severity: "peringatan",
    address: "E7",
    params: { ...row, kolom: "targetRenstra", nilai: 45413, format: "d-mmm" },
  },
  tooLarge: { ...at, code: "tooLarge", address: "G7", params: { ...row, hasil: "capaian" } },
  triwulanInvalid: {
    ...at,
    code: "triwulanInvalid",
    sheet: "TW II",
    address: "F9",
    params: { ...row, triwulan: 2, kolom: "pembilang", masalah: "teks", nilai: "n/a" },
  },
  triwulanGap: {
    ...at,
    code: "triwulanGap",
    severity: "peringatan",
    sheet: "TW III",
    address: "F9",
    params: { ...row, triwulan: 3, kosong: 2 },
  },
  triwulanTurun: {
    ...at,
    code: "triwulanTurun",
    severity: "peringatan",
    sheet: "TW II",
    address: "F9",
    params: { ...row, triwulan: 2, sebelumnya: 1, nilaiSebelumnya: 80.5, nilai: 75 },
  },
  triwulanTargetMissing: {
    ...at,
    code: "triwulanTargetMissing",
    severity: "peringatan",
    sheet: "TW I",
    address: "E9",
    params: { ...row, triwulan: 1 },
  },
  tahunanBerbeda: {
    ...at,
    code: "tahunanBerbeda",
    severity: "peringatan",
    address: "G7",
    params: { ...row, kolom: "pembilang", tahunan: 120, dariTriwulan: 118.5, dari: [1, 2, 3, 4] },
  },
  instansiMissing: { ...at, code: "instansiMissing", sheet: "Pengaturan", address: "B3", params: {} },
  periodeInvalid: {
    ...at,
    code: "periodeInvalid",
    sheet: "Pengaturan",
    address: "B5",
    params: { masalah: "rentang", tahunAwal: 2026, tahunAkhir: 2022 },
  },
  periodeReversed: {
    ...at,
    code: "periodeReversed",
    sheet: "Pengaturan",
    address: "B4",
    params: { tahunAwal: 2027, tahunAkhir: 2022 },
  },
  tahunLaporanMissing: { ...at, code: "tahunLaporanMissing", sheet: "Pengaturan", address: "B6", params: {} },
  tahunLaporanText: {
    ...at,
    code: "tahunLaporanText",
    sheet: "Pengaturan",
    address: "B6",
    params: { nilai: "2025" },
  },
  tahunLaporanNotWhole: {
    ...at,
    code: "tahunLaporanNotWhole",
    sheet: "Pengaturan",
    address: "B6",
    params: { nilai: 2025.5 },
  },
  tahunLaporanInvalid: {
    ...at,
    code: "tahunLaporanInvalid",
    sheet: "Pengaturan",
    address: "B6",
    params: { nilai: "dua ribu dua lima" },
  },
  tahunLaporanOutsidePeriod: {
    ...at,
    code: "tahunLaporanOutsidePeriod",
    sheet: "Pengaturan",
    address: "B6",
    params: { tahun: 2031, tahunAwal: 2022, tahunAkhir: 2026 },
  },
  rumusNegatifInvalid: {
    ...at,
    code: "rumusNegatifInvalid",
    sheet: "Pengaturan",
    address: "B7",
    params: { nilai: "(T-R)/T" },
  },
  batasCapaianInvalid: {
    ...at,
    code: "batasCapaianInvalid",
    sheet: "Pengaturan",
    address: "B8",
    params: { nilai: "seratus" },
  },
  desimalInvalid: {
    ...at,
    code: "desimalInvalid",
    sheet: "Pengaturan",
    address: "B9",
    params: { nilai: "2,5", min: 0, max: 4 },
  },
  batasRataRataInvalid: {
    ...at,
    code: "batasRataRataInvalid",
    sheet: "Pengaturan",
    address: "B10",
    params: { nilai: "seratus" },
  },
  predikatScale: {
    ...at,
    code: "predikatScale",
    sheet: "Pengaturan",
    address: "A14",
    params: { masalah: { code: "notDescending", row: 3, threshold: 80, previous: 75 } },
  },
  nipInvalid: { ...at, code: "nipInvalid", sheet: "Pengaturan", address: "B12", params: { nilai: "1970" } },
  anggaranKodeInvalid: {
    ...at,
    code: "anggaranKodeInvalid",
    sheet: "Anggaran",
    params: { kode: "1.6.2", baris: 7 },
  },
  anggaranTahunInvalid: {
    ...at,
    code: "anggaranTahunInvalid",
    sheet: "Anggaran",
    params: { kode: "1.06.02", nilai: "dua ribu", baris: 7 },
  },
  anggaranKodeDuplicate: {
    ...at,
    code: "anggaranKodeDuplicate",
    sheet: "Anggaran",
    params: { kode: "1.06.02", tahun: 2024, baris: 9, barisPertama: 5 },
  },
  anggaranMoneyInvalid: {
    ...at,
    code: "anggaranMoneyInvalid",
    sheet: "Anggaran",
    params: { kode: "1.06.02.2.01", tahun: 2024, kolom: "pagu", masalah: "teks", nilai: "Rp 5 juta" },
  },
  anggaranPaguZero: {
    ...at,
    code: "anggaranPaguZero",
    sheet: "Anggaran",
    params: { kode: "1.06.02.2.01", tahun: 2024, realisasi: 1_500_000 },
  },
  anggaranRealisasiAbovePagu: {
    ...at,
    severity: "peringatan",
    code: "anggaranRealisasiAbovePagu",
    sheet: "Anggaran",
    params: { kode: "1.06.02.2.01", tahun: 2024, pagu: 200_000_000, realisasi: 210_000_000 },
  },
  anggaranTriwulanBerbeda: {
    ...at,
    severity: "peringatan",
    code: "anggaranTriwulanBerbeda",
    sheet: "Anggaran",
    address: "G7",
    params: { kode: "1.06.02.2.01", tahun: 2024, realisasi: 250_000_000, jumlahTriwulan: 240_000_000 },
  },
  anggaranIkuUnknown: {
    ...at,
    code: "anggaranIkuUnknown",
    sheet: "Anggaran",
    params: { kode: "1.06.02", iku: "IKU-99", baris: 5 },
  },
  ikuWithoutProgram: {
    ...at,
    severity: "peringatan",
    code: "ikuWithoutProgram",
    sheet: "Anggaran",
    address: "E4",
    params: { iku: "IKU-09", nama: "Persentase taman makam pahlawan yang dikelola", tahun: 2024 },
  },
  katalog: {
    ...at,
    code: "katalog",
    sheet: "Katalog IKU",
    address: "D7",
    params: {
      masalah: { code: "notOneOf", field: "indikator.jenis", options: ["jumlah", "persen"] },
      kolom: "jenis",
    },
  },
};

const EVERY_CATALOG_PROBLEM: { readonly [C in CatalogProblemCode]: Extract<CatalogProblem, { code: C }> } = {
  notACatalog: { code: "notACatalog" },
  notAList: { code: "notAList", list: "bidang" },
  listEmpty: { code: "listEmpty", list: "indikator" },
  notAnEntry: { code: "notAnEntry", list: "sasaran" },
  notText: { code: "notText", field: "indikator.satuan" },
  textEmpty: { code: "textEmpty", field: "indikator.nama" },
  textTooLong: { code: "textTooLong", field: "bidang.lembar", max: 31 },
  sheetNameChars: { code: "sheetNameChars" },
  sheetNameQuote: { code: "sheetNameQuote" },
  kodeFormat: { code: "kodeFormat", field: "indikator.kode" },
  notOneOf: { code: "notOneOf", field: "indikator.polaritas", options: ["positif", "negatif"] },
  penyebutRequired: { code: "penyebutRequired", jenis: "persen" },
  penyebutUnused: { code: "penyebutUnused" },
  notNumber: { code: "notNumber", field: "indikator.kondisiAwal" },
  numberNegative: { code: "numberNegative", field: "indikator.kondisiAwal" },
  kumulatifNotJumlah: { code: "kumulatifNotJumlah", jenis: "persen" },
  yearNotNumber: { code: "yearNotNumber", field: "periode.awal" },
  yearNotWhole: { code: "yearNotWhole", field: "periode.akhir" },
  yearOutOfRange: { code: "yearOutOfRange", field: "periode.awal", min: 2000, max: 2100 },
  periodReversed: { code: "periodReversed" },
  periodTooLong: { code: "periodTooLong", maxYears: 10 },
  duplicate: { code: "duplicate", field: "indikator.kode", value: "IKU-01" },
  unknownReference: { code: "unknownReference", field: "indikator.bidang", value: "XYZ" },
  reservedSheetName: { code: "reservedSheetName", value: "Pengaturan" },
  invalid: { code: "invalid" },
};

const EVERY_SCALE_PROBLEM: { readonly [C in ScaleProblem["code"]]: Extract<ScaleProblem, { code: C }> } = {
  empty: { code: "empty" },
  notTwoColumns: { code: "notTwoColumns", row: 1 },
  labelNotText: { code: "labelNotText", row: 2 },
  thresholdMissing: { code: "thresholdMissing", row: 1 },
  thresholdNotNumber: { code: "thresholdNotNumber", row: 4 },
  notDescending: { code: "notDescending", row: 3, threshold: 80, previous: 75 },
};

const EVERY_FILE_PROBLEM: { readonly [C in FileProblem["code"]]: Extract<FileProblem, { code: C }> } = {
  fileNotFound: { code: "fileNotFound" },
  notAWorkbook: { code: "notAWorkbook", detail: "Corrupted zip" },
};

/** A sentence that reads like one: no hole left by a missing parameter. */
function expectWorded(text: string): void {
  expect(text.length).toBeGreaterThan(10);
  expect(text).not.toMatch(/undefined|NaN|\[object|null/);
}

// A catalogue missing a code does not compile: this line proves the check is live.
// @ts-expect-error — `sheetLayout` and every other code but one have no sentence.
const partial: Wording<ValidationIssue> = { sheetMissing: () => "Lembar hilang" };
void partial;

describe("the message catalogues", () => {
  it("have a sentence for every issue code in Indonesian and in English, and no other", () => {
    const codes = Object.keys(EVERY_ISSUE).sort();
    expect(Object.keys(id.issue).sort()).toEqual(codes);
    expect(Object.keys(en.issue).sort()).toEqual(codes);
  });

  it.each(Object.values(EVERY_ISSUE).map((i) => [i.code, i] as const))(
    "word %s in both languages, differently, from its own parameters",
    (_code, issue) => {
      const [indonesian, english] = (["id", "en"] as const).map((l) => formatIssue(issue, l));
      expectWorded(indonesian ?? "");
      expectWorded(english ?? "");
      expect(english).not.toBe(indonesian);
      // The facts of the issue are in the sentence, whichever the language.
      // (Which column, which problem: said in words, not quoted.)
      const facts = Object.entries(issue.params as Record<string, unknown>)
        .filter(([key]) => !["kolom", "masalah", "setting", "angka"].includes(key))
        .map(([, value]) => value)
        .filter((v) => typeof v === "string" || typeof v === "number");
      // Rupiah may be shown with thousands separators, as Excel shows them in each language.
      const grouped = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
      for (const fact of facts)
        for (const [text, sep] of [
          [indonesian ?? "", "."],
          [english ?? "", ","],
        ] as const) {
          const forms = typeof fact === "number" ? [String(fact), grouped(fact, sep)] : [fact];
          expect([fact, forms.some((f) => text.includes(f))]).toEqual([fact, true]);
        }
    },
  );

  it("word every catalog problem and every scale problem in both languages", () => {
    for (const problem of Object.values(EVERY_CATALOG_PROBLEM)) {
      expectWorded(formatCatalogProblem(problem, "id"));
      expectWorded(formatCatalogProblem(problem, "en"));
      expect(formatCatalogProblem(problem, "en")).not.toBe(formatCatalogProblem(problem, "id"));
    }
    expect(Object.keys(id.catalogProblem).sort()).toEqual(Object.keys(EVERY_CATALOG_PROBLEM).sort());
    for (const problem of Object.values(EVERY_SCALE_PROBLEM)) {
      for (const m of Object.values(MESSAGES)) expectWorded(wordOf(m.scaleProblem, problem));
      expect(wordOf(en.scaleProblem, problem)).not.toBe(wordOf(id.scaleProblem, problem));
    }
  });

  it("word every problem of a file the consolidation cannot read, in both languages", () => {
    expect(Object.keys(id.fileProblem).sort()).toEqual(Object.keys(EVERY_FILE_PROBLEM).sort());
    for (const problem of Object.values(EVERY_FILE_PROBLEM)) {
      const [indonesian, english] = (["id", "en"] as const).map((l) => formatFileProblem(problem, l));
      expectWorded(indonesian ?? "");
      expectWorded(english ?? "");
      expect(english).not.toBe(indonesian);
    }
    // The reader's own reason is kept, for whoever has to look into the file.
    expect(formatFileProblem(EVERY_FILE_PROBLEM.notAWorkbook)).toContain("(Corrupted zip)");
  });

  it("speak Indonesian by default, the workbook's language", () => {
    expect(formatIssue(EVERY_ISSUE.inputText)).toBe(formatIssue(EVERY_ISSUE.inputText, "id"));
    expect(formatIssue(EVERY_ISSUE.inputText, "en")).toBe(
      'Pembilang (numerator) of IKU-02, 2024 holds the text "12,5" in F7, not a number. Type the number again as a number (no quote mark, no Text format); leave the cell empty if there is no data yet.',
    );
  });
});

describe("catalog problems from the schema", () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const broken = (edit: (c: Record<string, any>) => void): unknown => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const c = structuredClone(defaultCatalog) as unknown as Record<string, any>;
    edit(c);
    return c;
  };

  it.each([
    ["a catalog that is not one", null],
    ["lists that are not lists", broken((c) => (c["bidang"] = "x"))],
    ["an empty list", broken((c) => (c["sasaran"] = []))],
    ["an entry that is not one", broken((c) => void c["indikator"].push(42))],
    ["a number for a text", broken((c) => (c["indikator"][0].satuan = 5))],
    ["a sheet name too long", broken((c) => (c["bidang"][0].lembar = "L".repeat(40)))],
    ["a sheet name with a slash", broken((c) => (c["bidang"][0].lembar = "a/b"))],
    ["a kode with a space", broken((c) => (c["indikator"][0].kode = "IKU 01"))],
    ["a year as text", broken((c) => (c["periode"].awal = "2022"))],
    ["a fractional year", broken((c) => (c["periode"].awal = 2022.5))],
    ["a year out of range", broken((c) => (c["periode"].akhir = 3000))],
    ["a period too long", broken((c) => (c["periode"] = { awal: 2000, akhir: 2020 }))],
  ])("maps %s to a typed problem, worded without zod's English", (_what, input) => {
    const r = parseCatalog(input);
    expect(r.success).toBe(false);
    const issues = r.success ? [] : r.issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.problem.code).not.toBe("invalid");
    for (const locale of ["id", "en"] as const) {
      const text = formatCatalogIssues(issues, locale);
      expect(text).not.toMatch(/Invalid input|Too small|Too big|expected|received/);
    }
  });

  it("says where the problem is in each language", () => {
    const r = parseCatalog(broken((c) => (c["indikator"][2].jenis = "rata-rata")));
    expect(r.success ? "" : formatCatalogIssues(r.issues, "en")).toBe(
      'indikator no. 3 (IKU-03), jenis: Jenis (type) must be "jumlah", "persen" or "rasio"',
    );
    expect(r.success ? "" : formatCatalogIssues(r.issues, "id")).toBe(
      'indikator ke-3 (IKU-03), jenis: Jenis harus "jumlah", "persen" atau "rasio"',
    );
  });
});

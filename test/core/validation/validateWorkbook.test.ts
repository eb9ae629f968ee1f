import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import type { ValidationIssue } from "../../../src/core/validation/ValidationIssue";
import { formatIssue } from "../../../src/core/messages/formatIssue";
import { FixtureWorkbook } from "./fixtureWorkbook";

function issuesOf(wb: FixtureWorkbook, code?: string): ValidationIssue[] {
  const all = validateWorkbook(wb.snapshot()).issues;
  return code === undefined ? [...all] : all.filter((i) => i.code === code);
}

/** The single issue of a code, failing with the full list when there is not exactly one. */
function only(wb: FixtureWorkbook, code: string): ValidationIssue {
  const all = issuesOf(wb);
  const found = all.filter((i) => i.code === code);
  if (found.length !== 1) throw new Error(`expected one ${code}, got:\n${JSON.stringify(all, null, 1)}`);
  return found[0] as ValidationIssue;
}

describe("validateWorkbook on a clean workbook", () => {
  it("finds no issue in the fixture, whose 2024 figures of K4 are blank (not entered yet)", () => {
    const result = validateWorkbook(new FixtureWorkbook().snapshot());
    expect(result.issues).toEqual([]);
    expect(result.galat).toBe(0);
    expect(result.data?.indikator.map((i) => i.kode)).toEqual(["K1", "K2", "K3", "K4"]);
    expect(result.bidangSheets).toEqual(["Satu", "Dua"]);
  });

  it("recomputes realisasi, capaian and predikat from the raw inputs, not from the sheet's formula cells", () => {
    const wb = new FixtureWorkbook();
    // A stale formula result must not matter.
    wb.setFormula("Satu", wb.cell("K1", 2024, "realisasi"), '=IF(G7="","",IKU.PERSEN(G7,H7))', 12);
    const k1 = validateWorkbook(wb.snapshot()).data?.indikator[0]?.tahun.find((t) => t.tahun === 2024);
    expect(k1?.realisasi).toEqual({ status: "ada", value: 90 });
    expect(k1?.capaian).toEqual({ status: "ada", value: 112.5 });
    expect(k1?.predikat).toBe("Sangat Tinggi");
  });
});

describe("validateWorkbook: numeric inputs", () => {
  it.each([
    [
      "12,5",
      'Pembilang K1 tahun 2024 berisi teks "12,5" di G7, bukan angka. Ketik ulang angkanya sebagai angka',
    ],
    [
      "-",
      'Pembilang K1 tahun 2024 berisi teks "-" di G7, bukan angka. Isi dengan angka, atau kosongkan sel bila datanya belum ada',
    ],
    ["n/a", 'Pembilang K1 tahun 2024 berisi teks "n/a" di G7, bukan angka.'],
  ])("reports text %p typed in a numeric input as a galat at its cell", (text, message) => {
    const wb = new FixtureWorkbook();
    wb.fill("K1", 2024, { pembilang: text });
    const issue = only(wb, "inputText");
    expect(issue).toMatchObject({
      severity: "galat",
      sheet: "Satu",
      address: "G7",
      params: { kode: "K1", tahun: 2024, nilai: text },
    });
    expect(formatIssue(issue)).toContain(message);
  });

  it("reports text in another year's input as a peringatan, and that year as 'tidak valid'", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K1", 2023, { targetRenstra: "75%" });
    const result = validateWorkbook(wb.snapshot());
    const issue = result.issues.find((i) => i.code === "inputText");
    expect(issue).toMatchObject({ severity: "peringatan", sheet: "Satu", address: "E6" });
    expect(issue && formatIssue(issue)).toContain(
      'Target Renstra K1 tahun 2023 berisi teks "75%" di E6, bukan angka.',
    );
    expect(result.data?.indikator[0]?.tahun[1]?.capaian.status).toBe("tidakValid");
  });

  it("reports a negative number", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K3", 2024, { penyebut: -12 });
    const issue = only(wb, "negative");
    expect(issue).toMatchObject({ severity: "galat", sheet: "Dua", address: "H7" });
    expect(formatIssue(issue)).toBe(
      "Penyebut K3 tahun 2024 bernilai negatif (-12) di H7. Isi dengan angka 0 atau lebih.",
    );
  });

  it("reports an Excel error value in an input", () => {
    const wb = new FixtureWorkbook();
    wb.setFormula("Satu", wb.cell("K2", 2024, "pembilang"), "=1/0", "#DIV/0!");
    const issue = only(wb, "excelError");
    expect(issue).toMatchObject({ severity: "galat", sheet: "Satu", address: "G12" });
    expect(formatIssue(issue)).toBe(
      "Pembilang K2 tahun 2024 berisi galat Excel #DIV/0! di G12. Perbaiki rumusnya atau ketik angkanya langsung.",
    );
  });

  it("reports pembilang greater than penyebut for a persen indicator", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K1", 2024, { pembilang: 55, penyebut: 50 });
    const issue = only(wb, "pembilangOverPenyebut");
    expect(issue).toMatchObject({ severity: "galat", sheet: "Satu", address: "G7" });
    expect(formatIssue(issue)).toBe(
      "Pembilang K1 tahun 2024 (55) lebih besar dari penyebut (50): persentase melebihi 100%. Periksa pembilang di G7 dan penyebut di H7.",
    );
  });

  it("allows pembilang greater than penyebut for a rasio (an average may exceed 1)", () => {
    expect(issuesOf(new FixtureWorkbook(), "pembilangOverPenyebut")).toEqual([]);
  });

  it("reports penyebut 0 with pembilang above 0", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K1", 2024, { penyebut: 0 });
    const issue = only(wb, "penyebutZero");
    expect(issue).toMatchObject({ severity: "galat", sheet: "Satu", address: "H7" });
    expect(formatIssue(issue)).toBe(
      "Penyebut K1 tahun 2024 bernilai 0 sedangkan pembilang 45: realisasi tidak dapat dihitung. Isi penyebut di H7 dengan jumlah keseluruhan yang benar.",
    );
  });

  it("reports 0/0 as a peringatan, realisasi not computable", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K1", 2024, { pembilang: 0, penyebut: 0 });
    const result = validateWorkbook(wb.snapshot());
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "zeroOverZero", severity: "peringatan", address: "H7" }),
    ]);
    expect(result.data?.indikator[0]?.tahun[2]?.realisasi.status).toBe("tidakDapatDihitung");
  });

  it("reports a fraction in a count as a peringatan and keeps the figure", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K2", 2024, { pembilang: 7.5 });
    const result = validateWorkbook(wb.snapshot());
    const issue = result.issues.find((i) => i.code === "fractionInCount");
    expect(issue).toMatchObject({ severity: "peringatan", sheet: "Satu", address: "G12" });
    expect(issue && formatIssue(issue)).toBe(
      "Pembilang K2 tahun 2024 berisi pecahan (7.5) di G12, padahal yang dihitung adalah jumlah. Periksa angkanya; laporan memakai angka seperti yang diketik.",
    );
    expect(result.galat).toBe(0);
    expect(result.data?.indikator[1]?.tahun[2]?.realisasi).toEqual({ status: "ada", value: 7.5 });
  });

  it("treats blank inputs as not entered yet: no issue, 'kosong' figures", () => {
    const result = validateWorkbook(new FixtureWorkbook().snapshot());
    const k4 = result.data?.indikator[3]?.tahun[2];
    expect(k4?.realisasi.status).toBe("kosong");
    expect(k4?.capaian.status).toBe("kosong");
    expect(k4?.predikat).toBeNull();
  });

  it("treats a cell of spaces as blank", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K1", 2024, { pembilang: "   ", penyebut: "" });
    expect(issuesOf(wb)).toEqual([]);
  });
});

describe("validateWorkbook: targets", () => {
  it("reports a missing target for the tahun laporan as a galat", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K2", 2024, { targetRenstra: "" });
    const issue = only(wb, "targetMissing");
    expect(issue).toMatchObject({ severity: "galat", sheet: "Satu", address: "E12" });
    expect(formatIssue(issue)).toBe(
      "Target K2 tahun 2024 belum diisi di E12. Isi target sesuai Renstra/Perjanjian Kinerja; tanpa target, capaian tahun laporan tidak dapat dihitung.",
    );
  });

  it("reports a missing target for another year as a peringatan", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K3", 2026, { targetRenstra: null });
    const issue = only(wb, "targetMissing");
    expect(issue).toMatchObject({ severity: "peringatan", sheet: "Dua", address: "E9" });
    expect(formatIssue(issue)).toBe(
      "Target K3 tahun 2026 belum diisi di E9. Isi target sesuai Renstra/Perjanjian Kinerja.",
    );
  });

  it("reports target 0: capaian not computable", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K1", 2024, { targetRenstra: 0 });
    const result = validateWorkbook(wb.snapshot());
    const issue = result.issues.find((i) => i.code === "targetZero");
    expect(issue).toMatchObject({ severity: "peringatan", sheet: "Satu", address: "E7" });
    expect(issue && formatIssue(issue)).toBe(
      'Target K1 tahun 2024 bernilai 0 di E7: capaian tidak dapat dihitung. Periksa targetnya; bila memang 0, laporan menulis "tidak dapat dihitung".',
    );
    expect(result.data?.indikator[0]?.tahun[2]?.capaian.status).toBe("tidakDapatDihitung");
  });
});

describe("validateWorkbook: rows and sheets", () => {
  it("reports a Realisasi typed over the formula that disagrees with pembilang/penyebut; the data keeps the recomputed value", () => {
    const wb = new FixtureWorkbook();
    wb.set("Satu", wb.cell("K1", 2024, "realisasi"), 95);
    const result = validateWorkbook(wb.snapshot());
    const issue = result.issues.find((i) => i.code === "realisasiOverwritten");
    expect(issue).toMatchObject({ severity: "peringatan", sheet: "Satu", address: "I7" });
    expect(issue && formatIssue(issue)).toBe(
      "Realisasi K1 tahun 2024 di I7 diketik manual (95) dan tidak sama dengan hasil pembilang/penyebut (90). Laporan memakai hasil hitungan; hapus isian manual dan jalankan Siapkan Template IKU untuk memulihkan rumusnya.",
    );
    expect(result.data?.indikator[0]?.tahun[2]?.realisasi).toEqual({ status: "ada", value: 90 });
  });

  it("accepts a Realisasi typed over the formula that agrees with the inputs", () => {
    const wb = new FixtureWorkbook();
    wb.set("Satu", wb.cell("K1", 2024, "realisasi"), 90);
    expect(issuesOf(wb)).toEqual([]);
  });

  it("reports a duplicate indicator-year row, naming the row the report uses", () => {
    const wb = new FixtureWorkbook();
    ["K1", "x", "%", 2024, 1, 1, 2].forEach((v, i) => wb.set("Satu", `${"ABCDEFG"[i]}15`, v));
    const issue = only(wb, "duplicateRow");
    expect(issue).toMatchObject({ severity: "galat", sheet: "Satu", address: "A15" });
    expect(formatIssue(issue)).toBe(
      "Baris K1 tahun 2024 ganda: baris 15 mengulang baris 7. Hapus salah satu; sampai diperbaiki, laporan memakai baris 7.",
    );
  });

  it("reports a catalog indicator missing from its Bidang sheet", () => {
    const wb = new FixtureWorkbook();
    for (let r = 10; r <= 14; r++) wb.set("Dua", `A${r}`, "");
    const issue = only(wb, "indicatorMissing");
    expect(issue).toMatchObject({ severity: "galat", sheet: "Dua", address: "" });
    expect(formatIssue(issue)).toBe(
      'Indikator K4 (<img src=x onerror=alert(1)>) tidak ada di lembar "Dua". Jalankan Siapkan Template IKU untuk menambahkan barisnya, atau perbaiki kodenya di kolom Kode.',
    );
  });

  it("reports a missing year row: galat for the tahun laporan", () => {
    const wb = new FixtureWorkbook();
    wb.set("Satu", "D7", 2019);
    const all = issuesOf(wb);
    expect(all.find((i) => i.code === "rowMissing")).toMatchObject({
      severity: "galat",
      sheet: "Satu",
      address: "",
      params: { kode: "K1", tahun: 2024 },
    });
    expect(all.find((i) => i.code === "yearOutsidePeriod")).toMatchObject({
      severity: "peringatan",
      address: "D7",
    });
  });

  it("reports an unknown kode and ignores its row", () => {
    const wb = new FixtureWorkbook();
    wb.set("Satu", "A15", "K9");
    wb.set("Satu", "D15", 2024);
    const issue = only(wb, "unknownKode");
    expect(issue).toMatchObject({ severity: "peringatan", sheet: "Satu", address: "A15" });
    expect(formatIssue(issue)).toBe(
      'Kode "K9" tidak ada di Katalog IKU; baris 15 diabaikan. Perbaiki kodenya atau tambahkan indikatornya di lembar Katalog IKU.',
    );
  });

  it("reports a kode that belongs to another Bidang sheet", () => {
    const wb = new FixtureWorkbook();
    wb.set("Satu", "A15", "K3");
    wb.set("Satu", "D15", 2024);
    const issue = only(wb, "kodeOtherSheet");
    expect(issue).toMatchObject({ severity: "peringatan", sheet: "Satu", address: "A15" });
    expect(formatIssue(issue)).toContain('Indikator K3 milik lembar "Dua", bukan lembar ini');
  });

  it("reports a year outside the Renstra period", () => {
    const wb = new FixtureWorkbook();
    ["K2", "x", "lembaga", 2027, 13].forEach((v, i) => wb.set("Satu", `${"ABCDE"[i]}15`, v));
    const issue = only(wb, "yearOutsidePeriod");
    expect(issue).toMatchObject({ severity: "peringatan", sheet: "Satu", address: "D15" });
    expect(formatIssue(issue)).toBe(
      "Tahun 2027 (K2) di luar periode Renstra 2022–2026; baris ini diabaikan. Perbaiki tahunnya, atau periode Renstra di lembar Pengaturan.",
    );
  });

  it("reports a missing Bidang sheet and says to run Siapkan Template IKU", () => {
    const wb = new FixtureWorkbook();
    wb.removeSheet("Dua");
    const result = validateWorkbook(wb.snapshot());
    expect(result.issues).toEqual([
      {
        code: "sheetMissing",
        severity: "galat",
        sheet: "Dua",
        address: "",
        params: { lembar: "Dua", bidang: "B2", namaBidang: "Bidang Dua" },
      },
    ]);
    expect(result.issues.map((i) => formatIssue(i))).toEqual([
      'Lembar bidang "Dua" (Bidang Dua) tidak ditemukan; mungkin terhapus atau berganti nama. Kembalikan namanya menjadi "Dua", atau jalankan Siapkan Template IKU untuk membuatnya kembali.',
    ]);
  });

  it("reports a renamed Bidang sheet the same way", () => {
    const wb = new FixtureWorkbook();
    wb.renameSheet("Satu", "Satu (2)");
    expect(only(wb, "sheetMissing")).toMatchObject({ sheet: "Satu", address: "" });
  });

  it("finds a Bidang sheet whatever its case, as Excel does", () => {
    const wb = new FixtureWorkbook();
    wb.renameSheet("Satu", "SATU");
    expect(issuesOf(wb)).toEqual([]);
  });

  it("reports a Bidang sheet whose columns moved", () => {
    const wb = new FixtureWorkbook();
    wb.set("Dua", "E4", "Target 2024");
    const issue = only(wb, "sheetLayout");
    expect(issue).toMatchObject({ severity: "galat", sheet: "Dua", address: "E4" });
    expect(formatIssue(issue)).toContain("jalankan Siapkan Template IKU");
  });
});

describe("validateWorkbook: Pengaturan and Katalog", () => {
  it("reports no tahun laporan", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B6", "");
    const result = validateWorkbook(wb.snapshot());
    const issue = result.issues.find((i) => i.code === "tahunLaporanMissing");
    expect(issue).toEqual({
      code: "tahunLaporanMissing",
      severity: "galat",
      sheet: "Pengaturan",
      address: "B6",
      params: {},
    });
    expect(issue && formatIssue(issue)).toBe(
      "Tahun laporan belum diisi. Isi tahun laporan (misalnya 2024) di Pengaturan!B6.",
    );
    expect(result.data).toBeNull();
  });

  it("reports a tahun laporan outside the Renstra period", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B6", 2030);
    const issue = only(wb, "tahunLaporanOutsidePeriod");
    expect(issue).toMatchObject({ severity: "galat", sheet: "Pengaturan", address: "B6" });
    expect(formatIssue(issue)).toBe(
      "Tahun laporan 2030 di luar periode Renstra 2022–2026. Perbaiki tahun laporan atau periode Renstra di Pengaturan.",
    );
  });

  it("reports a predikat scale whose thresholds do not descend, at the offending row", () => {
    const wb = new FixtureWorkbook();
    // Version 2 moved the scale table to rows 14–23: its third band is on row 16.
    wb.set("Pengaturan", "A16", 80);
    const issue = only(wb, "predikatScale");
    expect(issue).toMatchObject({ severity: "galat", sheet: "Pengaturan", address: "A16" });
    expect(formatIssue(issue)).toBe(
      "Skala predikat baris 3: batas harus menurun (80 tidak di bawah 75). Perbaiki skala predikat di Pengaturan: batas bawah harus menurun dari atas ke bawah dan setiap baris berpredikat.",
    );
  });

  it("reports a cap that is not a positive number", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B8", "seratus");
    expect(only(wb, "batasCapaianInvalid")).toMatchObject({
      severity: "galat",
      sheet: "Pengaturan",
      address: "B8",
    });
  });

  it("reports an unknown negative-polarity formula", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B7", "(T-R)/T");
    expect(formatIssue(only(wb, "rumusNegatifInvalid"))).toBe(
      'Rumus capaian polaritas negatif "(T-R)/T" tidak dikenal. Pilih "negatif" atau "negatif-t/r" di Pengaturan!B7.',
    );
  });

  it("reports an empty instansi as a peringatan", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B3", "");
    expect(only(wb, "instansiMissing")).toMatchObject({ severity: "peringatan", address: "B3" });
  });

  it("reports a broken catalog entry at its Katalog IKU cell and withholds the data", () => {
    const wb = new FixtureWorkbook();
    wb.set("Katalog IKU", "D6", "persentase");
    const result = validateWorkbook(wb.snapshot());
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "katalog",
        severity: "galat",
        sheet: "Katalog IKU",
        address: "D6",
      }),
    ]);
    expect(result.issues.map((i) => formatIssue(i))).toEqual([
      expect.stringContaining('Jenis harus "jumlah", "persen" atau "rasio"'),
    ]);
    expect(result.data).toBeNull();
  });

  it("reports a missing Katalog IKU sheet", () => {
    const wb = new FixtureWorkbook();
    wb.removeSheet("Katalog IKU");
    expect(only(wb, "sheetMissing")).toMatchObject({ sheet: "Katalog IKU", address: "", severity: "galat" });
  });

  it("lists issues sheet by sheet in tab order, top to bottom", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K3", 2024, { targetRenstra: "x" });
    wb.fill("K1", 2024, { penyebut: "y" });
    wb.fill("K1", 2023, { pembilang: "z" });
    wb.set("Pengaturan", "B3", "");
    expect(issuesOf(wb).map((i) => `${i.sheet}!${i.address}`)).toEqual([
      "Pengaturan!B3",
      "Satu!G6",
      "Satu!H7",
      "Dua!E7",
    ]);
  });
});

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
    expect(result.data?.indikator.map((i) => i.kode)).toEqual(["K1", "K2", "K3", "K4", "K5"]);
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
    // At the Kode column's header: where the indicator's rows would be.
    expect(issue).toMatchObject({ severity: "galat", sheet: "Dua", address: "A4" });
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
      // The Tahun of K1's row nearest 2024: 2023 and 2025 are as near, the earlier wins.
      address: "D6",
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

  it("reports a missing Bidang sheet at the Katalog IKU cell naming it, and says to run Siapkan Template IKU", () => {
    const wb = new FixtureWorkbook();
    wb.removeSheet("Dua");
    const result = validateWorkbook(wb.snapshot());
    expect(result.issues).toEqual([
      {
        code: "sheetMissing",
        severity: "galat",
        // Bidang B2 is the second row of Katalog IKU's Bidang table; S is its Lembar (Q in
        // version 1: version 2's Kondisi Awal and Sifat Target moved the table two columns).
        sheet: "Katalog IKU",
        address: "U6",
        params: { lembar: "Dua", bidang: "B2", namaBidang: "Bidang Dua" },
      },
    ]);
    expect(result.issues.map((i) => formatIssue(i))).toEqual([
      'Lembar bidang "Dua" (Bidang Dua) tidak ditemukan; mungkin terhapus atau berganti nama. Kembalikan namanya menjadi "Dua", tulis nama barunya di Katalog IKU!U6, atau jalankan Siapkan Template IKU untuk membuatnya kembali.',
    ]);
    expect(formatIssue(result.issues[0]!, "en")).toBe(
      'Bidang sheet "Dua" (Bidang Dua) was not found; it may have been deleted or renamed. Rename it back to "Dua", enter its new name in Katalog IKU!U6, or run Set up IKU template to create it again.',
    );
  });

  it("reports a renamed Bidang sheet the same way", () => {
    const wb = new FixtureWorkbook();
    wb.renameSheet("Satu", "Satu (2)");
    expect(only(wb, "sheetMissing")).toMatchObject({
      sheet: "Katalog IKU",
      address: "U5", // the Lembar column, U since version 4
      params: { lembar: "Satu" },
    });
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
    // Version 4 moved the scale table to rows 19–28: its third band is on row 21.
    wb.set("Pengaturan", "A21", 80);
    const issue = only(wb, "predikatScale");
    expect(issue).toMatchObject({ severity: "galat", sheet: "Pengaturan", address: "A21" });
    expect(formatIssue(issue)).toBe(
      "Skala predikat baris 3: batas harus menurun (80 tidak di bawah 75). Perbaiki skala predikat di Pengaturan: batas bawah harus menurun dari atas ke bawah dan setiap baris berpredikat.",
    );
  });

  it("warns of a head-of-agency NIP that is not 18 digits, and accepts one typed with spaces", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B12", "1970 0101");
    expect(only(wb, "nipInvalid")).toMatchObject({
      severity: "peringatan",
      sheet: "Pengaturan",
      address: "B12",
      params: { nilai: "1970 0101" },
    });
    wb.set("Pengaturan", "B12", "19700101 199003 1 001");
    expect(issuesOf(wb).filter((i) => i.code === "nipInvalid")).toEqual([]);
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

describe("validateWorkbook: Target Renstra and Target PK", () => {
  const year = (wb: FixtureWorkbook, kode: string, tahun: number) => {
    const data = validateWorkbook(wb.snapshot()).data;
    return data?.indikator.find((i) => i.kode === kode)?.tahun.find((t) => t.tahun === tahun);
  };

  it("measures capaian against the PK target, and against the Renstra target while the PK's is blank", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K2", 2024, { targetPK: 8 });
    // K2 2024: realisasi 7; PK 8 → 7/8 × 100 = 87.5 (Tinggi); the Renstra's 10 is kept beside it.
    expect(year(wb, "K2", 2024)).toMatchObject({
      targetRenstra: { status: "ada", value: 10 },
      targetPK: { status: "ada", value: 8 },
      target: { status: "ada", value: 8 },
      targetDariRenstra: false,
      capaian: { status: "ada", value: 87.5 },
      predikat: "Tinggi",
    });
    // K1 2024 has no PK target: the Renstra's 80 is used, and the data says so.
    expect(year(wb, "K1", 2024)).toMatchObject({
      target: { status: "ada", value: 80 },
      targetDariRenstra: true,
    });
    expect(issuesOf(wb)).toEqual([]);
  });

  it("reports a missing target only when both are blank, at the Target Renstra cell", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K2", 2024, { targetRenstra: "", targetPK: 10 });
    expect(issuesOf(wb, "targetMissing")).toEqual([]);
    wb.fill("K2", 2024, { targetPK: "" });
    expect(only(wb, "targetMissing")).toMatchObject({ severity: "galat", address: "E12" });
  });

  it("reports a percent target above 100 as a galat, whichever the year and column", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K1", 2024, { targetPK: 120 });
    wb.fill("K1", 2026, { targetRenstra: 105 });
    const found = issuesOf(wb, "targetAbove100");
    expect(found.map((i) => [i.severity, i.address, i.params])).toEqual([
      ["galat", "F7", { kode: "K1", tahun: 2024, kolom: "targetPK", nilai: 120 }],
      ["galat", "E9", { kode: "K1", tahun: 2026, kolom: "targetRenstra", nilai: 105 }],
    ]);
    expect(formatIssue(found[0] as ValidationIssue)).toBe(
      "Target PK K1 tahun 2024 bernilai 120 di F7, padahal indikator ini persentase: target tidak dapat melebihi 100. Perbaiki targetnya sesuai Perjanjian Kinerja.",
    );
    // A count may well exceed 100.
    const count = new FixtureWorkbook();
    count.fill("K2", 2024, { targetRenstra: 150, pembilang: 140 });
    expect(issuesOf(count, "targetAbove100")).toEqual([]);
  });

  it("warns of a percent target under 1 among targets above 1: 0,8 means 0,8 %, not 80 %", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K1", 2025, { targetRenstra: 0.8 });
    const issue = only(wb, "targetFraction");
    expect(issue).toMatchObject({
      severity: "peringatan",
      address: "E8",
      params: { kode: "K1", tahun: 2025, kolom: "targetRenstra", nilai: 0.8, lain: 70 },
    });
    expect(formatIssue(issue)).toContain("0,8 berarti 0,8 %, bukan 80 %");
    // Every target a fraction: an agency's own convention, not a slip.
    const all = new FixtureWorkbook();
    const fractions: [number, number][] = [
      [2022, 0.7],
      [2023, 0.75],
      [2024, 0.8],
      [2025, 0.85],
      [2026, 0.9],
    ];
    for (const [t, v] of fractions) all.fill("K1", t, { targetRenstra: v });
    expect(issuesOf(all, "targetFraction")).toEqual([]);
  });

  it("warns of a target formatted as a date, by its number format, and keeps its number", () => {
    const wb = new FixtureWorkbook();
    // "1.5" typed in an Indonesian Excel becomes 1 May: the value is the date's serial number.
    wb.fill("K2", 2025, { targetRenstra: 45778 });
    wb.setNumberFormat("Satu", "E13", "d-mmm");
    wb.setNumberFormat("Satu", "E12", "#,##0");
    const issue = only(wb, "targetDate");
    expect(issue).toMatchObject({
      severity: "peringatan",
      address: "E13",
      params: { kode: "K2", tahun: 2025, kolom: "targetRenstra", nilai: 45778, format: "d-mmm" },
    });
    expect(formatIssue(issue, "en")).toContain("has a date or time format (d-mmm)");
    expect(year(wb, "K2", 2025)?.targetRenstra).toEqual({ status: "ada", value: 45778 });
  });
});

describe("validateWorkbook: formulas typed over, figures too large", () => {
  it("reports a Capaian typed over its formula unless it agrees with the computed one", () => {
    const wb = new FixtureWorkbook();
    wb.set("Satu", wb.cell("K1", 2024, "capaian"), 100);
    const issue = only(wb, "capaianOverwritten");
    expect(issue).toMatchObject({
      severity: "peringatan",
      address: "J7",
      params: { kode: "K1", tahun: 2024, nilai: "100", dihitung: 112.5 },
    });
    const agrees = new FixtureWorkbook();
    agrees.set("Satu", agrees.cell("K1", 2024, "capaian"), 112.5);
    expect(issuesOf(agrees)).toEqual([]);
  });

  it("reports a Predikat typed over its formula unless it is the computed band", () => {
    const wb = new FixtureWorkbook();
    wb.set("Satu", wb.cell("K1", 2024, "predikat"), "Baik");
    expect(only(wb, "predikatOverwritten")).toMatchObject({
      severity: "peringatan",
      address: "K7",
      params: { kode: "K1", tahun: 2024, nilai: "Baik", dihitung: "Sangat Tinggi" },
    });
    const agrees = new FixtureWorkbook();
    agrees.set("Satu", agrees.cell("K1", 2024, "predikat"), "Sangat Tinggi");
    expect(issuesOf(agrees)).toEqual([]);
  });

  it("reports a realisasi or capaian too large to be a number as a galat, and never hands the report NaN", () => {
    const wb = new FixtureWorkbook();
    // Every figure below 10^15 (larger is an input galat of its own, numberTooLarge), yet:
    // K3 2024, a rasio: 1e14 / 1e-300 overflows. K2 2024, a count of 1e14 against a target of 1e-300 overflows too.
    wb.fill("K3", 2024, { pembilang: 1e14, penyebut: 1e-300 });
    wb.fill("K2", 2024, { targetRenstra: 1e-300, pembilang: 1e14 });
    const result = validateWorkbook(wb.snapshot());
    const tooLarge = result.issues.filter((i) => i.code === "tooLarge");
    expect(tooLarge.map((i) => [i.severity, i.sheet, i.address, i.params])).toEqual([
      ["galat", "Satu", "G12", { kode: "K2", tahun: 2024, hasil: "capaian" }],
      ["galat", "Dua", "G7", { kode: "K3", tahun: 2024, hasil: "realisasi" }],
    ]);
    // The figures the report would get are "tidak dapat dihitung", not NaN or Infinity.
    const year = (i: number) => result.data?.indikator[i]?.tahun[2];
    expect([year(1)?.capaian.status, year(2)?.realisasi.status, year(2)?.capaian.status]).toEqual([
      "tidakDapatDihitung",
      "tidakDapatDihitung",
      "tidakDapatDihitung",
    ]);
    expect([year(1)?.predikat, year(1)?.kriteria]).toEqual([null, null]);
  });
});

describe("validateWorkbook: the catalog's Kondisi Awal and Sifat Target", () => {
  it("reads them into the data, the default sifat target filled in", () => {
    const wb = new FixtureWorkbook();
    wb.set("Katalog IKU", "K6", 8);
    wb.set("Katalog IKU", "L6", "Kumulatif");
    const data = validateWorkbook(wb.snapshot()).data;
    expect(data?.indikator.map((i) => [i.kode, i.kondisiAwal, i.sifatTarget])).toEqual([
      ["K1", null, "akhir"],
      ["K2", 8, "kumulatif"],
      ["K3", null, "akhir"],
      ["K4", null, "akhir"],
      ["K5", 20000, "kumulatif"],
    ]);
  });

  it("reports kumulatif on a persen indicator, and a kondisi awal that is not a number, at their cells", () => {
    const wb = new FixtureWorkbook();
    wb.set("Katalog IKU", "L5", "kumulatif");
    wb.set("Katalog IKU", "K7", "tiga");
    const result = validateWorkbook(wb.snapshot());
    expect(result.issues.map((i) => [i.code, i.severity, i.address, i.params])).toEqual([
      [
        "katalog",
        "galat",
        "L5",
        { masalah: { code: "kumulatifNotJumlah", jenis: "persen" }, kolom: "sifatTarget" },
      ],
      [
        "katalog",
        "galat",
        "K7",
        { masalah: { code: "notNumber", field: "indikator.kondisiAwal" }, kolom: "kondisiAwal" },
      ],
    ]);
    expect(formatIssue(result.issues[0] as ValidationIssue)).toContain(
      "Sifat target kumulatif hanya untuk indikator jumlah",
    );
    expect(result.data).toBeNull();
  });
});

describe("validateWorkbook: the new Pengaturan settings", () => {
  it.each([
    ["", "belum diisi"],
    [2.5, '"2.5" tidak sah'],
    [5, '"5" tidak sah'],
    ["dua", '"dua" tidak sah'],
  ])("reports the decimals %p as a galat: the sheets round with it as it is", (value, words) => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B9", value);
    const issue = only(wb, "desimalInvalid");
    expect(issue).toMatchObject({ severity: "galat", address: "B9" });
    expect(formatIssue(issue)).toContain(`Jumlah desimal capaian ${words}`);
  });

  it("reads the decimals and the cap on the mean into the data", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B9", 3);
    wb.set("Pengaturan", "B10", 100);
    expect(validateWorkbook(wb.snapshot()).data?.settings).toMatchObject({ desimal: 3, batasRataRata: 100 });
  });

  it("reports a cap on the mean that is not a positive number", () => {
    const wb = new FixtureWorkbook();
    wb.set("Pengaturan", "B10", "seratus");
    expect(only(wb, "batasRataRataInvalid")).toMatchObject({ severity: "galat", address: "B10" });
  });
});

describe("validateWorkbook: predikat and kriteria agree with the printed capaian", () => {
  it("rates 90.004 as Tinggi (printed 90,00) and a capped 112.5 as Terlampaui", () => {
    const wb = new FixtureWorkbook();
    // K4 2024, persen: 22,501 of 25,000 = 90.004 %; against a target of 100, capaian 90.004.
    wb.fill("K4", 2024, { targetPK: 100, pembilang: 22501, penyebut: 25000 });
    wb.set("Pengaturan", "B8", 100);
    const data = validateWorkbook(wb.snapshot()).data;
    const k4 = data?.indikator[3]?.tahun[2];
    expect(k4).toMatchObject({
      capaian: { status: "ada", value: 90.004 },
      predikat: "Tinggi",
      kriteria: "Tidak Tercapai",
    });
    // K1 2024: 112.5 capped at 100 → Sangat Tinggi; uncapped 112.5 → Terlampaui.
    expect(data?.indikator[0]?.tahun[2]).toMatchObject({
      capaian: { status: "ada", value: 100 },
      capaianTanpaBatas: { status: "ada", value: 112.5 },
      predikat: "Sangat Tinggi",
      kriteria: "Terlampaui",
    });
  });
});

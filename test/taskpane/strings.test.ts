import { changesSince } from "../../src/core/template/TEMPLATE_CHANGES";
import { TEMPLATE_VERSION } from "../../src/core/workbook/workbookLayout";
import type { TemplateEvent } from "../../src/core/template/TemplateReport";
import { describeTemplate } from "../../src/taskpane/excelActions";
import { readFileSync } from "fs";
import { join } from "path";
import { MESSAGES } from "../../src/core/messages/formatIssue";
import { ISSUE_KINDS, languageFor, STRINGS } from "../../src/taskpane/strings";

describe("languageFor", () => {
  it.each([
    ["id-ID", "id"],
    ["id", "id"],
    ["ID-id", "id"],
    ["en-US", "en"],
    ["nl-NL", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("reads Office's display language %p as %p", (display, lang) => {
    expect(languageFor(display)).toBe(lang);
  });
});

const EVERY_EVENT: TemplateEvent[] = [
  { kind: "sheetCreated", sheet: "Linjamsos", role: "bidang:LINJAMSOS" },
  { kind: "sheetRestored", sheet: "PM", role: "bidang:PM" },
  { kind: "foreignSheet", sheet: "Rehsos", role: "bidang:REHSOS" },
  { kind: "rowsAdded", sheet: "PM", count: 5, kodes: ["IKU-18"] },
  { kind: "rowsMoved", from: "PM", to: "PPFM", count: 5, kodes: ["IKU-13"] },
  { kind: "rowsKept", sheet: "PM", count: 1, kodes: ["IKU-99"] },
  { kind: "cellsRestored", sheet: "PM", count: 3 },
  { kind: "headerRestored", sheet: "PM" },
  { kind: "sheetNotInCatalog", sheet: "Lama" },
  { kind: "settingsFilled", settings: ["tahunLaporan"] },
  {
    kind: "upgraded",
    from: 1,
    to: 2,
    changes: [
      { kind: "columnRenamed", sheet: "bidang", from: "Target", to: "Target Renstra" },
      { kind: "columnsAdded", sheet: "bidang", columns: ["Target PK", "Kriteria"] },
      { kind: "columnsAdded", sheet: "katalog", columns: ["Kondisi Awal", "Sifat Target"] },
      { kind: "formulasRewritten", columns: ["Realisasi", "Capaian (%)"] },
      { kind: "settingsAdded", settings: ["desimal", "batasRataRata"] },
    ],
  },
  { kind: "metaRestored" },
  { kind: "newerTemplate", found: 3, supported: 1 },
  {
    kind: "catalogInvalid",
    issues: [
      {
        sheet: "Katalog IKU",
        address: "D7",
        field: "jenis",
        problem: { code: "notOneOf", field: "indikator.jenis", options: ["jumlah", "persen", "rasio"] },
      },
    ],
  },
];

describe("the task pane's strings", () => {
  it("word every template event in both languages, naming its sheet", () => {
    for (const lang of ["id", "en"] as const) {
      for (const event of EVERY_EVENT) {
        const text = STRINGS[lang].templateEvent(event, MESSAGES[lang]);
        expect(text.length).toBeGreaterThan(10);
        if ("sheet" in event) expect(text).toContain(event.sheet);
      }
    }
  });

  it("differ between Indonesian and English for every event", () => {
    for (const event of EVERY_EVENT) {
      expect(STRINGS.id.templateEvent(event, MESSAGES.id)).not.toBe(
        STRINGS.en.templateEvent(event, MESSAGES.en),
      );
    }
  });

  it("use the button names the issue asks for", () => {
    expect([STRINGS.id.setupTemplate, STRINGS.id.validate, STRINGS.id.generateLakip]).toEqual([
      "Siapkan Template IKU",
      "Validasi",
      "Buat Lembar LAKIP",
    ]);
    expect([STRINGS.en.setupTemplate, STRINGS.en.validate, STRINGS.en.generateLakip]).toEqual([
      "Set up IKU template",
      "Validate",
      "Generate LAKIP sheet",
    ]);
  });
});

describe("describeTemplate", () => {
  it("re-renders the same report in the other language", () => {
    const describe = describeTemplate({
      templateVersion: 1,
      firstRun: true,
      applied: true,
      events: EVERY_EVENT.slice(0, 1),
    });
    expect(describe(STRINGS.id, MESSAGES.id)).toEqual({
      tone: "success",
      heading: "Template IKU telah dibuat.",
      lines: ['Lembar "Linjamsos" dibuat.'],
    });
    expect(describe(STRINGS.en, MESSAGES.en).lines).toEqual(['Sheet "Linjamsos" created.']);
  });

  it("warns about a foreign sheet and lists catalog problems as issues that select their cell", () => {
    const outcome = describeTemplate({
      templateVersion: 1,
      firstRun: false,
      applied: true,
      events: [EVERY_EVENT[2]!, EVERY_EVENT[13]!],
    })(STRINGS.id, MESSAGES.id);
    expect(outcome.tone).toBe("warning");
    expect(outcome.issues).toEqual([
      {
        code: "katalog",
        severity: "galat",
        sheet: "Katalog IKU",
        address: "D7",
        message: 'Jenis harus "jumlah", "persen" atau "rasio"',
      },
    ]);
  });

  it("lists what an upgrade changed under it, in the pane's language, naming the workbook's own words", () => {
    const upgraded = EVERY_EVENT.find((e) => e.kind === "upgraded");
    const report = { templateVersion: 2, firstRun: false, applied: true, events: upgraded ? [upgraded] : [] };
    expect(describeTemplate(report)(STRINGS.id, MESSAGES.id).lines).toEqual([
      "Template diperbarui dari versi 1 ke versi 2; semua isian dipertahankan di baris dan kolomnya yang baru.",
      'Lembar Bidang: kolom "Target" kini "Target Renstra"; isiannya tetap.',
      'Lembar Bidang: kolom baru "Target PK" dan "Kriteria".',
      'Katalog IKU: kolom baru "Kondisi Awal" dan "Sifat Target".',
      'Lembar Bidang: rumus "Realisasi" dan "Capaian (%)" ditulis ulang.',
      "Pengaturan baru: jumlah desimal capaian di laporan (IKU_Desimal); batas atas rata-rata capaian per sasaran (IKU_BatasRataRata) (terisi nilai bawaan).",
    ]);
    expect(describeTemplate(report)(STRINGS.en, MESSAGES.en).lines).toEqual([
      "Template upgraded from version 1 to 2; every input kept, in its row and its new column.",
      'Bidang sheets: column "Target" is now "Target Renstra"; its values are kept.',
      'Bidang sheets: new columns "Target PK" and "Kriteria".',
      'Katalog IKU: new columns "Kondisi Awal" and "Sifat Target".',
      'Bidang sheets: formulas of "Realisasi" and "Capaian (%)" rewritten.',
      "New settings in Pengaturan: decimals printed in the report (IKU_Desimal); cap on the mean achievement per sasaran (IKU_BatasRataRata) (given their defaults).",
    ]);
  });

  it("is an error when nothing was applied", () => {
    const outcome = describeTemplate({
      templateVersion: TEMPLATE_VERSION,
      firstRun: false,
      applied: false,
      events: [EVERY_EVENT[12]!],
    })(STRINGS.en, MESSAGES.en);
    expect(outcome.tone).toBe("error");
    expect(outcome.heading).toBe(STRINGS.en.templateNotApplied);
  });

  it("says so when there was nothing to do", () => {
    const outcome = describeTemplate({ templateVersion: 1, firstRun: false, applied: true, events: [] })(
      STRINGS.id,
      MESSAGES.id,
    );
    expect(outcome.lines).toEqual([STRINGS.id.templateNothingToDo]);
  });
});

describe("the issue list's words", () => {
  it("say in one sentence what blocks the report and what does not", () => {
    expect(STRINGS.id.issuesVerdict(17, 69)).toBe(
      "17 galat harus diperbaiki sebelum lembar LAKIP dapat dibuat; 69 peringatan tidak menghalangi laporan, tetapi sebaiknya diperiksa.",
    );
    expect(STRINGS.en.issuesVerdict(1, 1)).toBe(
      "1 error must be fixed before the LAKIP sheet can be generated; 1 warning does not block the report but should be checked.",
    );
    expect(STRINGS.en.issuesVerdict(0, 2)).toBe(
      "No errors: the LAKIP sheet can be generated. 2 warnings do not block the report but should be checked.",
    );
    expect(STRINGS.id.issuesVerdict(3, 0)).toBe(
      "3 galat harus diperbaiki sebelum lembar LAKIP dapat dibuat.",
    );
  });

  it("title every issue kind in both languages, differently", () => {
    expect(ISSUE_KINDS.length).toBeGreaterThan(20);
    for (const code of ISSUE_KINDS) {
      expect(STRINGS.id.issueKind(code)).toEqual(expect.any(String));
      expect(STRINGS.en.issueKind(code)).toEqual(expect.any(String));
      expect(STRINGS.en.issueKind(code)).not.toBe(STRINGS.id.issueKind(code));
    }
    expect(STRINGS.en.issueKind("notAKind")).toBeUndefined();
  });

  it("have advice for every issue kind on the help page, in both languages, and none for a kind that is gone", () => {
    // ISSUE_KINDS is every ValidationIssue code: the titles' type makes a missing one a compile error.
    const help = readFileSync(join(__dirname, "../../src/help/help.html"), "utf8");
    const entries = (prefix: string) =>
      [...help.matchAll(new RegExp(`id="${prefix}masalah-([A-Za-z0-9]+)"`, "g"))].map((m) => m[1]).sort();
    const kinds = [...ISSUE_KINDS].sort();
    expect(entries("")).toEqual(kinds);
    expect(entries("en-")).toEqual(kinds);
  });
});

describe("the upgrades to version 4 in the pane", () => {
  const upgradedFrom = (from: number) => ({
    templateVersion: TEMPLATE_VERSION,
    firstRun: false,
    applied: true,
    events: [{ kind: "upgraded" as const, from, to: TEMPLATE_VERSION, changes: changesSince(from) }],
  });

  it("says what version 4 added to a version-3 workbook, in both languages", () => {
    expect(describeTemplate(upgradedFrom(3))(STRINGS.id, MESSAGES.id).lines).toEqual([
      "Template diperbarui dari versi 3 ke versi 4; semua isian dipertahankan di baris dan kolomnya yang baru.",
      'Lembar baru "Anggaran".',
      'Katalog IKU: kolom baru "Standar Nasional" dan "Sumber Standar".',
      "Pengaturan baru: Nama Kepala Dinas (Pihak Pertama PK); NIP Kepala Dinas; Jabatan Kepala Dinas; Nama Wali Kota (Pihak Kedua PK); Tempat penandatanganan PK (terisi nilai bawaan).",
    ]);
    expect(describeTemplate(upgradedFrom(3))(STRINGS.en, MESSAGES.en).lines.slice(0, 2)).toEqual([
      "Template upgraded from version 3 to 4; every input kept, in its row and its new column.",
      'New sheet "Anggaran".',
    ]);
  });

  it("says which quarter sheets and which other sheet a version-2 workbook gains, in both languages", () => {
    expect(describeTemplate(upgradedFrom(2))(STRINGS.id, MESSAGES.id).lines).toEqual([
      "Template diperbarui dari versi 2 ke versi 4; semua isian dipertahankan di baris dan kolomnya yang baru.",
      'Lembar baru "TW 1", "TW 2", "TW 3" dan "TW 4".',
      'Lembar baru "Anggaran".',
      'Katalog IKU: kolom baru "Standar Nasional" dan "Sumber Standar".',
      "Pengaturan baru: Nama Kepala Dinas (Pihak Pertama PK); NIP Kepala Dinas; Jabatan Kepala Dinas; Nama Wali Kota (Pihak Kedua PK); Tempat penandatanganan PK (terisi nilai bawaan).",
    ]);
    expect(describeTemplate(upgradedFrom(2))(STRINGS.en, MESSAGES.en).lines.slice(1, 3)).toEqual([
      'New sheets "TW 1", "TW 2", "TW 3" and "TW 4".',
      'New sheet "Anggaran".',
    ]);
  });
});

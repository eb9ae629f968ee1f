/*
 * Issue 14, case by case, in the workbook host through the pane's actions (excelActions,
 * worded as the pane words them): each problem the issue found, and each advice followed
 * until the problem is gone. The same cases run through the real pane in Chromium in
 * test/e2e/failureSafe.test.ts.
 */
import { generateLakip } from "../../src/core/actions/generateLakip";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import { validate } from "../../src/core/actions/validate";
import { readMeta } from "../../src/core/sheets/ikuMeta";
import { TEMPLATE_VERSION } from "../../src/core/workbook/workbookLayout";
import { runAction } from "../../src/excel/runAction";
import { selectCell } from "../../src/excel/selectCell";
import { excelActions } from "../../src/taskpane/excelActions";
import { MESSAGES } from "../../src/core/messages/formatIssue";
import { STRINGS } from "../../src/taskpane/strings";
import { runReport } from "../support/runReport";
import { LakipWorkbook } from "./lakipWorkbook";

const NOW = new Date(2025, 0, 6, 8, 15);

describe("issue 14 in the workbook host", () => {
  let book: LakipWorkbook;
  beforeEach(async () => {
    book = await new LakipWorkbook().setUp();
  });
  afterEach(() => book.tearDown());

  const excel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => book.run(batch);
  const codes = async () => (await runReport(validate, {}, book.run)).issues.map((i) => i.code);

  describe("1. a failure part-way leaves nothing behind", () => {
    it("a password-protected hidden IKU_Meta: refused before writing where Excel tells passwords, else undone; never an unrecorded report", async () => {
      await excel(async (context) => {
        context.workbook.worksheets.getItem("IKU_Meta").protection.protect({}, "rahasia");
        await context.sync();
      });
      const before = book.workbook.sheetNames();

      // Excel on the web (ExcelApiOnline 1.1): the preflight sees the password.
      const refused = await runAction(generateLakip, { generatedAt: NOW }, book.run, {
        capabilities: { passwordInfo: true },
      });
      expect(refused).toMatchObject({
        status: "refused",
        problems: [{ code: "sheetPasswordProtected", sheet: "IKU_Meta" }],
      });
      expect(book.workbook.sheetNames()).toEqual(before);

      // Desktop Excel cannot tell: the unprotect that comes first fails, nothing changed.
      const failed = await runAction(generateLakip, { generatedAt: NOW }, book.run);
      expect(failed).toMatchObject({
        status: "failed",
        failure: { code: "passwordProtected", step: "menulis" },
        recovery: { status: "nothingWritten" },
      });
      expect(book.workbook.sheetNames()).toEqual(before);
      const worded = (await excelActions(book.run).generateLakip())(STRINGS.id, MESSAGES.id);
      expect(worded.lines.join(" ")).toContain("Buka proteksinya (Tinjau › Buka Proteksi Lembar)");
      expect(worded.lines.join(" ")).toContain("Tidak ada yang diubah.");
      expect(worded.lines.join(" ")).not.toContain("The argument is invalid");

      // Unprotected by the user: the report is written and recorded, and replaced next time.
      await excel(async (context) => {
        context.workbook.worksheets.getItem("IKU_Meta").protection.unprotect("rahasia");
        await context.sync();
      });
      await runReport(generateLakip, { generatedAt: NOW }, book.run);
      book.workbook.write("Linjamsos", `F${book.rowOf("Linjamsos", "IKU-01", 2024)}`, [[8]]);
      const again = await runReport(generateLakip, { generatedAt: NOW }, book.run);
      expect(again).toMatchObject({ status: "written", mode: "replace", kept: null });
      expect(book.workbook.sheetNames().filter((n) => n.startsWith("LAKIP"))).toEqual(["LAKIP 2024"]);
    });

    it("a write broken off whose recovery fails too leaves a journal; the next run replaces its own unfinished report", async () => {
      // The write fails half-way, and so does the recovery's read: nothing can be undone.
      book.workbook.faults({
        failSync: [
          { at: 3, code: "GeneralException", applied: 150 },
          { at: 4, code: "ConnectionFailure" },
        ],
      });
      const failed = await runAction(generateLakip, { generatedAt: NOW }, book.run);
      book.workbook.faults();
      expect(failed).toMatchObject({ status: "failed", recovery: { status: "failed" } });
      const worded = (await Promise.resolve(failed)).status;
      expect(worded).toBe("failed");
      // The half-written report is there, and IKU_Meta says it was being written.
      expect(book.workbook.sheetNames()).toContain("LAKIP 2024");
      const meta = readMeta(book.workbook.read("IKU_Meta").values);
      expect(meta.journal).toMatchObject({ status: "menulis", sheets: ["LAKIP 2024"] });

      const again = await runReport(generateLakip, { generatedAt: NOW }, book.run);
      expect(again).toMatchObject({ status: "written", mode: "replace", kept: null });
      expect(book.workbook.sheetNames().filter((n) => n.startsWith("LAKIP"))).toEqual(["LAKIP 2024"]);
      expect(readMeta(book.workbook.read("IKU_Meta").values).journal?.status).toBe("selesai");
    });

    it("a realisasi or target of 1e308 is a galat at its cell, so no report with NaN is ever written", async () => {
      const row = book.rowOf("Rehsos", "IKU-02", 2024);
      book.workbook.write("Rehsos", `E${row}`, [[1e308]]);
      const v = await runReport(validate, {}, book.run);
      expect(v.issues).toEqual([
        expect.objectContaining({
          code: "numberTooLarge",
          severity: "galat",
          sheet: "Rehsos",
          address: `E${row}`,
        }),
      ]);
      const lakip = await runReport(generateLakip, { generatedAt: NOW }, book.run);
      expect(lakip.status).toBe("blocked");
      expect(book.workbook.sheetNames()).not.toContain("LAKIP 2024");
    });
  });

  describe("2. every error code becomes a message in the pane's language", () => {
    it("a Bidang sheet protected with a password: said in English in an English pane, no Excel text", async () => {
      await excel(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Rehsos");
        sheet.protection.unprotect();
        sheet.protection.protect({}, "sandi");
        await context.sync();
      });
      const outcome = (await excelActions(book.run).setupTemplate())(STRINGS.en, MESSAGES.en);
      expect(outcome.tone).toBe("error");
      expect(outcome.lines).toEqual([
        "Excel would not unprotect a sheet (protected with a password?). Unprotect it (Review › Unprotect Sheet), then run again.",
        "Nothing was changed.",
      ]);
      expect(outcome.followUps?.map((f) => f.label)).toEqual(["Try again"]);
    });

    it("cell-edit mode: tekan Enter atau Esc, lalu coba lagi; and Coba lagi then works", async () => {
      book.workbook.faults({ cellEditMode: true });
      const outcome = (await excelActions(book.run).validate())(STRINGS.id, MESSAGES.id);
      expect(outcome.lines[0]).toContain("tekan Enter atau Esc, lalu coba lagi");
      book.workbook.faults();
      const retried = await outcome.followUps?.[0]?.run(() => undefined);
      expect(retried?.(STRINGS.id, MESSAGES.id).heading).toBe("Validasi selesai");
    });

    it("a sync that never returns ends in a timeout with its own message", async () => {
      book.workbook.faults({ hangSync: 2 });
      const outcome = (await excelActions(book.run, { syncTimeoutMs: 50 }).validate())(
        STRINGS.id,
        MESSAGES.id,
      );
      expect(outcome.lines).toEqual([
        "Excel tidak menjawab dalam batas waktu. Tunggu sebentar, lalu coba lagi: aksi ini aman diulang.",
        "Tidak ada yang diubah.",
      ]);
    });

    it("protect() refused after the write (office-js#6784): done, and the pane names the unprotected sheets", async () => {
      // As the user would after being told: the sheets unprotected by hand, then run again.
      const wasProtected = book.workbook
        .sheetNames()
        .filter((n) => book.workbook.sheet(n).protection.protected);
      await excel(async (context) => {
        for (const name of wasProtected) context.workbook.worksheets.getItem(name).protection.unprotect();
        await context.sync();
      });
      book.workbook.faults({ protectionAccessDenied: true });
      const outcome = await runAction(setupTemplate, { currentYear: 2025 }, book.run);
      book.workbook.faults();
      expect(outcome).toMatchObject({
        status: "done",
        notices: [{ code: "protectionNotRestored", sheets: wasProtected }],
      });
    });

    it("fit-to-page ignored (office-js#1860): done, and the pane says how to set it", async () => {
      book.workbook.faults({ ignoreFitToPages: true });
      const outcome = (await excelActions(book.run).generateLakip())(STRINGS.id, MESSAGES.id);
      book.workbook.faults();
      expect(outcome.tone).toBe("warning");
      expect(outcome.lines[1]).toContain(
        'tidak menerapkan cetak "muat satu halaman lebar" pada "LAKIP 2024"',
      );
    });
  });

  describe("3. the tahun laporan and period messages are true for their case", () => {
    it.each([
      [2031, "tahunLaporanOutsidePeriod", "Tahun laporan 2031 di luar periode Renstra 2022–2026"],
      ["dua ribu dua lima", "tahunLaporanInvalid", 'Tahun laporan "dua ribu dua lima" tidak sah'],
      ["'2025", "tahunLaporanText", "tersimpan sebagai teks, bukan angka"],
      [2025.5, "tahunLaporanNotWhole", "Tahun laporan 2025.5 bukan bilangan bulat"],
    ])(
      "%p in Tahun laporan: its own code, and Buat Lembar LAKIP does not say it is empty",
      async (value, code, text) => {
        book.workbook.write("Pengaturan", "B6", [[value]]);
        expect(await codes()).toEqual([code]);
        const outcome = (await excelActions(book.run).generateLakip())(STRINGS.id, MESSAGES.id);
        expect(outcome.lines).toEqual([STRINGS.id.lakipBlockedNoYear]);
        expect(outcome.issues?.[0]?.message).toContain(text);
      },
    );

    it("no Pengaturan sheet: the sheet is missing, not the year", async () => {
      await excel(async (context) => {
        context.workbook.worksheets.getItem("Pengaturan").delete();
        await context.sync();
      });
      const outcome = (await excelActions(book.run).generateLakip())(STRINGS.id, MESSAGES.id);
      expect(outcome.lines).toEqual([STRINGS.id.lakipBlockedNoYear]);
      expect(outcome.issues?.map((i) => i.code)).toEqual(["sheetMissing"]);
      expect(outcome.issues?.[0]?.message).toContain('Lembar "Pengaturan" tidak ditemukan');
    });

    it("only an empty Tahun laporan asks to fill it in", async () => {
      book.workbook.write("Pengaturan", "B6", [[""]]);
      const outcome = (await excelActions(book.run).generateLakip())(STRINGS.id, MESSAGES.id);
      expect(outcome.lines).toEqual([STRINGS.id.lakipBlocked(null)]);
    });

    it("a Renstra period whose start is after its end: its own code, and Siapkan Template names the period, not the catalog", async () => {
      book.workbook.write("Pengaturan", "B4:B5", [[2027], [2022]]);
      expect(await codes()).toContain("periodeReversed");
      const outcome = (await excelActions(book.run).setupTemplate())(STRINGS.id, MESSAGES.id);
      expect(outcome.lines.join(" ")).not.toContain("Katalog IKU belum dapat dibaca");
      expect(outcome.lines.join(" ")).toContain(
        "Periode Renstra di lembar Pengaturan tidak sah: Tahun awal periode harus sebelum tahun akhir.",
      );
      expect(outcome.issues?.[0]).toMatchObject({ sheet: "Pengaturan", address: "B4" });
      // The advice followed: swapped back, the problem is gone.
      book.workbook.write("Pengaturan", "B4:B5", [[2022], [2026]]);
      expect(await codes()).toEqual([]);
    });
  });

  describe("4. every advice resolves", () => {
    it("a renamed Bidang sheet: Validasi says where the data is; Siapkan Template makes no empty copy and adopts it on request", async () => {
      const row = book.rowOf("Rehsos", "IKU-02", 2024);
      const typed = book.row("Rehsos", row, "G");
      await excel(async (context) => {
        context.workbook.worksheets.getItem("Rehsos").name = "Rehsos Lama";
        await context.sync();
      });
      const v = await runReport(validate, {}, book.run);
      expect(v.issues).toEqual([
        expect.objectContaining({
          code: "sheetRenamed",
          sheet: "Rehsos Lama",
          params: expect.objectContaining({ lembar: "Rehsos" }),
        }),
      ]);

      const offered = (await excelActions(book.run).setupTemplate())(STRINGS.id, MESSAGES.id);
      expect(book.workbook.sheetNames()).not.toContain("Rehsos");
      expect(offered.lines).toContain(
        'Lembar bidang "Rehsos" tidak ada, tetapi datanya ada di lembar "Rehsos Lama"; lembar kosong "Rehsos" tidak dibuat. Kembalikan namanya, atau klik tombol di bawah.',
      );
      const adopt = offered.followUps?.[0];
      expect(adopt?.label).toBe('Pakai lembar "Rehsos Lama" sebagai "Rehsos"');

      const adopted = (await adopt!.run(() => undefined))(STRINGS.id, MESSAGES.id);
      expect(adopted.lines[0]).toBe(
        'Lembar "Rehsos Lama" dikembalikan namanya menjadi "Rehsos" dan dilengkapi.',
      );
      expect(book.workbook.sheetNames()).toContain("Rehsos");
      expect(book.workbook.sheetNames()).not.toContain("Rehsos Lama");
      expect(book.row("Rehsos", book.rowOf("Rehsos", "IKU-02", 2024), "G")).toEqual(typed);
      expect(await codes()).toEqual([]);
    });

    it("a user's own sheet bearing a Bidang sheet's name: advice to rename it; once renamed, the template proceeds", async () => {
      await excel(async (context) => {
        context.workbook.worksheets.getItem("PM").delete();
        const own = context.workbook.worksheets.add("PM");
        own.getRange("A1:B2").values = [
          ["Daftar hadir", "Tanggal"],
          ["Budi", "2025-01-06"],
        ];
        await context.sync();
      });
      const v = await runReport(validate, {}, book.run);
      expect(v.issues.filter((i) => i.sheet === "PM").map((i) => i.code)).toEqual(["sheetNotOurs"]);
      const template = await runReport(setupTemplate, { currentYear: 2025 }, book.run);
      expect(template.events).toContainEqual(expect.objectContaining({ kind: "foreignSheet", sheet: "PM" }));
      expect(book.workbook.read("PM", "A1").values).toEqual([["Daftar hadir"]]);

      await excel(async (context) => {
        context.workbook.worksheets.getItem("PM").name = "PM (pribadi)";
        await context.sync();
      });
      const again = await runReport(setupTemplate, { currentYear: 2025 }, book.run);
      expect(again.events).toContainEqual(expect.objectContaining({ kind: "sheetCreated", sheet: "PM" }));
      const after = await runReport(validate, {}, book.run);
      expect(after.issues.filter((i) => i.code === "sheetNotOurs" || i.code === "sheetMissing")).toEqual([]);
      expect(book.workbook.read("PM (pribadi)", "A1").values).toEqual([["Daftar hadir"]]);
    });
  });

  it("5. IKU_Meta deleted, a report generated, then Siapkan Template: the rebuilt IKU_Meta is whole and versioned", async () => {
    await excel(async (context) => {
      context.workbook.worksheets.getItem("IKU_Meta").delete();
      await context.sync();
    });
    await runReport(generateLakip, { generatedAt: NOW }, book.run);
    const meta = readMeta(book.workbook.read("IKU_Meta").values);
    expect(meta.version).toBe(TEMPLATE_VERSION);
    expect(meta.sheets.map((s) => s.role)).toEqual(
      expect.arrayContaining([
        "petunjuk",
        "pengaturan",
        "katalog",
        "bidang:LINJAMSOS",
        "bidang:PM",
        "lakip:2024",
      ]),
    );
    const template = await runReport(setupTemplate, { currentYear: 2025 }, book.run);
    expect(template.applied).toBe(true);
    expect(template.events.filter((e) => e.kind === "foreignSheet" || e.kind === "metaRestored")).toEqual([]);
    // And the report is still recognised as the add-in's: regenerated in place.
    expect(await runReport(generateLakip, { generatedAt: NOW }, book.run)).toMatchObject({ mode: "replace" });
  });

  it("6. clicking an issue: a hidden sheet is shown and its cell selected; a deleted one is said to be gone", async () => {
    const row = book.rowOf("Rehsos", "IKU-02", 2024);
    await excel(async (context) => {
      context.workbook.worksheets.getItem("Rehsos").visibility = "Hidden";
      await context.sync();
    });
    await expect(selectCell("Rehsos", `F${row}`, book.run)).resolves.toBe("shown");
    expect(book.workbook.sheet("Rehsos").visibility).toBe("Visible");
    expect(book.workbook.selection()).toEqual({ sheet: "Rehsos", address: `F${row}` });

    await excel(async (context) => {
      context.workbook.worksheets.getItem("Rehsos").delete();
      await context.sync();
    });
    const selectedBefore = book.workbook.selection();
    await expect(selectCell("Rehsos", `F${row}`, book.run)).resolves.toBe("sheetMissing");
    expect(book.workbook.selection()).toEqual(selectedBefore);
  });
});

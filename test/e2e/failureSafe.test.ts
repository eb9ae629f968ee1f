import type { Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { e2eAvailability } from "./chromium";
import { inPreview, previewSessions, type Preview } from "./previewSessions";

const availability = e2eAvailability();
const describeE2e = availability.run ? describe : describe.skip;

/**
 * Issue 14 through the task pane in Chromium: each case the issue found, as staff meet
 * it, with the workbook's misbehaviours switched on in the preview's host
 * (`ikuPreview.faults`), and each advice followed until the problem is gone.
 */
describeE2e("failure-safe actions, through the task pane", () => {
  const sessions = previewSessions();
  let page: Page;

  /** A fresh page: a fresh workbook. */
  async function open(query = ""): Promise<void> {
    page = await sessions.open(query);
  }

  const preview = <T>(fn: (p: Preview) => T | Promise<T>): Promise<T> => inPreview(page, fn);
  const outcome = () => page.textContent(".iku-outcome");
  const heading = () => page.textContent(".iku-outcome h2");
  const names = () => preview((p) => p.sheetNames());

  async function click(selector: string): Promise<void> {
    await page.click(selector);
    await page.evaluate(() => window.ikuPreview.idle());
  }
  const action = (id: string) => click(`#iku-${id}`);

  /** Siapkan Template, then every target and the 2022–2025 figures typed in, tahun laporan 2025. */
  async function filledWorkbook(query = ""): Promise<void> {
    await open(query);
    await action("setupTemplate");
    await preview((p) => {
      for (const sheet of ["Linjamsos", "Rehsos", "PPFM", "PM"]) {
        const { values } = p.read(sheet, "A5:D200");
        const rows: unknown[][] = [];
        for (const [kode, , satuan, tahun] of values) {
          if (kode === "" || typeof tahun !== "number") break;
          const filled = tahun <= 2025;
          if (satuan === "%") rows.push([80, filled ? 45 : "", filled ? 50 : ""]);
          else if (satuan === "lembaga") rows.push([10, filled ? 8 : "", ""]);
          else rows.push([2, filled ? 24 : "", filled ? 12 : ""]);
        }
        p.write(sheet, `E5:G${4 + rows.length}`, rows);
      }
      p.write("Pengaturan", "B6", [[2025]]);
    });
  }

  it("1. a write that fails part-way is undone, the pane says so, and Coba lagi writes a recorded report", async () => {
    await filledWorkbook();
    // The third sync is the write: it fails after half of its operations.
    await preview((p) => p.faults({ failSync: { at: 3, code: "GeneralException", applied: 150 } }));
    await action("generateLakip");
    await preview((p) => p.faults());
    await expect(heading()).resolves.toBe("Tidak berhasil");
    await expect(outcome()).resolves.toContain("Excel melaporkan kesalahan internal.");
    await expect(outcome()).resolves.toContain(
      "Yang sempat ditulis sudah dibatalkan; isi buku kerja seperti semula.",
    );
    expect(await names()).not.toContain("LAKIP 2025");

    expect(await seriousViolations(page, "#app")).toEqual([]);
    await click("#iku-followup-retry");
    await expect(outcome()).resolves.toContain('Lembar "LAKIP 2025" dibuat.');
    // Recorded: the next run regenerates it rather than keeping it as a stranger's "(lama 1)".
    await action("generateLakip");
    await expect(outcome()).resolves.toContain('Lembar "LAKIP 2025" dibuat ulang dari isian terbaru.');
    expect((await names()).filter((n) => n.startsWith("LAKIP"))).toEqual(["LAKIP 2025"]);
  });

  it("1. a password-protected hidden IKU_Meta stops the report before anything is written, on the web and on desktop", async () => {
    await filledWorkbook();
    await preview((p) =>
      p.excel(async (context) => {
        context.workbook.worksheets.getItem("IKU_Meta").protection.protect({}, "rahasia");
        await context.sync();
      }),
    );
    await action("generateLakip");
    await expect(heading()).resolves.toBe("Tidak ada yang diubah");
    await expect(outcome()).resolves.toContain('Lembar "IKU_Meta" diproteksi dengan kata sandi.');
    // Desktop Excel cannot tell a password before writing: the unprotect fails first.
    await preview((p) => p.settings({ passwordInfo: false }));
    await action("generateLakip");
    await expect(heading()).resolves.toBe("Tidak berhasil");
    await expect(outcome()).resolves.toContain("Excel tidak mau membuka proteksi sebuah lembar");
    await expect(outcome()).resolves.toContain("Tidak ada yang diubah.");
    expect(await names()).not.toContain("LAKIP 2025");
  });

  it("1. a target of 1e308 is a galat at its cell: no report with NaN", async () => {
    await filledWorkbook();
    await preview((p) => p.write("Rehsos", "E8", [[1e308]]));
    await action("generateLakip");
    await expect(heading()).resolves.toBe("Perlu diperbaiki");
    await expect(outcome()).resolves.toContain("terlalu besar (1e+308) di E8");
    expect(await names()).not.toContain("LAKIP 2025");
  });

  it("2. a password on a Bidang sheet is said in the pane's language, never as Excel's English error", async () => {
    await filledWorkbook("?lang=en");
    await preview((p) =>
      p.excel(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Rehsos");
        sheet.protection.unprotect();
        sheet.protection.protect({}, "sandi");
        await context.sync();
      }),
    );
    // Excel on the web tells the password before writing: refused, the sheet named.
    await action("setupTemplate");
    await expect(heading()).resolves.toBe("Nothing was changed");
    await expect(outcome()).resolves.toContain(
      'Sheet "Rehsos" is protected with a password. Unprotect it (Review › Unprotect Sheet), then run again.',
    );
    await expect(outcome()).resolves.not.toContain("LAKIP");
    // Desktop Excel does not: the unprotect that comes first fails, said as such.
    await preview((p) => p.settings({ passwordInfo: false }));
    await action("setupTemplate");
    const text = await outcome();
    expect(text).toContain("Excel would not unprotect a sheet (protected with a password?)");
    expect(text).toContain("Nothing was changed.");
    expect(text).not.toContain("The argument is invalid");
  });

  it("2. while a cell is being edited: tekan Enter atau Esc, lalu coba lagi; a sync that never returns: a timeout", async () => {
    await filledWorkbook();
    await preview((p) => p.faults({ cellEditMode: true }));
    await action("validate");
    await expect(outcome()).resolves.toContain("tekan Enter atau Esc, lalu coba lagi");
    await preview((p) => p.faults());
    await click("#iku-followup-retry");
    await expect(heading()).resolves.toBe("Validasi selesai");

    await preview((p) => {
      p.settings({ syncTimeoutMs: 300 });
      p.faults({ hangSync: 1 });
    });
    await action("validate");
    await preview((p) => p.faults());
    await expect(outcome()).resolves.toContain("Excel tidak menjawab dalam batas waktu.");
  });

  it("2. fit-to-page ignored and protect() refused are said beside the success", async () => {
    await filledWorkbook();
    await preview((p) => p.faults({ ignoreFitToPages: true }));
    await action("generateLakip");
    await preview((p) => p.faults());
    await expect(outcome()).resolves.toContain('Lembar "LAKIP 2025" dibuat.');
    await expect(outcome()).resolves.toContain(
      'Excel tidak menerapkan cetak "muat satu halaman lebar" pada "LAKIP 2025"',
    );

    // protect() refused (office-js#6784): the sheets unprotected by hand, as the pane advises.
    await preview((p) =>
      p.excel(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
        await context.sync();
        for (const sheet of sheets.items) if (sheet.protection.protected) sheet.protection.unprotect();
        await context.sync();
      }),
    );
    await preview((p) => p.faults({ protectionAccessDenied: true }));
    await action("setupTemplate");
    await preview((p) => p.faults());
    await expect(heading()).resolves.toBe("Template IKU telah diperiksa dan dilengkapi.");
    await expect(outcome()).resolves.toContain("Excel menolak memproteksi kembali");
    expect(await seriousViolations(page, "#app")).toEqual([]);
  });

  it("3. each tahun laporan problem and a reversed period get their own message", async () => {
    await filledWorkbook();
    const cases: [unknown, string][] = [
      [2031, "Tahun laporan 2031 di luar periode Renstra 2022–2026"],
      ["dua ribu dua lima", 'Tahun laporan "dua ribu dua lima" tidak sah'],
      ["'2025", 'Tahun laporan "2025" di Pengaturan!B6 tersimpan sebagai teks, bukan angka'],
      [2025.5, "Tahun laporan 2025.5 bukan bilangan bulat"],
    ];
    for (const [value, text] of cases) {
      await page.evaluate((v) => window.ikuPreview.write("Pengaturan", "B6", [[v]]), value);
      await action("generateLakip");
      await expect(outcome()).resolves.toContain(text);
      await expect(outcome()).resolves.toContain("tahun laporan belum dapat dipakai");
      await expect(outcome()).resolves.not.toContain("isi Tahun laporan");
    }
    await preview((p) => p.write("Pengaturan", "B6", [[2025]]));

    await preview((p) => p.write("Pengaturan", "B4:B5", [[2027], [2022]]));
    await action("setupTemplate");
    await expect(outcome()).resolves.toContain("Periode Renstra di lembar Pengaturan tidak sah");
    await expect(outcome()).resolves.not.toContain("Katalog IKU belum dapat dibaca");
    await action("validate");
    await expect(outcome()).resolves.toContain(
      "Periode Renstra terbalik: tahun awal 2027 sesudah tahun akhir 2022.",
    );
    await preview((p) => p.write("Pengaturan", "B4:B5", [[2022], [2026]]));
    await action("validate");
    await expect(outcome()).resolves.toContain("Tidak ada masalah");

    await preview((p) =>
      p.excel(async (context) => {
        context.workbook.worksheets.getItem("Pengaturan").delete();
        await context.sync();
      }),
    );
    await action("generateLakip");
    await expect(outcome()).resolves.toContain('Lembar "Pengaturan" tidak ditemukan');
    await expect(outcome()).resolves.not.toContain("isi Tahun laporan");
  });

  it("4. a renamed Bidang sheet: found, not duplicated, adopted with one click, and Validasi is clean", async () => {
    await filledWorkbook();
    await preview((p) =>
      p.excel(async (context) => {
        context.workbook.worksheets.getItem("Rehsos").name = "Rehsos Lama";
        await context.sync();
      }),
    );
    await action("validate");
    await expect(outcome()).resolves.toContain('datanya ada di lembar "Rehsos Lama"');
    await action("setupTemplate");
    expect(await names()).not.toContain("Rehsos");
    await expect(page.textContent("#iku-followup-adopt")).resolves.toBe(
      'Pakai lembar "Rehsos Lama" sebagai "Rehsos"',
    );
    await click("#iku-followup-adopt");
    await expect(outcome()).resolves.toContain(
      'Lembar "Rehsos Lama" dikembalikan namanya menjadi "Rehsos" dan dilengkapi.',
    );
    expect(await names()).toContain("Rehsos");
    expect(await names()).not.toContain("Rehsos Lama");
    await action("validate");
    await expect(outcome()).resolves.toContain("Tidak ada masalah");
  });

  it("4. a user's own sheet named like a Bidang sheet: advice to rename it, and then the template proceeds", async () => {
    await filledWorkbook();
    await preview((p) =>
      p.excel(async (context) => {
        context.workbook.worksheets.getItem("PM").delete();
        context.workbook.worksheets.add("PM").getRange("A1:B1").values = [["Daftar hadir", "Tanggal"]];
        await context.sync();
      }),
    );
    await action("validate");
    await expect(outcome()).resolves.toContain('Lembar "PM" bukan lembar bidang');
    await action("setupTemplate");
    await expect(outcome()).resolves.toContain('Lembar "PM" bukan buatan add-in ini dan dibiarkan.');
    await preview((p) =>
      p.excel(async (context) => {
        context.workbook.worksheets.getItem("PM").name = "PM (pribadi)";
        await context.sync();
      }),
    );
    await action("setupTemplate");
    await expect(outcome()).resolves.toContain('Lembar "PM" dibuat.');
    await action("validate");
    await expect(outcome()).resolves.not.toContain("bukan lembar bidang");
    expect((await preview((p) => p.read("PM (pribadi)", "A1"))).values).toEqual([["Daftar hadir"]]);
  });

  it("5. IKU_Meta deleted, a report generated, then Siapkan Template still knows its own sheets", async () => {
    await filledWorkbook();
    await preview((p) =>
      p.excel(async (context) => {
        context.workbook.worksheets.getItem("IKU_Meta").delete();
        await context.sync();
      }),
    );
    await action("generateLakip");
    await expect(outcome()).resolves.toContain('Lembar "LAKIP 2025" dibuat.');
    await action("setupTemplate");
    await expect(heading()).resolves.toBe("Template IKU telah diperiksa dan dilengkapi.");
    await expect(outcome()).resolves.not.toContain("bukan buatan add-in ini");
  });

  it("6. an issue on a hidden sheet shows the sheet and selects its cell; on a deleted one the pane says so", async () => {
    await filledWorkbook();
    await preview((p) => p.write("Rehsos", "F6", [["12,5"]]));
    await action("validate");
    await preview((p) =>
      p.excel(async (context) => {
        context.workbook.worksheets.getItem("Rehsos").visibility = "Hidden";
        await context.sync();
      }),
    );
    await page.click(".iku-issue");
    await page.waitForFunction(() => window.ikuPreview.selection().address === "F6");
    expect(await preview((p) => p.selection())).toEqual({ sheet: "Rehsos", address: "F6" });
    await expect(page.textContent("#iku-select-note")).resolves.toBe(
      'Lembar "Rehsos" tadinya tersembunyi dan kini ditampilkan.',
    );

    await preview((p) =>
      p.excel(async (context) => {
        context.workbook.worksheets.getItem("Rehsos").delete();
        await context.sync();
      }),
    );
    await page.click(".iku-issue");
    await page.waitForFunction(() =>
      document.getElementById("iku-select-note")?.textContent?.includes("tidak ada lagi"),
    );
    await expect(page.textContent("#iku-select-note")).resolves.toBe(
      'Lembar "Rehsos" tidak ada lagi (dihapus atau diganti namanya sejak diperiksa). Jalankan Validasi lagi.',
    );
    await expect(page.textContent("#iku-status")).resolves.toContain("tidak ada lagi");
  });

  it("7. clicks, double clicks and keys during a running action start nothing else", async () => {
    await filledWorkbook();
    await preview((p) => {
      p.resetStats();
      p.holdSyncs();
    });
    await page.click("#iku-validate");
    await page.waitForFunction(() => window.ikuPreview.heldSyncs() === 1);
    // Every way in while it runs: the buttons (clicked, double-clicked, by key), a script's click.
    for (const id of ["validate", "generateLakip", "setupTemplate"]) {
      await expect(page.isDisabled(`#iku-${id}`)).resolves.toBe(true);
      await page.dblclick(`#iku-${id}`, { force: true });
    }
    await page.focus("#iku-generateLakip").catch(() => undefined);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Space");
    await page.evaluate(() => document.getElementById("iku-setupTemplate")?.click());
    await expect(page.textContent(".iku-working")).resolves.toBe("Memvalidasi isian…");
    expect(await preview((p) => p.heldSyncs())).toBe(1);
    await preview((p) => p.releaseSyncs());
    await page.evaluate(() => window.ikuPreview.idle());
    await expect(heading()).resolves.toBe("Validasi selesai");
    // Validasi's two reads, and nothing else ran.
    expect(await preview((p) => p.stats().syncs)).toBe(2);
    expect(await names()).not.toContain("LAKIP 2025");
  });
});

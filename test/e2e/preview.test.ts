import { mkdirSync } from "fs";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { e2eAvailability, launchChromium, screenshotDir } from "./chromium";
import { startPreviewServer, type PreviewServer } from "./previewServer";
import { inPreview, type Preview } from "./previewSessions";

const availability = e2eAvailability();
const describeE2e = availability.run ? describe : describe.skip;

describeE2e("the browser preview, driven like a user in headless Chromium", () => {
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    server = await startPreviewServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}/preview.html`);
    await page.waitForFunction(() => window.ikuPreview !== undefined);
    await page.evaluate(() => window.ikuPreview.ready);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const preview = <T>(fn: (p: Preview) => T | Promise<T>): Promise<T> => inPreview(page, fn);

  /** Until the pane is idle: its action finished, a language switch rendered. */
  const idle = () => page.evaluate(() => window.ikuPreview.idle());

  /** Clicks a task-pane button and waits until its action has finished. */
  async function clickAction(id: string): Promise<void> {
    await page.click(`#iku-${id}`);
    await idle();
    await page.waitForSelector(`#iku-${id}:not([disabled])`);
  }

  it("shows the task pane in Indonesian with its five actions", async () => {
    await expect(page.textContent("#iku-setupTemplate")).resolves.toBe("Siapkan Template IKU");
    await expect(page.textContent("#iku-validate")).resolves.toBe("Validasi");
    await expect(page.textContent("#iku-generateLakip")).resolves.toBe("Buat Lembar LAKIP");
    await expect(page.textContent("#iku-generateMonev")).resolves.toBe("Buat Lembar Monev");
    await expect(page.textContent("#iku-generatePerjanjianKinerja")).resolves.toBe("Buat Perjanjian Kinerja");
  });

  it("sets up the IKU workbook when Siapkan Template IKU is clicked, in at most 3 syncs", async () => {
    await preview((p) => p.resetStats());
    await clickAction("setupTemplate");
    const names = await preview((p) => p.sheetNames());
    expect(names).toEqual(
      expect.arrayContaining(["Petunjuk", "Pengaturan", "Katalog IKU", "Linjamsos", "Rehsos", "PPFM", "PM"]),
    );
    const stats = await preview((p) => p.stats());
    expect(stats.syncs).toBeLessThanOrEqual(3);
    await expect(page.textContent(".iku-outcome h2")).resolves.toBe("Template IKU telah dibuat.");

    const sheet = await preview((p) => p.read("Linjamsos", "A4:L5"));
    expect(sheet.values[0]).toEqual([
      "Kode",
      "Indikator",
      "Satuan",
      "Tahun",
      "Target Renstra",
      "Target PK",
      "Pembilang",
      "Penyebut",
      "Realisasi",
      "Capaian (%)",
      "Predikat",
      "Kriteria",
    ]);
    await preview((p) => p.showSheet("Linjamsos"));
    await page.screenshot({ path: join(screenshotDir, "template-linjamsos.png") });
  });

  it("computes Realisasi, Capaian, Predikat and Kriteria when target, pembilang and penyebut are typed in the grid", async () => {
    await preview((p) => p.showSheet("Rehsos"));
    // Rehsos row 5 is IKU-02 (a persen indicator), year 2022: type into the grid like a user.
    const type = async (address: string, text: string) => {
      await page.dblclick(`table[data-sheet="Rehsos"] td[data-address="${address}"]`);
      await page.keyboard.type(text);
      await page.keyboard.press("Enter");
    };
    // Target Renstra E, Pembilang G, Penyebut H (Target PK F left blank: the Renstra's is used).
    await type("E5", "80");
    await type("G5", "45");
    await type("H5", "60");
    const row = await preview((p) => p.read("Rehsos", "A5:L5"));
    expect(row.values[0]?.slice(0, 1)).toEqual(["IKU-02"]);
    // 45 of 60 = 75%; 75 / 80 × 100 = 93.75 → Sangat Tinggi, below 100 → Tidak Tercapai
    expect(row.values[0]?.slice(8)).toEqual([75, 93.75, "Sangat Tinggi", "Tidak Tercapai"]);
    // A formula cell is locked, as in Excel: the typed value is refused and the grid says why.
    await type("I5", "99");
    await expect(page.textContent("#pv-status")).resolves.toContain("Sel I5 terkunci");
    expect((await preview((p) => p.read("Rehsos", "I5"))).values).toEqual([[75]]);
    expect(dialogs).toEqual([]);
  });

  it("generates the LAKIP sheet from a filled-in workbook and shows it, in at most 4 syncs", async () => {
    // The fixture: every indicator, every year a target; realisasi for 2022–2025 rising
    // each year; 2026 not entered yet. Typed like a paste of values (validation not applied).
    await preview((p) => {
      for (const sheet of ["Linjamsos", "Rehsos", "PPFM", "PM"]) {
        const { values } = p.read(sheet, "A5:D200");
        const rows: unknown[][] = [];
        for (const [kode, , satuan, tahun] of values) {
          if (kode === "" || typeof tahun !== "number") break;
          const step = tahun - 2022;
          const filled = tahun <= 2025;
          // Target Renstra, Target PK (blank), Pembilang, Penyebut: E:H.
          if (satuan === "%") rows.push([80, "", filled ? 40 + 2 * step : "", filled ? 50 : ""]);
          else if (satuan === "lembaga") rows.push([10, "", filled ? 7 + step : "", ""]);
          else rows.push([2, "", filled ? 24 + 2 * step : "", filled ? 12 : ""]);
        }
        p.write(sheet, `E5:H${4 + rows.length}`, rows);
      }
      p.write("Pengaturan", "B6", [[2025]]);
    });
    await preview((p) => p.resetStats());
    await clickAction("generateLakip");
    expect(await preview((p) => p.stats().syncs)).toBeLessThanOrEqual(4);
    expect(await preview((p) => p.sheetNames())).toContain("LAKIP 2025");
    await expect(page.textContent(".iku-outcome")).resolves.toContain('Lembar "LAKIP 2025" dibuat.');

    const report = await preview((p) => p.read("LAKIP 2025"));
    const flat = report.values.map((r) => r.join(" | "));
    expect(flat.some((line) => line.includes("PENGUKURAN KINERJA"))).toBe(true);
    // IKU-02 in 2025: 46 of 50 = 92%, against a target of 80 → capaian 115, Sangat Tinggi.
    const iku02 = report.values.find((r) => r.includes("Persentase PPKS yang memperoleh bantuan sosial"));
    expect(iku02).toEqual(expect.arrayContaining([80, 92, 115, "Sangat Tinggi"]));
    // IKU-01, a count: 10 LKS in 2025 against a target of 10 → 100, Sangat Tinggi.
    const iku01 = report.values.find((r) =>
      r.some((v) => typeof v === "string" && v.startsWith("Jumlah sarana sosial")),
    );
    expect(iku01).toEqual(expect.arrayContaining([10, 100, "Sangat Tinggi"]));

    await preview((p) => p.showSheet("LAKIP 2025"));
    await page.screenshot({ path: join(screenshotDir, "lakip-2025.png") });
  });

  it("fills two quarters in the TW sheets like a user and writes Monev TW 2 2025, in at most 4 syncs", async () => {
    // IKU-02's 2025 row on each quarter sheet (rows are year first: one block per year).
    const rowOf = (sheet: string) =>
      page
        .evaluate((name) => window.ikuPreview.read(name, "A1:D200"), sheet)
        .then((g) => g.values.findIndex((r) => r[0] === "IKU-02" && r[3] === 2025) + 1);
    const type = async (sheet: string, address: string, text: string) => {
      await page.dblclick(`table[data-sheet="${sheet}"] td[data-address="${address}"]`);
      await page.keyboard.type(text);
      await page.keyboard.press("Enter");
    };
    // TW 1: 40 of 50 = 80; TW 2: 46 of 50 = 92, the annual figure typed on Rehsos (no disagreement).
    for (const [sheet, pembilang] of [
      ["TW 1", "40"],
      ["TW 2", "46"],
    ] as const) {
      await page.evaluate((name) => window.ikuPreview.showSheet(name), sheet);
      const r = await rowOf(sheet);
      expect(r).toBeGreaterThan(4);
      await type(sheet, `F${r}`, pembilang);
      await type(sheet, `G${r}`, "50");
      // The quarter's own Realisasi formula (H) computes at once.
      const h = await page.evaluate((name) => window.ikuPreview.read(name, "A1:H200"), sheet);
      expect(h.values[r - 1]?.[7]).toBe(Number(pembilang) * 2);
    }
    await page.selectOption("#iku-monev-tw", "2");
    await page.fill("#iku-monev-tahun", "2025");
    await preview((p) => p.resetStats());
    await clickAction("generateMonev");
    expect(await preview((p) => p.stats().syncs)).toBeLessThanOrEqual(4);
    await expect(page.textContent(".iku-outcome")).resolves.toContain('Lembar "Monev TW 2 2025" dibuat.');
    const monev = await preview((p) => p.read("Monev TW 2 2025"));
    const iku02 =
      monev.values.find((r) => r.includes("Persentase PPKS yang memperoleh bantuan sosial")) ?? [];
    // (5) 2026 target 80 · (6) 2024: 44/50 = 88 · (7) 80 · (8) TW I 80 · (9) TW II 92 · (12) 92 ·
    // (13) 92 / 80 × 100 = 115 · (14) 92 · (15) 92 / 80 × 100 = 115.
    expect(iku02.slice(4, 13)).toEqual([80, 88, 80, 80, 92, 92, 115, 92, 115]);
    await preview((p) => p.showSheet("Monev TW 2 2025"));
    await page.screenshot({ path: join(screenshotDir, "monev-tw2-2025.png") });
  });

  it("fills the Anggaran sheet like a user, and writes the LAKIP's budget tables and the Perjanjian Kinerja of 2025 and 2026", async () => {
    // Pengaturan: the PK's parties (B11 Kepala Dinas, B12 NIP as text, B14 Wali Kota).
    await preview((p) => {
      p.write("Pengaturan", "B11", [["Dra. Siti Rahmah, M.Si."]]);
      p.write("Pengaturan", "B12", [["'197001011990032001"]]);
      p.write("Pengaturan", "B14", [["Basri Rase"]]);
    });
    // One kegiatan typed in the grid like a user; the program above it leaves Pagu and
    // Realisasi empty for the sheet's own totals. Then two 2026 rows, pasted.
    const type = async (address: string, text: string) => {
      await page.dblclick(`table[data-sheet="Anggaran"] td[data-address="${address}"]`);
      await page.keyboard.type(text);
      await page.keyboard.press("Enter");
    };
    await preview((p) =>
      p.write("Anggaran", "A5:E5", [["1.06.02", "Program Pemberdayaan Sosial", 2025, "PPFM", "IKU-02"]]),
    );
    // Shown after the paste: a write through the preview shows the workbook's active sheet.
    await preview((p) => p.showSheet("Anggaran"));
    for (const [address, text] of [
      ["A6", "1.06.02.2.01"],
      ["B6", "Pengumpulan Data PPKS"],
      ["C6", "2025"],
      ["D6", "PPFM"],
      ["E6", "IKU-02"],
      ["F6", "300000000"],
      ["G6", "270000000"],
    ] as const)
      await type(address, text);
    await preview((p) =>
      p.write("Anggaran", "A7:G8", [
        ["1.06.02", "Program Pemberdayaan Sosial", 2026, "PPFM", "IKU-02", "", ""],
        ["1.06.02.2.01", "Pengumpulan Data PPKS", 2026, "PPFM", "IKU-02", 350000000, ""],
      ]),
    );
    // Serapan and Sisa compute at once on the kegiatan row; the program rows get their
    // totals when Siapkan Template runs again (which keeps every typed cell).
    await clickAction("setupTemplate");
    const sheet = await preview((p) => p.read("Anggaran", "A5:I6"));
    // The program row sums its kegiatan: 300,000,000 pagu, 270,000,000 realisasi;
    // serapan 270 / 300 × 100 = 90, sisa 30,000,000 — on both rows.
    expect(sheet.values.map((r) => r.slice(5, 9))).toEqual([
      [300_000_000, 270_000_000, 90, 30_000_000],
      [300_000_000, 270_000_000, 90, 30_000_000],
    ]);

    await clickAction("generateLakip");
    await expect(page.textContent(".iku-outcome")).resolves.toContain('Lembar "LAKIP 2025" dibuat ulang');
    const lakip = (await preview((p) => p.read("LAKIP 2025"))).values;
    const anggaranAt = lakip.findIndex((r) =>
      r.some((v) => typeof v === "string" && v.endsWith("Realisasi Anggaran Tahun 2025")),
    );
    expect(anggaranAt).toBeGreaterThan(0);
    // Matches the Anggaran sheet to the rupiah: the program, its kegiatan, the total.
    const total = lakip.slice(anggaranAt).find((r) => r.includes("Jumlah")) ?? [];
    expect(total).toEqual(expect.arrayContaining([300_000_000, 270_000_000, 90, 30_000_000]));

    // The next year's PK, prepared in advance: PK 2026, its program at the 2026 pagu.
    await page.selectOption("#iku-pk-tahun", "berikutnya");
    await preview((p) => p.resetStats());
    await clickAction("generatePerjanjianKinerja");
    expect(await preview((p) => p.stats().syncs)).toBeLessThanOrEqual(4);
    await expect(page.textContent(".iku-outcome")).resolves.toContain('Lembar "PK 2026" dibuat.');
    const pk2026 = (await preview((p) => p.read("PK 2026"))).values;
    expect(pk2026[0]?.[0]).toBe("PERJANJIAN KINERJA TAHUN 2026");
    expect(pk2026.find((r) => r[1] === "1.06.02 Program Pemberdayaan Sosial")?.[2]).toBe(350_000_000);

    // The tahun laporan's: PK 2025, the parties from Pengaturan, the program at its 2025 pagu.
    await page.selectOption("#iku-pk-tahun", "laporan");
    await clickAction("generatePerjanjianKinerja");
    await expect(page.textContent(".iku-outcome")).resolves.toContain('Lembar "PK 2025" dibuat.');
    const pk = (await preview((p) => p.read("PK 2025"))).values;
    const text = pk.flat().map(String);
    expect(text).toEqual(
      expect.arrayContaining([
        "Nama: Dra. Siti Rahmah, M.Si.",
        "NIP. 197001011990032001",
        "Nama: Basri Rase",
      ]),
    );
    // Table 1: IKU-02's 2025 target, 80 (no PK target typed: the Renstra's).
    expect(pk.find((r) => r[2] === "Persentase PPKS yang memperoleh bantuan sosial")?.[4]).toBe(80);
    expect(pk.find((r) => r[1] === "1.06.02 Program Pemberdayaan Sosial")?.[2]).toBe(300_000_000);
    await preview((p) => p.showSheet("PK 2025"));
    await page.screenshot({ path: join(screenshotDir, "pk-2025.png") });
  });

  it("lists a bad input as an issue, shows cell text as text, and selects the cell when clicked", async () => {
    const hostile = "<img src=x onerror=alert(1)>";
    // Pembilang is column G in version 2.
    await preview((p) => p.write("Rehsos", "G6", [["12,5"]]));
    await page.evaluate((text) => window.ikuPreview.write("Rehsos", "G7", [[text]]), hostile);
    await clickAction("validate");

    const issues = page.locator(".iku-issue");
    await expect(issues.count()).resolves.toBeGreaterThanOrEqual(2);
    // Both are text in a number cell on Rehsos: one line, opened to show its cells.
    const group = page.locator(".iku-group", { hasText: "Teks di sel angka" });
    await expect(group.locator("summary").textContent()).resolves.toContain("2 sel");
    await group.locator("summary").click();
    const g6 = group.locator(".iku-issue", { hasText: "G6" }).first();
    await expect(g6.textContent()).resolves.toContain('berisi teks "12,5"');
    // The hostile text is on screen as characters, and no element or dialog came of it.
    await expect(page.locator(".iku-issue", { hasText: hostile }).count()).resolves.toBe(1);
    await expect(page.locator(".iku-pane img").count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);

    await g6.click();
    await page.waitForFunction(() => window.ikuPreview.selection().address === "G6");
    expect(await preview((p) => p.selection())).toEqual({ sheet: "Rehsos", address: "G6" });
    await expect(page.getAttribute('table.pv-grid td[data-address="G6"]', "class")).resolves.toContain(
      "pv-selected",
    );
    await page.screenshot({ path: join(screenshotDir, "validasi-issues.png") });
  });

  it("switches the task pane to English with the language switch, the result shown with it", async () => {
    // The page of the test before: Validasi's issues listed, worded from the Indonesian
    // catalogue; the switch loads the English one (its own chunk) and words them again.
    await page.selectOption("#iku-lang", "en");
    await idle();
    await expect(page.textContent("#iku-setupTemplate")).resolves.toBe("Set up IKU template");
    await expect(page.textContent("#iku-generateLakip")).resolves.toBe("Generate LAKIP sheet");
    const g6 = page.locator(".iku-issue", { hasText: "G6" }).first();
    await expect(g6.textContent()).resolves.toContain('holds the text "12,5" in G6, not a number');
    await expect(page.textContent(".iku-outcome")).resolves.not.toContain("berisi teks");
    await page.selectOption("#iku-lang", "id");
    await idle();
    await expect(page.textContent("#iku-validate")).resolves.toBe("Validasi");
    await expect(g6.textContent()).resolves.toContain('berisi teks "12,5" di G6, bukan angka');
  });

  it("says in one line that a result cannot be shown when its catalogue does not load, and words the next once it does", async () => {
    // A page of its own: the catalogues loaded above are kept by the page that loaded them.
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const fresh = await context.newPage();
      const errors: string[] = [];
      fresh.on("pageerror", (e) => errors.push(e.message));
      await fresh.route("**/messages-id.js", (route) => route.abort());
      await fresh.goto(`${server.url}/preview.html`);
      await fresh.waitForFunction(() => window.ikuPreview !== undefined);
      await fresh.evaluate(() => window.ikuPreview.ready);
      const validate = async () => {
        await fresh.click("#iku-validate");
        await fresh.evaluate(() => window.ikuPreview.idle());
      };

      await validate();
      await expect(fresh.textContent(".iku-outcome h2")).resolves.toMatch(
        /^Aksi telah berakhir, tetapi hasilnya tidak dapat ditampilkan/,
      );
      await expect(fresh.isDisabled("#iku-validate")).resolves.toBe(false);

      await fresh.unroute("**/messages-id.js");
      await validate();
      await expect(fresh.textContent(".iku-outcome h2")).resolves.toBe("Validasi selesai");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

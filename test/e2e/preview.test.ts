import { mkdirSync } from "fs";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { e2eAvailability, launchChromium, screenshotDir } from "./chromium";
import { startPreviewServer, type PreviewServer } from "./previewServer";

const availability = e2eAvailability();
const describeE2e = availability.run ? describe : describe.skip;

type Preview = Window["ikuPreview"];

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

  // The function is sent as source text: it runs in the page, where window.ikuPreview lives.
  const preview = <T>(fn: (p: Preview) => T | Promise<T>): Promise<T> =>
    page.evaluate<T>(`(${fn.toString()})(window.ikuPreview)`);

  /** Clicks a task-pane button and waits until its action has finished. */
  async function clickAction(id: string): Promise<void> {
    await page.click(`#iku-${id}`);
    await page.evaluate(() => window.ikuPreview.idle());
    await page.waitForSelector(`#iku-${id}:not([disabled])`);
  }

  it("shows the task pane in Indonesian with its three actions", async () => {
    await expect(page.textContent("#iku-setupTemplate")).resolves.toBe("Siapkan Template IKU");
    await expect(page.textContent("#iku-validate")).resolves.toBe("Validasi");
    await expect(page.textContent("#iku-generateLakip")).resolves.toBe("Buat Lembar LAKIP");
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

    const sheet = await preview((p) => p.read("Linjamsos", "A4:J5"));
    expect(sheet.values[0]).toEqual([
      "Kode",
      "Indikator",
      "Satuan",
      "Tahun",
      "Target",
      "Pembilang",
      "Penyebut",
      "Realisasi",
      "Capaian (%)",
      "Predikat",
    ]);
    await preview((p) => p.showSheet("Linjamsos"));
    await page.screenshot({ path: join(screenshotDir, "template-linjamsos.png") });
  });

  it("computes Realisasi, Capaian and Predikat when pembilang, penyebut and target are typed in the grid", async () => {
    await preview((p) => p.showSheet("Rehsos"));
    // Rehsos row 5 is IKU-02 (a persen indicator), year 2022: type into the grid like a user.
    const type = async (address: string, text: string) => {
      await page.dblclick(`table[data-sheet="Rehsos"] td[data-address="${address}"]`);
      await page.keyboard.type(text);
      await page.keyboard.press("Enter");
    };
    await type("E5", "80");
    await type("F5", "45");
    await type("G5", "60");
    const row = await preview((p) => p.read("Rehsos", "A5:J5"));
    expect(row.values[0]?.slice(0, 1)).toEqual(["IKU-02"]);
    // 45 of 60 = 75%; 75 / 80 × 100 = 93.75 → Sangat Tinggi
    expect(row.values[0]?.slice(7)).toEqual([75, 93.75, "Sangat Tinggi"]);
    expect(dialogs).toEqual([]);
  });

  it("switches the task pane to English with the language switch", async () => {
    await page.selectOption("#iku-lang", "en");
    await expect(page.textContent("#iku-setupTemplate")).resolves.toBe("Set up IKU template");
    await expect(page.textContent("#iku-generateLakip")).resolves.toBe("Generate LAKIP sheet");
    await page.selectOption("#iku-lang", "id");
    await expect(page.textContent("#iku-validate")).resolves.toBe("Validasi");
  });
});

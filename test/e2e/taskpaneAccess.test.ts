import type { Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { e2eAvailability } from "./chromium";
import { inPreview, previewSessions, type Preview } from "./previewSessions";

const availability = e2eAvailability();
const describeE2e = availability.run ? describe : describe.skip;

/**
 * The task pane as people who do not use a mouse, who use a screen reader, who work in a
 * dark Office theme or in English meet it: axe-core finds no serious or critical violation
 * in any state, the keyboard alone reaches every action and every issue, the status is one
 * live region, a running action shows its steps with every button disabled.
 */
describeE2e("the task pane, by keyboard and for assistive technology", () => {
  const sessions = previewSessions();
  let page: Page;

  /** A fresh browser profile (nothing remembered) on the preview. */
  async function open(query = ""): Promise<Page> {
    page = await sessions.open(query);
    return page;
  }

  const preview = <T>(fn: (p: Preview) => T | Promise<T>): Promise<T> => inPreview(page, fn);
  const idle = () => page.evaluate(() => window.ikuPreview.idle());
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName ?? "", id: el?.id ?? "", text: el?.textContent ?? "" };
    });
  const liveRegions = () => page.locator("#app [role=status], #app [aria-live], #app [role=alert]").count();
  const noSeriousViolations = async () => expect(await seriousViolations(page, "#app")).toEqual([]);

  it("has no serious or critical axe violation when empty, in Indonesian and in English", async () => {
    await open();
    await noSeriousViolations();
    await page.selectOption("#iku-lang", "en");
    await expect(page.textContent("#iku-validate")).resolves.toBe("Validate");
    await noSeriousViolations();
    expect(await liveRegions()).toBe(1);
  });

  it("remembers the language chosen in the pane", async () => {
    // Still the page of the test before, switched to English.
    await page.reload();
    await page.evaluate(() => window.ikuPreview.ready);
    await expect(page.textContent("#iku-setupTemplate")).resolves.toBe("Set up IKU template");
    await expect(page.getAttribute("#app", "lang")).resolves.toBe("en");
    await page.selectOption("#iku-lang", "id");
    await page.reload();
    await page.evaluate(() => window.ikuPreview.ready);
    await expect(page.textContent("#iku-setupTemplate")).resolves.toBe("Siapkan Template IKU");
  });

  it("reaches every action and every issue by keyboard alone", async () => {
    await open();
    await page.focus("#iku-lang");
    await page.keyboard.press("Tab");
    expect((await focused()).id).toBe("iku-setupTemplate");
    await page.keyboard.press("Enter");
    await idle();
    await expect(page.textContent(".iku-outcome h2")).resolves.toBe("Template IKU telah dibuat.");
    // Focus comes back to the button that started the action.
    expect((await focused()).id).toBe("iku-setupTemplate");

    await page.keyboard.press("Tab");
    expect((await focused()).id).toBe("iku-validate");
    await page.keyboard.press("Space");
    await idle();
    expect((await focused()).id).toBe("iku-validate");
    await expect(page.textContent(".iku-verdict")).resolves.toMatch(
      /^\d+ galat harus diperbaiki sebelum lembar LAKIP dapat dibuat; \d+ peringatan tidak menghalangi laporan/,
    );

    await page.keyboard.press("Tab");
    expect((await focused()).id).toBe("iku-generateLakip");
    // Buat Lembar Monev, then its quarter and year; Buat Perjanjian Kinerja, then its year.
    for (const id of [
      "iku-generateMonev",
      "iku-monev-tw",
      "iku-monev-tahun",
      "iku-generatePerjanjianKinerja",
      "iku-pk-tahun",
    ]) {
      await page.keyboard.press("Tab");
      expect((await focused()).id).toBe(id);
    }
    // Into the issue list: the first line is a galat group, closed.
    await page.keyboard.press("Tab");
    const summary = await focused();
    expect(summary.tag).toBe("SUMMARY");
    expect(summary.text).toMatch(/^Galat/);
    await page.keyboard.press("Enter");
    await expect(page.locator(".iku-group").first().getAttribute("open")).resolves.toBe("");
    await page.keyboard.press("Tab");
    const cell = await focused();
    expect(cell.tag).toBe("BUTTON");
    const address = /^([A-Z]+\d+)/.exec(cell.text)?.[1];
    expect(address).toBeDefined();
    await page.keyboard.press("Enter");
    await page.waitForFunction((a) => window.ikuPreview.selection().address === a, address);

    // Every line and cell on the way to the help link is reachable, in order.
    const stops: string[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      const f = await focused();
      if (f.tag === "A") break;
      stops.push(f.tag);
    }
    expect((await focused()).text).toBe("Panduan");
    const groups = await page.locator(".iku-group").count();
    const singles = await page.locator(".iku-groups > li > .iku-issue").count();
    const openCells = await page.locator(".iku-group[open] .iku-issue").count();
    expect(stops.length).toBe(groups - 1 + singles + openCells - 1);

    // Back to Buat Lembar LAKIP, by keyboard: the fresh template has galat, so it refuses.
    await page.keyboard.down("Shift");
    for (let i = 0; i < 200 && (await focused()).id !== "iku-generateLakip"; i++)
      await page.keyboard.press("Tab");
    await page.keyboard.up("Shift");
    expect((await focused()).id).toBe("iku-generateLakip");
    await page.keyboard.press("Enter");
    await idle();
    await expect(page.textContent(".iku-outcome h2")).resolves.toBe("Perlu diperbaiki");
    expect((await focused()).id).toBe("iku-generateLakip");
  });

  it("has no serious or critical axe violation with galat and peringatan listed, a line open, in both languages", async () => {
    // The page of the test before: Validasi's result is replaced by Buat Lembar LAKIP's refusal, which lists the same issues.
    await expect(page.locator(".iku-galat").count()).resolves.toBeGreaterThan(0);
    await expect(page.locator(".iku-peringatan").count()).resolves.toBeGreaterThan(0);
    await page.locator(".iku-group summary").first().click();
    await noSeriousViolations();
    await page.selectOption("#iku-lang", "en");
    // With a result shown, the switch renders once the English catalogue is in.
    await idle();
    await expect(page.textContent(".iku-verdict")).resolves.toMatch(
      /errors? must be fixed before the LAKIP sheet/,
    );
    // The open line stays open across the language switch.
    await expect(page.locator(".iku-group[open]").count()).resolves.toBe(1);
    await noSeriousViolations();
    expect(await liveRegions()).toBe(1);
    await page.selectOption("#iku-lang", "id");
  });

  it("while an action runs: names it, lists its steps, disables every button, and has no serious axe violation", async () => {
    await preview((p) => p.holdSyncs());
    await page.click("#iku-setupTemplate");
    await page.waitForFunction(() => window.ikuPreview.heldSyncs() === 1);
    for (const id of ["setupTemplate", "validate", "generateLakip"])
      await expect(page.isDisabled(`#iku-${id}`)).resolves.toBe(true);
    await expect(page.textContent(".iku-working")).resolves.toBe("Menyiapkan template IKU…");
    const steps = () => page.locator(".iku-steps li").allTextContents();
    const current = () => page.textContent('.iku-steps [aria-current="step"]');
    await expect(steps()).resolves.toEqual(["Membaca buku kerja"]);
    await noSeriousViolations();
    expect(await liveRegions()).toBe(1);

    // The first read (sheets, names, Pengaturan…), then the Bidang sheets, then the write.
    await preview((p) => p.releaseSync());
    await page.waitForFunction(() => window.ikuPreview.heldSyncs() === 1);
    await preview((p) => p.releaseSync());
    await page.waitForFunction(() => window.ikuPreview.heldSyncs() === 1);
    await expect(steps()).resolves.toEqual(["Membaca buku kerja", "Menghitung", "Menulis ke buku kerja"]);
    await expect(current()).resolves.toBe("Menulis ke buku kerja");

    // A click on another action while one runs does nothing.
    await page.click("#iku-validate", { force: true });
    await page.selectOption("#iku-lang", "en");
    await expect(page.textContent(".iku-working")).resolves.toBe("Setting up the IKU template…");
    await expect(current()).resolves.toBe("Writing to the workbook");
    await noSeriousViolations();

    await preview((p) => p.releaseSyncs());
    await idle();
    await expect(page.isDisabled("#iku-validate")).resolves.toBe(false);
    await expect(page.textContent(".iku-outcome h2")).resolves.toBe(
      "The IKU template has been checked and completed.",
    );
    await expect(page.locator(".iku-steps").count()).resolves.toBe(0);
    await page.selectOption("#iku-lang", "id");
  });

  it("honours reduced motion: the progress bar stands still", async () => {
    const animation = () =>
      page.evaluate(() => {
        const bar = document.querySelector(".iku-progress");
        return bar ? getComputedStyle(bar, "::after").animationName : "no progress bar";
      });
    await preview((p) => p.holdSyncs());
    await page.click("#iku-validate");
    await page.waitForFunction(() => window.ikuPreview.heldSyncs() === 1);
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await expect(animation()).resolves.toBe("iku-slide");
    await page.emulateMedia({ reducedMotion: "reduce" });
    await expect(animation()).resolves.toBe("none");
    await preview((p) => p.releaseSyncs());
    await idle();
  });

  it("follows a dark Office theme with no serious or critical axe violation, empty and with results", async () => {
    await open("?theme=dark&lang=en");
    await expect(page.getAttribute("#app", "data-theme")).resolves.toBe("dark");
    await expect(page.textContent("#iku-validate")).resolves.toBe("Validate");
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector("#app")!).backgroundColor,
    );
    expect(background).toBe("rgb(41, 41, 41)");
    await noSeriousViolations();
    await page.click("#iku-setupTemplate");
    await idle();
    await page.click("#iku-validate");
    await idle();
    await page.locator(".iku-group summary").first().click();
    await noSeriousViolations();
  });
});

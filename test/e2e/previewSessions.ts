import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { startPreviewServer, type PreviewServer } from "./previewServer";

/** The preview's test hooks, as the page has them. */
export type Preview = Window["ikuPreview"];

/**
 * Fresh pages on the browser preview for one describe block: the server and Chromium start
 * once (beforeAll); each `open` closes the page before and gives a new browser context on
 * the preview, so a fresh workbook and a profile that remembers nothing; all is closed in
 * afterAll. Call it inside the describe block.
 */
export function previewSessions(): { readonly open: (query?: string) => Promise<Page> } {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  return {
    async open(query = "") {
      if (!server || !browser) throw new Error("previewSessions: open() runs in a test, after beforeAll");
      await context?.close();
      context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/preview.html${query}`);
      await page.waitForFunction(() => window.ikuPreview !== undefined);
      await page.evaluate(() => window.ikuPreview.ready);
      return page;
    },
  };
}

/** Runs `fn` in the page, where window.ikuPreview lives: it is sent as source text, so it closes over nothing. */
export const inPreview = <T>(page: Page, fn: (p: Preview) => T | Promise<T>): Promise<T> =>
  page.evaluate<T>(`(${fn.toString()})(window.ikuPreview)`);

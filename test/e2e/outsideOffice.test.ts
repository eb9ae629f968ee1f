import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { tmpdir } from "os";
import { dirname, extname, join, normalize } from "path";
import type { Browser, Page, Route } from "playwright-core";
import { ISSUE_KINDS } from "../../src/taskpane/strings";
import { seriousViolations } from "./axe";
import { e2eAvailability, launchChromium } from "./chromium";

const availability = e2eAvailability();
const describeE2e = availability.run ? describe : describe.skip;

const root = join(__dirname, "../..");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** Microsoft's office.js, from the @microsoft/office-js package: the real library, served offline. */
const officeJsDir = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
};

/**
 * The production task pane page (webpack's build, office.js from the CDN address) opened
 * where it cannot work: a plain browser tab with the real office.js, a page whose office.js
 * did not load. It must say what it is and how to open it from Excel, in both languages,
 * with no button. Then the same page inside "Excel" (a stand-in office.js reporting the Excel
 * host, a dark theme and an English display language): the pane itself, following both.
 */
describeE2e("the task pane page outside Excel, with Microsoft's office.js", () => {
  let out: string;
  let server: Server;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "iku-outside-"));
    execFileSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
      { cwd: root, stdio: "pipe" },
    );
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/")).replace(
        /^(\.\.[/\\])+/,
        "",
      );
      const file = join(out, path);
      if (!file.startsWith(out) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    rmSync(out, { recursive: true, force: true });
  });

  /**
   * A page whose requests to the CDN are answered by `cdn` and whose other requests leave
   * only for the local server (office.js reaches for Microsoft's telemetry, refused here).
   */
  async function openPane(cdn: (route: Route, file: string) => Promise<void>, path = "/taskpane.html") {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/*", async (route) => {
      const request = new URL(route.request().url());
      if (request.href.startsWith(CDN)) return cdn(route, request.href.slice(CDN.length));
      if (request.origin === url) return route.continue();
      return route.abort();
    });
    await page.goto(`${url}${path}`);
    return { page, errors, close: () => context.close() };
  }

  const realOfficeJs = async (route: Route, file: string) => {
    const path = join(officeJsDir, normalize(file));
    if (!path.startsWith(officeJsDir) || !existsSync(path)) return route.fulfill({ status: 404 });
    return route.fulfill({ body: readFileSync(path), contentType: "text/javascript" });
  };

  async function expectOutsidePage(page: Page, reason: string) {
    await page.waitForSelector(`#app[data-reason="${reason}"]`);
    await expect(page.locator("#app button, #app select, #app input").count()).resolves.toBe(0);
    await expect(page.textContent('#app section[lang="id"] h2')).resolves.toBe("Buka add-in ini dari Excel");
    await expect(page.textContent('#app section[lang="en"] h2')).resolves.toBe("Open this add-in from Excel");
    await expect(page.getAttribute('#app section[lang="en"] a', "href")).resolves.toBe("help.html#en");
    await expect(page.textContent("#app")).resolves.not.toContain("Excel is not defined");
    expect(await seriousViolations(page)).toEqual([]);
  }

  it("in a plain browser tab: office.js finds no host, and the page says how to open the add-in from Excel", async () => {
    const { page, errors, close } = await openPane(realOfficeJs);
    await expectOutsidePage(page, "notInOffice");
    await expect(page.textContent('#app section[lang="id"] .iku-outside-reason')).resolves.toMatch(
      /^Halaman ini dibuka di luar Excel/,
    );
    await expect(page.textContent('#app section[lang="en"]')).resolves.toContain(
      "On the Home tab, select IKU & LAKIP.",
    );
    // Office.onReady really came from Microsoft's library, and said: no host.
    await expect(page.evaluate(() => Office.onReady().then((info) => info.host))).resolves.toBeNull();
    expect(errors).toEqual([]);
    await close();
  });

  it("when office.js cannot be loaded: says so, in both languages", async () => {
    const { page, close } = await openPane((route) => route.abort());
    await expectOutsidePage(page, "officeJsMissing");
    await expect(page.textContent('#app section[lang="en"] .iku-outside-reason')).resolves.toMatch(
      /^The Office library \(office\.js\) could not be loaded/,
    );
    await close();
  });

  it("inside Excel: the pane itself, in Office's language and dark theme, its buttons disabled while an action runs", async () => {
    // A stand-in for office.js in Excel: the host, the language and theme it reports, and
    // an Excel.run whose batch never returns (an action in progress).
    const standIn = `
      window.Office = {
        HostType: { Excel: "Excel" },
        onReady: (cb) => { const info = { host: "Excel", platform: "PC" }; cb && cb(info); return Promise.resolve(info); },
        context: { displayLanguage: "en-US", officeTheme: { isDarkTheme: true, bodyBackgroundColor: "#262626" } },
      };
      window.CustomFunctions = { associate() {}, Error: function () {}, ErrorCode: {} };
      window.Excel = { run: () => new Promise(() => {}) };`;
    const { page, errors, close } = await openPane((route) =>
      route.fulfill({ body: standIn, contentType: "text/javascript" }),
    );
    await page.waitForSelector("#iku-validate");
    await expect(page.textContent("#iku-validate")).resolves.toBe("Validate");
    await expect(page.getAttribute("#app", "data-theme")).resolves.toBe("dark");
    await page.click("#iku-validate");
    await expect(page.isDisabled("#iku-setupTemplate")).resolves.toBe(true);
    await expect(page.textContent(".iku-working")).resolves.toBe("Validating inputs…");
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it("serves a bilingual help page with every function and every issue kind, and no serious axe violation", async () => {
    const { page, close } = await openPane(realOfficeJs, "/help.html");
    await expect(page.getAttribute("html", "lang")).resolves.toBe("id");
    await expect(page.locator('section[lang="id"]').count()).resolves.toBe(1);
    await expect(page.locator('section[lang="en"]#en').count()).resolves.toBe(1);
    for (const fn of ["persen", "rasio", "capaian", "predikat"]) {
      await expect(page.textContent(`#${fn}`)).resolves.toContain(`IKU.${fn.toUpperCase()}(`);
      await expect(page.textContent(`#en-${fn}`)).resolves.toContain(`IKU.${fn.toUpperCase()}(`);
    }
    for (const code of ISSUE_KINDS) {
      await expect(page.locator(`#masalah-${code}`).count()).resolves.toBe(1);
      await expect(page.locator(`#en-masalah-${code}`).count()).resolves.toBe(1);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await close();
  });
});

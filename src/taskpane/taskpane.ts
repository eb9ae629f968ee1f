/*
 * The task pane's entry in Excel. In the shared runtime this page also hosts the custom
 * functions (functions.js is loaded before this bundle by taskpane.html).
 *
 * Where the pane cannot work it says so instead of offering buttons that would fail:
 * office.js did not load (offline, blocked), or Office.onReady reports no host (a plain
 * browser tab, where SupportUrl-style links used to lead) or another Office application.
 */
import { detectCapabilities } from "../excel/requirements";
import { excelActions } from "./excelActions";
import { mountTaskpane, type LanguageStore } from "./mountTaskpane";
import { renderOutsideOffice } from "./renderOutsideOffice";
import { languageFor } from "./strings";
import { themeFor } from "./themeFor";

const app = document.getElementById("app");

if (app && typeof Office === "undefined") {
  renderOutsideOffice(app, "officeJsMissing");
} else if (app) {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      renderOutsideOffice(app, info.host ? "notExcel" : "notInOffice");
      return;
    }
    mountTaskpane(app, {
      language: languageFor(Office.context.displayLanguage),
      theme: themeFor(Office.context.officeTheme),
      storage: localStore(),
      actions: excelActions((batch) => Excel.run(batch), { capabilities: detectCapabilities() }),
    });
  });
}

/** localStorage, or nothing where the webview refuses it (reading it can throw). */
function localStore(): LanguageStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/*
 * The task pane's entry in Excel. In the shared runtime this page also hosts the custom
 * functions (functions.js is loaded before this bundle by taskpane.html).
 */
import { excelActions } from "./excelActions";
import { mountTaskpane } from "./mountTaskpane";
import { languageFor, STRINGS } from "./strings";

const app = document.getElementById("app");

if (app && typeof Office !== "undefined") {
  void Office.onReady(() => {
    mountTaskpane(app, {
      language: languageFor(Office.context.displayLanguage),
      actions: excelActions((batch) => Excel.run(batch)),
    });
  });
} else if (app) {
  // Opened outside Office (a plain browser tab): say where it belongs instead of failing silently.
  app.textContent = `${STRINGS.id.officeMissing} / ${STRINGS.en.officeMissing}`;
}

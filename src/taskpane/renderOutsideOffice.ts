import { ensureStyle, h } from "./mountTaskpane";
import { STRINGS, type OutsideReason } from "./strings";

/**
 * The page the task pane shows where it cannot work: in a plain browser tab, in another
 * Office application, or when office.js did not load. Both languages, since Office cannot
 * tell us the user's: what the add-in is, how to open it from Excel, where the help is.
 * No button: nothing here could act on a workbook.
 */
export function renderOutsideOffice(root: HTMLElement, reason: OutsideReason): void {
  ensureStyle();
  root.classList.add("iku-pane", "iku-outside");
  root.dataset["theme"] = "light";
  root.dataset["reason"] = reason;
  root.replaceChildren(
    h("h1", {}, STRINGS.id.title),
    ...(["id", "en"] as const).map((lang) => {
      const s = STRINGS[lang];
      const o = s.outside;
      return h(
        "section",
        { lang, "aria-labelledby": `iku-outside-${lang}` },
        h("h2", { id: `iku-outside-${lang}` }, o.heading),
        h("p", { class: "iku-outside-reason" }, o.reason[reason]),
        h("p", {}, o.what),
        h("h3", {}, o.howHeading),
        h("ol", {}, ...o.how.map((step) => h("li", {}, step))),
        h("p", {}, h("a", { href: lang === "en" ? "help.html#en" : "help.html" }, o.help)),
      );
    }),
  );
}

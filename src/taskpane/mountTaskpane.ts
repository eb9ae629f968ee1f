import css from "./taskpane.css";
import { STRINGS, type Lang, type Strings } from "./strings";

/** An issue as the pane lists it; clicking it selects `address` on `sheet`. */
export interface IssueView {
  /** The issue's kind (`ValidationIssue["code"]`, "katalog" for a catalog problem), to group by. */
  readonly code: string;
  readonly severity: "galat" | "peringatan";
  readonly sheet: string;
  /** "" for a sheet-level issue: clicking then activates the sheet's first cell. */
  readonly address: string;
  readonly message: string;
}

/** What an action reports, rendered in the pane's current language. */
export interface Outcome {
  readonly tone: "success" | "warning" | "error";
  readonly heading: string;
  readonly lines: readonly string[];
  readonly issues?: readonly IssueView[];
}

/** A finished action's result, kept typed so a language switch can render it again. */
export type Describe = (s: Strings) => Outcome;

export type ActionName = "setupTemplate" | "validate" | "generateLakip";

export interface TaskpaneActions {
  readonly setupTemplate: () => Promise<Describe>;
  readonly validate: () => Promise<Describe>;
  readonly generateLakip: () => Promise<Describe>;
  readonly selectCell: (sheet: string, address: string) => Promise<void>;
}

export interface TaskpaneHandle {
  setLanguage(lang: Lang): void;
  /** Resolves when the running action (if any) has finished; for tests and the preview. */
  idle(): Promise<void>;
}

type Child = Node | string;

/** Builds an element; text goes through text nodes, never HTML, so cell text stays text. */
function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

const ACTIONS: readonly ActionName[] = ["setupTemplate", "validate", "generateLakip"];
const HINT: Readonly<Record<ActionName, "setupTemplateHint" | "validateHint" | "generateLakipHint">> = {
  setupTemplate: "setupTemplateHint",
  validate: "validateHint",
  generateLakip: "generateLakipHint",
};

/**
 * The task pane: three actions, a progress state while one runs, and its outcome —
 * a summary, and issues grouped by sheet that select their cell when clicked.
 */
export function mountTaskpane(
  root: HTMLElement,
  options: { language: Lang; actions: TaskpaneActions },
): TaskpaneHandle {
  let lang = options.language;
  let busy: ActionName | null = null;
  let last: Describe | null = null;
  let running: Promise<void> = Promise.resolve();

  if (!document.getElementById("iku-pane-style")) {
    document.head.append(h("style", { id: "iku-pane-style" }, css));
  }

  const render = () => {
    const s = STRINGS[lang];
    root.replaceChildren();
    root.classList.add("iku-pane");
    root.setAttribute("lang", lang);

    const select = h("select", { id: "iku-lang", "aria-label": s.languageLabel }) as HTMLSelectElement;
    for (const [value, label] of [
      ["id", "Bahasa Indonesia"],
      ["en", "English"],
    ] as const) {
      const option = h("option", { value }, label) as HTMLOptionElement;
      option.selected = value === lang;
      select.append(option);
    }
    select.addEventListener("change", () => {
      lang = select.value === "en" ? "en" : "id";
      render();
      document.getElementById("iku-lang")?.focus();
    });

    root.append(
      h(
        "header",
        { class: "iku-header" },
        h("div", {}, h("h1", {}, s.title), h("p", { class: "iku-subtitle" }, s.subtitle)),
        h("label", { class: "iku-lang", for: "iku-lang" }, s.languageLabel, select),
      ),
    );

    const actions = h("div", { class: "iku-actions" });
    for (const name of ACTIONS) {
      const button = h(
        "button",
        {
          type: "button",
          id: `iku-${name}`,
          class: name === "setupTemplate" ? "iku-button iku-primary" : "iku-button",
          "aria-describedby": `iku-${name}-hint`,
        },
        s[name],
      ) as HTMLButtonElement;
      button.disabled = busy !== null;
      button.addEventListener("click", () => {
        running = start(name);
      });
      actions.append(
        h(
          "div",
          { class: "iku-action" },
          button,
          h("p", { id: `iku-${name}-hint`, class: "iku-hint" }, s[HINT[name]]),
        ),
      );
    }
    root.append(actions);

    const status = h("section", { class: "iku-status", role: "status", "aria-live": "polite" });
    if (busy) {
      status.setAttribute("aria-busy", "true");
      status.append(
        h("div", { class: "iku-progress", role: "progressbar", "aria-label": s.working[busy] }),
        h("p", {}, s.working[busy]),
      );
    } else if (last) {
      status.append(renderOutcome(last(s), s));
    }
    root.append(status);
  };

  const renderOutcome = (outcome: Outcome, s: Strings): HTMLElement => {
    const box = h("div", { class: `iku-outcome iku-${outcome.tone}` }, h("h2", {}, outcome.heading));
    if (outcome.lines.length > 0)
      box.append(h("ul", { class: "iku-lines" }, ...outcome.lines.map((l) => h("li", {}, l))));
    if (outcome.issues) {
      const galat = outcome.issues.filter((i) => i.severity === "galat").length;
      box.append(
        h(
          "p",
          { class: "iku-count" },
          outcome.issues.length === 0 ? s.noIssues : s.issuesTitle(galat, outcome.issues.length - galat),
        ),
      );
      const bySheet = new Map<string, IssueView[]>();
      for (const issue of outcome.issues)
        bySheet.set(issue.sheet, [...(bySheet.get(issue.sheet) ?? []), issue]);
      for (const [sheet, issues] of bySheet) {
        const list = h("ul", { class: "iku-issues" });
        for (const issue of issues) {
          const where = issue.address || s.sheetLevel;
          const button = h(
            "button",
            {
              type: "button",
              class: `iku-issue iku-${issue.severity}`,
              title: s.selectCellLabel(sheet, where),
            },
            h("span", { class: "iku-badge" }, issue.severity === "galat" ? s.galat : s.peringatan),
            h("span", { class: "iku-address" }, where),
            h("span", { class: "iku-message" }, issue.message),
          );
          button.addEventListener("click", () => {
            void options.actions.selectCell(issue.sheet, issue.address || "A1").catch(() => undefined);
          });
          list.append(h("li", {}, button));
        }
        box.append(h("section", { class: "iku-sheet" }, h("h3", {}, sheet), list));
      }
    }
    return box;
  };

  const start = async (name: ActionName): Promise<void> => {
    if (busy) return;
    busy = name;
    render();
    try {
      last = await options.actions[name]();
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      // Excel's AccessDenied: a protection the add-in cannot lift (a password of the user's).
      const denied = typeof e === "object" && e !== null && (e as { code?: unknown }).code === "AccessDenied";
      last = (s) => ({
        tone: "error",
        heading: s.failed,
        lines: [denied ? s.accessDenied : s.unexpectedError(detail)],
      });
    } finally {
      busy = null;
      render();
      document.getElementById(`iku-${name}`)?.focus();
    }
  };

  render();
  return {
    setLanguage(next) {
      lang = next;
      render();
    },
    idle: () => running,
  };
}

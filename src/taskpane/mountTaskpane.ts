import { loadedMessages, loadMessages, type ActionStep, type Messages } from "../core";
import css from "./taskpane.css";
import { STRINGS, type Lang, type Strings } from "./strings";

/** An issue as the pane lists it; clicking it selects `address` on `sheet`. */
export interface IssueView {
  /** The issue's kind (`ValidationIssue.code`, e.g. "targetMissing"): issues of one kind on one sheet form one line. */
  readonly code: string;
  readonly severity: "galat" | "peringatan";
  readonly sheet: string;
  /** "" for an issue about a whole sheet (a missing Pengaturan or Katalog IKU): clicking then tries the sheet's first cell. */
  readonly address: string;
  readonly message: string;
}

/** What an action reports, rendered in the pane's current language. */
export interface Outcome {
  readonly tone: "success" | "warning" | "error";
  readonly heading: string;
  readonly lines: readonly string[];
  readonly issues?: readonly IssueView[];
  /** False when the issues are not validation's (a refused write): no count, no verdict on the report. */
  readonly verdict?: boolean;
  /** Buttons offering the next step (try again, adopt a renamed sheet): each runs as an action. */
  readonly followUps?: readonly FollowUp[];
}

/** A button in an outcome that runs an action again, as it offers. */
export interface FollowUp {
  /** Part of the button's id: `iku-followup-<id>`. */
  readonly id: string;
  readonly label: string;
  /** The action it runs, named while it runs like the action's own button. */
  readonly action: ActionName;
  readonly run: (progress: Progress) => Promise<Describe>;
}

/**
 * A finished action's result, kept typed so a language switch can render it again: worded
 * by the pane's strings and the message catalogue (`m`) of the same language.
 */
export type Describe = (s: Strings, m: Messages) => Outcome;

export type ActionName =
  "setupTemplate" | "validate" | "generateLakip" | "generateMonev" | "generatePerjanjianKinerja";

/** The quarter and year "Buat Lembar Monev" writes; no year: Pengaturan's tahun laporan. */
export interface MonevChoice {
  readonly triwulan: 1 | 2 | 3 | 4;
  readonly tahun?: number;
}

/** The year "Buat Perjanjian Kinerja" writes: the tahun laporan's, or the next (prepared in advance). */
export interface PkChoice {
  readonly tahun: "laporan" | "berikutnya";
}

/** Where a running action is (`ActionStep`); the pane lists the steps reached so far. */
export type Progress = (step: ActionStep) => void;

/** What clicking an issue did: selected its cell, showed its hidden sheet first, or found no sheet. */
type SelectResult = "selected" | "shown" | "sheetMissing";

export interface TaskpaneActions {
  readonly setupTemplate: (progress?: Progress) => Promise<Describe>;
  readonly validate: (progress?: Progress) => Promise<Describe>;
  readonly generateLakip: (progress?: Progress) => Promise<Describe>;
  readonly generateMonev: (progress: Progress | undefined, choice: MonevChoice) => Promise<Describe>;
  readonly generatePerjanjianKinerja: (progress: Progress | undefined, choice: PkChoice) => Promise<Describe>;
  readonly selectCell: (sheet: string, address: string) => Promise<SelectResult>;
}

/** Where the chosen language is remembered (localStorage in Office and the preview). */
export type LanguageStore = Pick<Storage, "getItem" | "setItem">;

export interface TaskpaneOptions {
  /** Office's display language; a language the user chose in the pane before wins. */
  readonly language: Lang;
  readonly actions: TaskpaneActions;
  /** Office's theme: the pane follows a dark one. */
  readonly theme?: "light" | "dark" | undefined;
  readonly storage?: LanguageStore | undefined;
}

export interface TaskpaneHandle {
  setLanguage(lang: Lang): void;
  /**
   * Resolves when the running action (if any) has finished and the pane shows its result,
   * and when a language switch waiting for its catalogue has been rendered; for tests and
   * the preview.
   */
  idle(): Promise<void>;
}

const LANGUAGE_KEY = "iku-lakip.language";

type Child = Node | string;

/** Builds an element; text goes through text nodes, never HTML, so cell text stays text. */
export function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

/** The pane's style sheet, once per document. */
export function ensureStyle(): void {
  if (!document.getElementById("iku-pane-style")) {
    document.head.append(h("style", { id: "iku-pane-style" }, css));
  }
}

const ACTIONS: readonly ActionName[] = [
  "setupTemplate",
  "validate",
  "generateLakip",
  "generateMonev",
  "generatePerjanjianKinerja",
];
const HINT: Readonly<Record<ActionName, `${ActionName}Hint`>> = {
  setupTemplate: "setupTemplateHint",
  validate: "validateHint",
  generateLakip: "generateLakipHint",
  generateMonev: "generateMonevHint",
  generatePerjanjianKinerja: "generatePerjanjianKinerjaHint",
};

/** The quarter just ended, the one staff usually report: January–March → TW 4. */
const lastQuarter = (now: Date): MonevChoice["triwulan"] =>
  ([4, 1, 2, 3] as const)[Math.floor(now.getMonth() / 3)] ?? 1;

/** Issues of one kind on one sheet, of one severity: one line in the list. */
interface IssueGroup {
  readonly key: string;
  readonly severity: IssueView["severity"];
  readonly code: string;
  readonly sheet: string;
  readonly issues: IssueView[];
}

/** Groups by (severity, code, sheet), galat first, each group where its first issue stood. */
export function groupIssues(issues: readonly IssueView[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = `${issue.severity}\u0000${issue.code}\u0000${issue.sheet}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, severity: issue.severity, code: issue.code, sheet: issue.sheet, issues: [] };
      groups.set(key, group);
    }
    group.issues.push(issue);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.severity === "galat"), ...all.filter((g) => g.severity === "peringatan")];
}

/**
 * The task pane: three actions; while one runs, every button is disabled and the pane
 * names the action and the steps it has reached; then its outcome: a summary, one
 * sentence on what blocks the report, and the issues grouped by kind and sheet, each
 * cell a button that selects it. One live region (`role=status`) speaks the status.
 */
export function mountTaskpane(root: HTMLElement, options: TaskpaneOptions): TaskpaneHandle {
  const stored = readLanguage(options.storage);
  let lang: Lang = stored ?? options.language;
  let busy: ActionName | null = null;
  let steps: ActionStep[] = [];
  let last: Describe | null = null;
  /** What the last click on an issue found (a sheet gone or shown), said in the outcome. */
  let selectNote: ((s: Strings) => string) | null = null;
  let running: Promise<void> = Promise.resolve();
  /** A language switch waiting for its catalogue before it renders. */
  let switching: Promise<void> = Promise.resolve();
  let monev: { triwulan: MonevChoice["triwulan"]; tahun: string } = {
    triwulan: lastQuarter(new Date()),
    tahun: "",
  };
  let pk: PkChoice = { tahun: "laporan" };
  /** Expanded issue groups, kept across a language switch. */
  const open = new Set<string>();
  /** Languages whose catalogue failed to load last time: their result is one line instead. */
  const unavailable = new Set<Lang>();
  const status = h("div", { id: "iku-status", class: "iku-status", role: "status", tabindex: "-1" });

  ensureStyle();
  root.classList.add("iku-pane");
  root.dataset["theme"] = options.theme ?? "light";

  const render = () => {
    const s = STRINGS[lang];
    // Re-rendering replaces the elements: focus goes back to the same control by id.
    const focused = document.activeElement?.id;
    root.replaceChildren();
    root.setAttribute("lang", lang);

    const select = h("select", { id: "iku-lang" }) as HTMLSelectElement;
    for (const [value, label] of [
      ["id", "Bahasa Indonesia"],
      ["en", "English"],
    ] as const) {
      const option = h("option", { value, lang: value }, label) as HTMLOptionElement;
      option.selected = value === lang;
      select.append(option);
    }
    select.addEventListener("change", () => {
      const next = select.value === "en" ? "en" : "id";
      try {
        options.storage?.setItem(LANGUAGE_KEY, next);
      } catch {
        // Storage refused (private mode, a locked-down webview): the choice lasts this session.
      }
      showLanguage(next);
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
      if (busy === name) button.classList.add("iku-running");
      button.addEventListener("click", () => {
        running = start(name);
      });
      const action = h(
        "div",
        { class: "iku-action" },
        button,
        h("p", { id: `iku-${name}-hint`, class: "iku-hint" }, s[HINT[name]]),
      );
      if (name === "generateMonev") action.append(monevControls(s));
      if (name === "generatePerjanjianKinerja") action.append(pkControls(s));
      actions.append(action);
    }
    const outcome = busy ? null : shownOutcome(s);
    root.append(actions, status);
    renderStatus(outcome);

    if (outcome) root.append(renderOutcome(outcome, s));
    root.append(
      h(
        "footer",
        { class: "iku-footer" },
        h(
          "a",
          { href: "help.html", target: "_blank", rel: "noopener", "aria-label": s.helpLinkLabel },
          s.helpLink,
        ),
      ),
    );
    if (focused) document.getElementById(focused)?.focus();
  };

  /** The quarter and year chosen for the Monev; a year that is not a whole number is left to the tahun laporan. */
  const monevChoice = (): MonevChoice => {
    const year = Number(monev.tahun);
    return {
      triwulan: monev.triwulan,
      ...(monev.tahun.trim() !== "" && Number.isInteger(year) ? { tahun: year } : {}),
    };
  };

  /** The Monev's quarter and year; kept across renders and language switches. */
  const monevControls = (s: Strings): HTMLElement => {
    const tw = h("select", { id: "iku-monev-tw" }) as HTMLSelectElement;
    for (const q of [1, 2, 3, 4] as const) {
      const option = h("option", { value: String(q) }, `TW ${q}`) as HTMLOptionElement;
      option.selected = q === monev.triwulan;
      tw.append(option);
    }
    tw.addEventListener("change", () => {
      const q = Number(tw.value);
      monev = { ...monev, triwulan: q === 2 || q === 3 || q === 4 ? q : 1 };
    });
    const tahun = h("input", {
      id: "iku-monev-tahun",
      type: "number",
      inputmode: "numeric",
      min: "2000",
      max: "2100",
      placeholder: s.monevTahunPlaceholder,
    }) as HTMLInputElement;
    tahun.value = monev.tahun;
    tahun.addEventListener("input", () => {
      monev = { ...monev, tahun: tahun.value };
    });
    tw.disabled = tahun.disabled = busy !== null;
    return h(
      "div",
      { class: "iku-choice" },
      h("label", { for: "iku-monev-tw" }, s.monevTriwulan, tw),
      h("label", { for: "iku-monev-tahun" }, s.monevTahun, tahun),
    );
  };

  /** The PK's year; kept across renders and language switches. */
  const pkControls = (s: Strings): HTMLElement => {
    const tahun = h("select", { id: "iku-pk-tahun" }) as HTMLSelectElement;
    for (const [value, label] of [
      ["laporan", s.pkTahunLaporan],
      ["berikutnya", s.pkTahunBerikutnya],
    ] as const) {
      const option = h("option", { value }, label) as HTMLOptionElement;
      option.selected = value === pk.tahun;
      tahun.append(option);
    }
    tahun.addEventListener("change", () => {
      pk = { tahun: tahun.value === "berikutnya" ? "berikutnya" : "laporan" };
    });
    tahun.disabled = busy !== null;
    return h("div", { class: "iku-choice" }, h("label", { for: "iku-pk-tahun" }, s.pkTahun, tahun));
  };

  /**
   * Only the live region: a step reached must not rebuild (and refocus) the whole pane.
   * `outcome` is the shown result, worded (`render` has it).
   */
  const renderStatus = (outcome: Outcome | null = null) => {
    const s = STRINGS[lang];
    status.replaceChildren();
    if (busy) {
      status.append(
        h("p", { class: "iku-working" }, s.working[busy]),
        h("div", { class: "iku-progress", role: "progressbar", "aria-label": s.working[busy] }),
      );
      if (steps.length > 0) {
        status.append(
          h(
            "ol",
            { class: "iku-steps", "aria-label": s.stepsLabel },
            ...steps.map((step, i) =>
              h(
                "li",
                i === steps.length - 1 ? { "aria-current": "step" } : { class: "iku-step-done" },
                s.steps[step],
              ),
            ),
          ),
        );
      }
    } else if (selectNote) {
      status.append(h("p", { class: "iku-visually-hidden" }, selectNote(s)));
    } else if (outcome) {
      // Spoken once an action ends: the heading and the verdict; the list stays out of the live region.
      const galat = outcome.issues?.filter((i) => i.severity === "galat").length ?? 0;
      const count = outcome.verdict === false ? 0 : (outcome.issues?.length ?? 0);
      status.append(
        h(
          "p",
          { class: "iku-visually-hidden" },
          [outcome.heading, count > 0 ? s.issuesVerdict(galat, count - galat) : ""].join(" ").trim(),
        ),
      );
    }
  };

  /**
   * The last result, worded in the language shown; null while that language's catalogue
   * is still loading (the pane renders again once it is in), a line saying so when it
   * could not be loaded.
   */
  const shownOutcome = (s: Strings): Outcome | null => {
    if (!last) return null;
    const m = loadedMessages(lang);
    if (m) return last(s, m);
    if (unavailable.has(lang)) return { tone: "warning", heading: s.messagesUnavailable, lines: [] };
    const wanted = lang;
    void wordsReady(wanted).then(() => {
      if (lang === wanted) render();
    });
    return null;
  };

  /** Loads the catalogue of `l`; resolves either way, a failure noted in `unavailable`. */
  const wordsReady = (l: Lang): Promise<void> =>
    loadMessages(l).then(
      () => {
        unavailable.delete(l);
      },
      (error: unknown) => {
        console.error(error);
        unavailable.add(l);
      },
    );

  /** Switches the pane's language; a shown result waits for its catalogue, to switch at once. */
  const showLanguage = (next: Lang) => {
    lang = next;
    if (busy || !last || loadedMessages(next)) {
      render();
      return;
    }
    switching = wordsReady(next).then(() => {
      if (lang === next) render();
    });
  };

  const renderOutcome = (outcome: Outcome, s: Strings): HTMLElement => {
    const box = h(
      "section",
      { class: `iku-outcome iku-${outcome.tone}`, "aria-labelledby": "iku-outcome-heading" },
      h("h2", { id: "iku-outcome-heading" }, outcome.heading),
    );
    if (outcome.lines.length > 0)
      box.append(h("ul", { class: "iku-lines" }, ...outcome.lines.map((l) => h("li", {}, l))));
    if (outcome.followUps && outcome.followUps.length > 0) {
      const buttons = h("div", { class: "iku-followups" });
      for (const f of outcome.followUps) {
        const button = h(
          "button",
          { type: "button", id: `iku-followup-${f.id}`, class: "iku-button" },
          f.label,
        ) as HTMLButtonElement;
        button.disabled = busy !== null;
        button.addEventListener("click", () => {
          running = start(f.action, f.run);
        });
        buttons.append(button);
      }
      box.append(buttons);
    }
    if (selectNote) box.append(h("p", { class: "iku-select-note", id: "iku-select-note" }, selectNote(s)));
    if (!outcome.issues) return box;
    const galat = outcome.issues.filter((i) => i.severity === "galat").length;
    const peringatan = outcome.issues.length - galat;
    if (outcome.issues.length === 0) {
      box.append(h("p", { class: "iku-count" }, s.noIssues));
      return box;
    }
    if (outcome.verdict !== false)
      box.append(
        h("p", { class: "iku-count" }, s.issuesTitle(galat, peringatan)),
        h("p", { class: "iku-verdict" }, s.issuesVerdict(galat, peringatan)),
      );
    const list = h("ul", { class: "iku-groups" });
    for (const group of groupIssues(outcome.issues)) list.append(h("li", {}, renderGroup(group, s)));
    box.append(list);
    return box;
  };

  const issueButton = (issue: IssueView, s: Strings, withBadge: boolean): HTMLElement => {
    const where = issue.address || s.sheetLevel;
    const button = h(
      "button",
      {
        type: "button",
        class: `iku-issue iku-${issue.severity}${withBadge ? " iku-issue-single" : ""}`,
        title: s.selectCellLabel(issue.sheet, where),
      },
      ...(withBadge
        ? [h("span", { class: "iku-badge" }, issue.severity === "galat" ? s.galat : s.peringatan)]
        : []),
      h("span", { class: "iku-address" }, withBadge ? `${issue.sheet}!${where}` : where),
      h("span", { class: "iku-message" }, issue.message),
    );
    button.addEventListener("click", () => {
      if (busy) return;
      void options.actions.selectCell(issue.sheet, issue.address || "A1").then(
        (result) => {
          const note =
            result === "sheetMissing"
              ? (t: Strings) => t.sheetGone(issue.sheet)
              : result === "shown"
                ? (t: Strings) => t.sheetShown(issue.sheet)
                : null;
          if (note === null && selectNote === null) return;
          selectNote = note;
          render();
        },
        (error: unknown) => console.error(error),
      );
    });
    return button;
  };

  const renderGroup = (group: IssueGroup, s: Strings): HTMLElement => {
    const [first] = group.issues;
    if (group.issues.length === 1 && first) return issueButton(first, s, true);
    const title = s.issueKind(group.code) ?? first?.message ?? group.code;
    const details = h("details", { class: `iku-group iku-${group.severity}` }) as HTMLDetailsElement;
    details.open = open.has(group.key);
    details.addEventListener("toggle", () => {
      if (details.open) open.add(group.key);
      else open.delete(group.key);
    });
    details.append(
      h(
        "summary",
        {},
        h("span", { class: "iku-badge" }, group.severity === "galat" ? s.galat : s.peringatan),
        h("span", { class: "iku-group-title" }, title),
        h("span", { class: "iku-address" }, group.sheet),
        h("span", { class: "iku-group-count" }, s.cellCount(group.issues.length)),
      ),
      h(
        "ul",
        { class: "iku-issues" },
        ...group.issues.map((issue) => h("li", {}, issueButton(issue, s, false))),
      ),
    );
    return details;
  };

  /**
   * How each button runs its action; the Monev and the PK take the choice shown beside
   * their button when clicked. A record, so a new action cannot be left without one.
   */
  const runs: Readonly<Record<ActionName, (progress: Progress) => Promise<Describe>>> = {
    setupTemplate: (p) => options.actions.setupTemplate(p),
    validate: (p) => options.actions.validate(p),
    generateLakip: (p) => options.actions.generateLakip(p),
    generateMonev: (p) => options.actions.generateMonev(p, monevChoice()),
    generatePerjanjianKinerja: (p) => options.actions.generatePerjanjianKinerja(p, pk),
  };

  const start = async (
    name: ActionName,
    run: (progress: Progress) => Promise<Describe> = runs[name],
  ): Promise<void> => {
    // One action at a time, whatever started it (a click, Enter or Space, a follow-up).
    if (busy) return;
    busy = name;
    steps = [];
    selectNote = null;
    render();
    // The clicked button is disabled now: keep keyboard focus in the pane, on the status.
    status.focus();
    const progress: Progress = (step) => {
      if (busy !== name || steps[steps.length - 1] === step) return;
      steps = [...steps.filter((s) => s !== step), step];
      renderStatus();
    };
    // The result is worded in the language shown: its catalogue loads while the action runs.
    const words = wordsReady(lang);
    try {
      last = await run(progress);
    } catch (e) {
      // The actions return every Excel failure as an outcome: what arrives here is a fault
      // of the add-in. The details are for support (the console), not for the user.
      console.error(e);
      last = (s, m) => ({ tone: "error", heading: s.failed, lines: [m.failure.unexpected] });
    } finally {
      await words;
      // The language may have been switched while the action ran: its catalogue is awaited too.
      await wordsReady(lang);
      busy = null;
      steps = [];
      open.clear();
      render();
      document.getElementById(`iku-${name}`)?.focus();
    }
  };

  render();
  return {
    setLanguage: showLanguage,
    idle: () => Promise.all([running, switching]).then(() => undefined),
  };
}

function readLanguage(storage: LanguageStore | undefined): Lang | null {
  try {
    const value = storage?.getItem(LANGUAGE_KEY);
    return value === "id" || value === "en" ? value : null;
  } catch {
    return null;
  }
}

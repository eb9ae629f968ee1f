/*
 * The browser preview: the real task pane (the same code, calling the same Excel.run)
 * beside a grid of the development workbook host. It needs no network: office.js is
 * not loaded; the host (@iku-lakip/excel-host) installs the Excel, OfficeExtension and
 * CustomFunctions globals the add-in uses. Scripts (the end-to-end tests) drive it through
 * `window.ikuPreview`.
 */
// First: it installs the globals the modules below use as they load.
import { workbook } from "./previewWorkbook";
import type { FaultPlan } from "@iku-lakip/excel-host";
import * as functions from "../src/functions/functions";
import type { ExcelRun } from "../src/excel/ExcelRun";
import { excelActions } from "../src/taskpane/excelActions";
import { mountTaskpane } from "../src/taskpane/mountTaskpane";
import css from "./preview.css";
import { renderGrid } from "./renderGrid";

export interface IkuPreview {
  /** Resolves when the task pane and the workbook are loaded. */
  readonly ready: Promise<void>;
  sheetNames(): string[];
  /** Values and formulas of `address`, or of the used range. */
  read(sheet: string, address?: string): { address: string; values: unknown[][]; formulas: unknown[][] };
  /**
   * Like pasting values: numbers, text, "=formulas", "" clears; dependents recompute;
   * data validation is not applied. Like Excel, a locked cell of a protected sheet
   * refuses the paste unless `force` (as if the sheet were unprotected first).
   */
  write(sheet: string, address: string, values: unknown[][], options?: { force?: boolean }): void;
  selection(): { sheet: string; address: string };
  /** context.sync() calls and the size of each batch since load or resetStats(). */
  stats(): { syncs: number; batchBytes: number[] };
  resetStats(): void;
  /** Shows a sheet in the grid, as clicking its tab does. */
  showSheet(sheet: string): void;
  /** Resolves when the task pane's running action (if any) has finished. */
  idle(): Promise<void>;
  /**
   * Holds every later `context.sync()` of the pane's actions until `releaseSync()`, so a test
   * can look at the pane while an action runs; `releaseSyncs()` lets all go and stops holding.
   */
  holdSyncs(): void;
  releaseSync(): void;
  releaseSyncs(): void;
  /** How many syncs are waiting. */
  heldSyncs(): number;
  /**
   * Switches real Excel's misbehaviours on for the syncs that follow (the host's
   * `FaultPlan`: a sync failing part-way with a code, one that never returns, cell-edit
   * mode, protect/unprotect refused, fit-to-page ignored); `faults()` switches them off.
   */
  faults(plan?: FaultPlan): void;
  /**
   * What the pane's runner is told: a shorter sync timeout (to see a hang end), whether
   * Office reports ExcelApiOnline 1.1 (`passwordInfo`: Excel on the web, on by default).
   */
  settings(settings: { syncTimeoutMs?: number; passwordInfo?: boolean }): void;
  /** An `Excel.run` on the workbook outside the pane, as a script would (rename, hide, protect…). */
  excel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

declare global {
  interface Window {
    ikuPreview: IkuPreview;
  }
}

workbook.registerCustomFunctions(functions);

document.head.append(Object.assign(document.createElement("style"), { textContent: css }));

const gridWrap = document.getElementById("pv-grid-wrap")!;
const tabs = document.getElementById("pv-tabs")!;
const status = document.getElementById("pv-status")!;
const nameBox = document.getElementById("pv-name")!;
const formulaBar = document.getElementById("pv-formula")!;
let shown = workbook.activeSheetName();

const setStatus = (message: string) => {
  status.textContent = message;
};

let drawn = "";

function draw(): void {
  const visible = workbook.sheetNames().filter((n) => workbook.sheet(n).visibility === "Visible");
  if (!visible.includes(shown)) shown = visible[0] ?? workbook.activeSheetName();
  tabs.replaceChildren(
    ...visible.map((name) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.role = "tab";
      tab.textContent = name;
      tab.setAttribute("aria-selected", String(name === shown));
      tab.addEventListener("click", () => {
        shown = name;
        draw();
      });
      return tab;
    }),
  );
  renderGrid(gridWrap, workbook, shown, { onStatus: setStatus, onSelect: selectFromGrid });
  // Another sheet starts at its top-left corner, as in Excel.
  if (drawn !== shown) gridWrap.scrollTo(0, 0);
  drawn = shown;
  showSelection();
}

// A click in the grid: tell the workbook (the add-in can read the selection) without a redraw.
let selecting = false;
function selectFromGrid(address: string): void {
  selecting = true;
  try {
    workbook.select(shown, address);
  } finally {
    selecting = false;
  }
  showSelection();
}

function showSelection(): void {
  const sel = workbook.selection();
  nameBox.textContent = sel.sheet === shown ? sel.address : "";
  const formula =
    sel.sheet === shown ? workbook.read(sel.sheet, sel.address.split(":")[0]).formulas[0]?.[0] : "";
  formulaBar.textContent = formula === null || formula === undefined ? "" : String(formula);
}

// The add-in activates sheets and selects cells through the API; follow it like Excel does.
workbook.subscribe(() => {
  if (selecting) return;
  shown = workbook.activeSheetName();
  draw();
});

// Holding syncs: the pane's actions run against the workbook through this `run`.
let holding = false;
const held: (() => void)[] = [];
const run: ExcelRun = (batch) =>
  workbook.run((context: Excel.RequestContext) => {
    const sync = context.sync.bind(context);
    context.sync = (async (value?: unknown) => {
      if (holding) await new Promise<void>((resolve) => held.push(resolve));
      return sync(value);
    }) as typeof context.sync;
    return batch(context);
  });

// ?lang=en and ?theme=dark stand for Office's display language and theme.
const params = new URLSearchParams(location.search);
const app = document.getElementById("app")!;
// Read by the runner at each action, so `settings()` takes effect at the next click.
const runSettings: { syncTimeoutMs?: number; capabilities: { passwordInfo: boolean } } = {
  capabilities: { passwordInfo: true },
};
const pane = mountTaskpane(app, {
  language: params.get("lang") === "en" ? "en" : "id",
  theme: params.get("theme") === "dark" ? "dark" : "light",
  storage: window.localStorage,
  actions: excelActions(run, runSettings),
});
draw();

window.ikuPreview = {
  ready: Promise.resolve(),
  sheetNames: () => workbook.sheetNames(),
  read: (sheet, address) => {
    const { address: a, values, formulas } = workbook.read(sheet, address);
    return { address: a, values, formulas };
  },
  write: (sheet, address, values, options) => workbook.write(sheet, address, values, options ?? {}),
  selection: () => workbook.selection(),
  stats: () => {
    const { syncs, batchBytes } = workbook.stats();
    return { syncs, batchBytes: [...batchBytes] };
  },
  resetStats: () => workbook.resetStats(),
  showSheet: (sheet) => {
    shown = sheet;
    draw();
  },
  idle: () => pane.idle(),
  holdSyncs: () => {
    holding = true;
  },
  releaseSync: () => held.shift()?.(),
  releaseSyncs: () => {
    holding = false;
    for (const resolve of held.splice(0)) resolve();
  },
  heldSyncs: () => held.length,
  faults: (plan) => workbook.faults(plan ?? {}),
  settings: ({ syncTimeoutMs, passwordInfo }) => {
    if (syncTimeoutMs !== undefined) runSettings.syncTimeoutMs = syncTimeoutMs;
    if (passwordInfo !== undefined) runSettings.capabilities.passwordInfo = passwordInfo;
  },
  excel: (batch) => workbook.run(batch),
};

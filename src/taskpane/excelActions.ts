import {
  validate,
  wordOf,
  type ActionOutcome,
  type Adoption,
  type Messages,
  type ReportSheetBlocked,
  type ReportSheetWritten,
  type SheetIssue,
  type TemplateReport,
  type ValidationIssue,
  type WriteProblem,
} from "../core";
import type { ExcelRun } from "../excel/ExcelRun";
import { runAction, type RunSettings } from "../excel/runAction";
import { selectCell } from "../excel/selectCell";
import type {
  ActionName,
  Describe,
  FollowUp,
  IssueView,
  MonevChoice,
  Outcome,
  PkChoice,
  Progress,
  TaskpaneActions,
} from "./mountTaskpane";
import type { Strings } from "./strings";

/** Issues as the pane lists them, each worded from the catalogue of the pane's language. */
const issueViews = (issues: readonly ValidationIssue[], m: Messages): IssueView[] =>
  issues.map((issue) => ({
    code: issue.code,
    severity: issue.severity,
    sheet: issue.sheet,
    address: issue.address,
    message: wordOf(m.issue, issue),
  }));

const sheetIssueViews = (issues: readonly SheetIssue[], m: Messages): IssueView[] =>
  issues.map((i) => ({
    code: "katalog",
    severity: "galat" as const,
    sheet: i.sheet,
    address: i.address,
    message: wordOf(m.catalogProblem, i.problem),
  }));

/** Words a template report; its facts stay typed so a language switch re-renders them. */
export function describeTemplate(
  report: TemplateReport,
  adopt?: (pairs: readonly Adoption[]) => FollowUp["run"],
): Describe {
  return (s: Strings, m: Messages): Outcome => {
    const lines = report.events.flatMap((e) => [
      s.templateEvent(e, m),
      ...(e.kind === "upgraded" ? e.changes.map((c) => s.templateChange(c)) : []),
    ]);
    const sheetIssues = report.events.flatMap((e) =>
      e.kind === "catalogInvalid" || e.kind === "periodInvalid" ? e.issues : [],
    );
    const elsewhere = report.events.flatMap((e) =>
      e.kind === "bidangSheetElsewhere" ? [{ sheet: e.sheet, from: e.found }] : [],
    );
    const trouble = report.events.some(
      (e) =>
        e.kind === "foreignSheet" ||
        e.kind === "catalogInvalid" ||
        e.kind === "periodInvalid" ||
        e.kind === "bidangSheetElsewhere",
    );
    return {
      tone: !report.applied ? "error" : trouble ? "warning" : "success",
      heading: report.applied ? s.templateDone(report.firstRun) : s.templateNotApplied,
      lines: lines.length > 0 ? lines : [s.templateNothingToDo],
      ...(sheetIssues.length > 0 ? { issues: sheetIssueViews(sheetIssues, m) } : {}),
      ...(elsewhere.length > 0 && adopt
        ? {
            followUps: [
              {
                id: "adopt",
                label: s.adoptSheets(elsewhere),
                action: "setupTemplate",
                run: adopt(elsewhere),
              },
            ],
          }
        : {}),
    };
  };
}

/** The pane's actions, each with an optional `progress` (the runner's `onStep`). */
export interface ExcelActions extends TaskpaneActions {
  readonly setupTemplate: (progress?: Progress, adopt?: readonly Adoption[]) => Promise<Describe>;
  readonly validate: (progress?: Progress) => Promise<Describe>;
  readonly generateLakip: (progress?: Progress) => Promise<Describe>;
  readonly generateMonev: (progress: Progress | undefined, choice: MonevChoice) => Promise<Describe>;
  readonly generatePerjanjianKinerja: (progress: Progress | undefined, choice: PkChoice) => Promise<Describe>;
}

/** A preflight problem as a pane issue: at its sheet and cell when it has them. */
function problemView(p: WriteProblem, m: Messages): IssueView {
  return {
    code: p.code,
    severity: "galat",
    sheet: "sheet" in p ? p.sheet : "",
    address: "address" in p ? p.address : "",
    message: wordOf(m.writeProblem, p),
  };
}

/**
 * An outcome other than done, worded: refused before writing (nothing changed), or
 * failed with what happened, what became of the workbook, and a button to try again.
 * The error Excel gave goes to the console for support, never to the user.
 */
function describeTrouble<R>(
  outcome: Exclude<ActionOutcome<R>, { status: "done" }>,
  retry: FollowUp,
): Describe {
  if (outcome.status === "refused") {
    // A problem at a sheet is listed to be clicked; one of the whole workbook is a line.
    const atSheet = outcome.problems.filter((p) => "sheet" in p);
    const whole = outcome.problems.filter((p) => !("sheet" in p));
    return (s, m) => ({
      tone: "error",
      heading: s.refusedHeading,
      lines: [s.refused, ...whole.map((p) => wordOf(m.writeProblem, p))],
      verdict: false,
      issues: atSheet.map((p) => problemView(p, m)),
    });
  }
  console.error(outcome.failure.cause);
  if (outcome.recovery?.failure) console.error(outcome.recovery.failure.cause);
  return (s, m) => ({
    tone: "error",
    heading: s.failed,
    lines: [m.failure[outcome.failure.code], m.recovery(outcome.recovery)],
    followUps: [{ ...retry, label: s.retry }],
  });
}

/** Notices a complete write leaves (fit-to-page ignored, protection refused), worded. */
const noticeLines = <R>(outcome: Extract<ActionOutcome<R>, { status: "done" }>, m: Messages) =>
  outcome.notices.map((n) => wordOf(m.notice, n));

/** A report sheet not written: why in one line (`line`), the issues listed below it. */
const describeBlocked =
  (result: ReportSheetBlocked, line: (s: Strings) => string): Describe =>
  (s, m) => ({
    tone: "error",
    heading: s.lakipBlockedHeading,
    lines: [line(s)],
    issues: issueViews(result.issues, m),
  });

/** A report sheet written (the LAKIP's, the Monev's, the PK's), worded with the write's notices. */
function describeWritten<R>(
  outcome: Extract<ActionOutcome<R>, { status: "done" }>,
  result: ReportSheetWritten,
): Describe {
  return (s, m) => {
    const notices = noticeLines(outcome, m);
    return {
      tone: result.kept || result.peringatan > 0 || notices.length > 0 ? "warning" : "success",
      heading: s.done,
      lines: [
        s.lakipWritten(result.sheet, result.mode === "replace"),
        ...(result.kept
          ? [s.lakipKept(result.kept.from, result.kept.to, result.kept.reason === "edited")]
          : []),
        ...notices,
      ],
      issues: issueViews(result.issues, m),
    };
  };
}

/**
 * The task pane's three actions on a workbook reached through `run` (Excel.run, or the
 * preview host's). Each takes an optional `progress`, called as the action starts
 * reading ("membaca"), deciding ("menghitung"), writing ("menulis") and, after a failed
 * write, recovering ("memulihkan"). `settings` reach the runner (the preview and tests
 * shorten the sync timeout; Office's requirement sets come from `detectCapabilities`).
 *
 * The template planner and the report builder are loaded when their button is first
 * pressed (webpack chunks template.js and lakip.js, served beside taskpane.js): the pane
 * opens on every start of Excel in the shared runtime, and they are most of the core.
 * Validation, which all three run, stays in the pane's own bundle. Each result is a
 * `Describe`, worded when rendered from the catalogue of the language shown, which the pane
 * loads while the action runs (chunks messages-id.js and messages-en.js, `loadMessages`).
 */
export function excelActions(run: ExcelRun, settings: Omit<RunSettings, "onStep"> = {}): ExcelActions {
  const settingsFor = (progress: Progress | undefined): RunSettings =>
    progress === undefined ? settings : { ...settings, onStep: progress };
  const retry = (action: ActionName, again: (progress: Progress) => Promise<Describe>): FollowUp => ({
    id: "retry",
    label: "",
    action,
    run: again,
  });

  const actions: ExcelActions = {
    async setupTemplate(progress?: Progress, adopt?: readonly Adoption[]) {
      const { setupTemplate } = await import(
        /* webpackChunkName: "template" */ "../core/actions/setupTemplate"
      );
      const outcome = await runAction(
        setupTemplate,
        adopt === undefined ? {} : { adopt },
        run,
        settingsFor(progress),
      );
      if (outcome.status !== "done")
        return describeTrouble(
          outcome,
          retry("setupTemplate", (p) => actions.setupTemplate(p, adopt)),
        );
      const base = describeTemplate(outcome.report, (pairs) => (p) => actions.setupTemplate(p, pairs));
      return (s, m) => {
        const o = base(s, m);
        const notices = noticeLines(outcome, m);
        return {
          ...o,
          tone: notices.length > 0 && o.tone === "success" ? "warning" : o.tone,
          lines: [...o.lines, ...notices],
        };
      };
    },
    async validate(progress?: Progress) {
      const outcome = await runAction(validate, {}, run, settingsFor(progress));
      if (outcome.status !== "done") return describeTrouble(outcome, retry("validate", actions.validate));
      const result = outcome.report;
      return (s, m) => ({
        tone: result.galat > 0 ? "error" : result.peringatan > 0 ? "warning" : "success",
        heading: s.validateDone,
        lines: result.issues.length > 0 ? [s.issuesNote] : [],
        issues: issueViews(result.issues, m),
      });
    },
    async generateLakip(progress?: Progress) {
      const { generateLakip } = await import(/* webpackChunkName: "lakip" */ "../core/actions/generateLakip");
      const outcome = await runAction(generateLakip, {}, run, settingsFor(progress));
      if (outcome.status !== "done")
        return describeTrouble(outcome, retry("generateLakip", actions.generateLakip));
      const result = outcome.report;
      if (result.status === "blocked") {
        // "Fill in the tahun laporan" only when it is empty; any other cause is listed below.
        const empty = result.issues.some((i) => i.code === "tahunLaporanMissing");
        return describeBlocked(result, (s) =>
          result.tahunLaporan === null && !empty ? s.lakipBlockedNoYear : s.lakipBlocked(result.tahunLaporan),
        );
      }
      return describeWritten(outcome, result);
    },
    async generateMonev(progress, choice) {
      // The report builder's chunk: the Monev sheet is built from the LAKIP's sections.
      const { generateMonev } = await import(/* webpackChunkName: "lakip" */ "../core/actions/generateMonev");
      const outcome = await runAction(generateMonev, choice, run, settingsFor(progress));
      if (outcome.status !== "done")
        return describeTrouble(
          outcome,
          retry("generateMonev", (p) => actions.generateMonev(p, choice)),
        );
      const result = outcome.report;
      if (result.status === "blocked")
        return describeBlocked(result, (s) =>
          s.monevBlocked(result.triwulan, result.tahun, result.diLuarPeriode ?? null),
        );
      return describeWritten(outcome, result);
    },
    async generatePerjanjianKinerja(progress, choice) {
      const { generatePerjanjianKinerja } = await import(
        /* webpackChunkName: "lakip" */ "../core/actions/generatePerjanjianKinerja"
      );
      const options = choice.tahun === "berikutnya" ? { tahunBerikutnya: true } : {};
      const outcome = await runAction(generatePerjanjianKinerja, options, run, settingsFor(progress));
      if (outcome.status !== "done")
        return describeTrouble(
          outcome,
          retry("generatePerjanjianKinerja", (p) => actions.generatePerjanjianKinerja(p, choice)),
        );
      const result = outcome.report;
      if (result.status === "blocked")
        return describeBlocked(result, (s) => s.pkBlocked(result.tahun, result.diLuarPeriode ?? null));
      return describeWritten(outcome, result);
    },
    selectCell: (sheet, address) => selectCell(sheet, address, run),
  };
  return actions;
}

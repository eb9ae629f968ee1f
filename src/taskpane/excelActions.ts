import {
  formatCatalogProblem,
  formatIssue,
  validate,
  type TemplateReport,
  type ValidationIssue,
} from "../core";
import type { ExcelRun } from "../excel/ExcelRun";
import { runAction, type RunSettings } from "../excel/runAction";
import { selectCell } from "../excel/selectCell";
import type { Describe, IssueView, MonevChoice, Outcome, Progress, TaskpaneActions } from "./mountTaskpane";
import type { Strings } from "./strings";

/** Issues as the pane lists them, each worded in the pane's language (`s.lang`). */
const issueViews = (issues: readonly ValidationIssue[], s: Strings): IssueView[] =>
  issues.map((issue) => ({
    code: issue.code,
    severity: issue.severity,
    sheet: issue.sheet,
    address: issue.address,
    message: formatIssue(issue, s.lang),
  }));

/** Words a template report; its facts stay typed so a language switch re-renders them. */
export function describeTemplate(report: TemplateReport): Describe {
  return (s: Strings): Outcome => {
    const lines = report.events.flatMap((e) => [
      s.templateEvent(e),
      ...(e.kind === "upgraded" ? e.changes.map((c) => s.templateChange(c)) : []),
    ]);
    const catalogIssues = report.events.flatMap((e) => (e.kind === "catalogInvalid" ? e.issues : []));
    const trouble = report.events.some((e) => e.kind === "foreignSheet" || e.kind === "catalogInvalid");
    return {
      tone: !report.applied ? "error" : trouble ? "warning" : "success",
      heading: report.applied ? s.templateDone(report.firstRun) : s.templateNotApplied,
      lines: lines.length > 0 ? lines : [s.templateNothingToDo],
      ...(catalogIssues.length > 0
        ? {
            issues: catalogIssues.map((i) => ({
              code: "katalog",
              severity: "galat" as const,
              sheet: i.sheet,
              address: i.address,
              message: formatCatalogProblem(i.problem, s.lang),
            })),
          }
        : {}),
    };
  };
}

/** The pane's actions, each with an optional `progress` (the runner's `onStep`). */
export interface ExcelActions extends TaskpaneActions {
  readonly setupTemplate: (progress?: Progress) => Promise<Describe>;
  readonly validate: (progress?: Progress) => Promise<Describe>;
  readonly generateLakip: (progress?: Progress) => Promise<Describe>;
  readonly generateMonev: (progress: Progress | undefined, choice: MonevChoice) => Promise<Describe>;
}

const settingsFor = (progress: Progress | undefined): RunSettings =>
  progress === undefined ? {} : { onStep: progress };

/**
 * The task pane's three actions on a workbook reached through `run` (Excel.run, or the
 * preview host's). Each takes an optional `progress`, called as the action starts
 * reading ("membaca"), deciding ("menghitung") and writing ("menulis").
 *
 * The template planner and the report builder are loaded when their button is first
 * pressed (webpack chunks template.js and lakip.js, served beside taskpane.js): the pane
 * opens on every start of Excel in the shared runtime, and they are most of the core.
 * Validation, which all three run, stays in the pane's own bundle.
 */
export function excelActions(run: ExcelRun): ExcelActions {
  return {
    async setupTemplate(progress?: Progress) {
      const { setupTemplate } = await import(
        /* webpackChunkName: "template" */ "../core/actions/setupTemplate"
      );
      return describeTemplate(await runAction(setupTemplate, {}, run, settingsFor(progress)));
    },
    async validate(progress?: Progress) {
      const result = await runAction(validate, {}, run, settingsFor(progress));
      return (s) => ({
        tone: result.galat > 0 ? "error" : result.peringatan > 0 ? "warning" : "success",
        heading: s.validateDone,
        lines: result.issues.length > 0 ? [s.issuesNote] : [],
        issues: issueViews(result.issues, s),
      });
    },
    async generateLakip(progress?: Progress) {
      const { generateLakip } = await import(/* webpackChunkName: "lakip" */ "../core/actions/generateLakip");
      const result = await runAction(generateLakip, {}, run, settingsFor(progress));
      if (result.status === "blocked") {
        return (s) => ({
          tone: "error",
          heading: s.lakipBlockedHeading,
          lines: [s.lakipBlocked(result.tahunLaporan)],
          issues: issueViews(result.issues, s),
        });
      }
      return (s) => ({
        tone: result.kept || result.peringatan > 0 ? "warning" : "success",
        heading: s.done,
        lines: [
          s.lakipWritten(result.sheet, result.mode === "replace"),
          ...(result.kept
            ? [s.lakipKept(result.kept.from, result.kept.to, result.kept.reason === "edited")]
            : []),
        ],
        issues: issueViews(result.issues, s),
      });
    },
    async generateMonev(progress, choice) {
      // The report builder's chunk: the Monev sheet is built from the LAKIP's sections.
      const { generateMonev } = await import(/* webpackChunkName: "lakip" */ "../core/actions/generateMonev");
      const result = await runAction(generateMonev, choice, run, settingsFor(progress));
      if (result.status === "blocked")
        return (s) => ({
          tone: "error",
          heading: s.lakipBlockedHeading,
          lines: [s.monevBlocked(result.triwulan, result.tahun, result.diLuarPeriode ?? null)],
          issues: issueViews(result.issues, s),
        });
      return (s) => ({
        tone: result.kept || result.peringatan > 0 ? "warning" : "success",
        heading: s.done,
        lines: [
          s.lakipWritten(result.sheet, result.mode === "replace"),
          ...(result.kept
            ? [s.lakipKept(result.kept.from, result.kept.to, result.kept.reason === "edited")]
            : []),
        ],
        issues: issueViews(result.issues, s),
      });
    },
    async selectCell(sheet, address) {
      await selectCell(sheet, address, run);
    },
  };
}

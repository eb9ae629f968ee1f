import type { TemplateReport } from "../core/template/TemplateReport";
import type { ValidationIssue } from "../core/validation/ValidationIssue";
import { generateLakipInExcel } from "../excel/generateLakip";
import { selectCell } from "../excel/selectCell";
import { setupTemplate } from "../excel/setupTemplate";
import type { ExcelRun } from "../excel/ExcelRun";
import { validateWorkbookInExcel } from "../excel/validateWorkbook";
import type { Describe, IssueView, Outcome, TaskpaneActions } from "./mountTaskpane";
import type { Strings } from "./strings";

const issueViews = (issues: readonly ValidationIssue[]): IssueView[] =>
  issues.map(({ code, severity, sheet, address, message }) => ({ code, severity, sheet, address, message }));

/** Words a template report; its facts stay typed so a language switch re-renders them. */
export function describeTemplate(report: TemplateReport): Describe {
  return (s: Strings): Outcome => {
    const lines = report.events.map((e) => s.templateEvent(e));
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
              message: i.message,
            })),
          }
        : {}),
    };
  };
}

/** The task pane's three actions on a workbook reached through `run` (Excel.run, or the preview host's). */
export function excelActions(run: ExcelRun): TaskpaneActions {
  return {
    async setupTemplate(progress) {
      return describeTemplate(await setupTemplate(run, progress ? { progress } : {}));
    },
    async validate(progress) {
      const result = await validateWorkbookInExcel(run, progress);
      return (s) => ({
        tone: result.galat > 0 ? "error" : result.peringatan > 0 ? "warning" : "success",
        heading: s.validateDone,
        lines: result.issues.length > 0 ? [s.issuesNote] : [],
        issues: issueViews(result.issues),
      });
    },
    async generateLakip(progress) {
      const result = await generateLakipInExcel(run, progress ? { progress } : {});
      if (result.status === "blocked") {
        return (s) => ({
          tone: "error",
          heading: s.lakipBlockedHeading,
          lines: [s.lakipBlocked(result.tahunLaporan)],
          issues: issueViews(result.issues),
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
        issues: issueViews(result.issues),
      });
    },
    async selectCell(sheet, address) {
      await selectCell(sheet, address, run);
    },
  };
}

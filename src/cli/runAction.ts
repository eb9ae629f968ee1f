/*
 * The .xlsx shell: any core action (src/core/actions, and the consolidation's per-file
 * action) run on a workbook file, as src/excel/runAction.ts runs it on Excel. The action
 * says what to read, in phases, and decides; this shell only reads specs from the file
 * (src/xlsx/readWorkbook.ts) and applies the plan to it (src/xlsx/applyWorkbookPlan.ts).
 * Nothing here knows which action it runs.
 */
import {
  performAction,
  type Action,
  type ActionOutcome,
  type ActionStep,
  type FailureCode,
  type ReadSpec,
  type WorkbookRead,
} from "../core";
import { applyWorkbookPlan, PasswordProtectedSheet, type ApplyReport } from "../xlsx/applyWorkbookPlan";
import { readWorkbook } from "../xlsx/readWorkbook";
import type { WorkbookSource } from "../xlsx/WorkbookSource";
import { XlsxWorkbook } from "../xlsx/XlsxWorkbook";
import { CliError, EXIT } from "./CliIo";
import { outcomeLines } from "./messages";
import { withTahunLaporan } from "./withTahunLaporan";

export interface FileRunSettings {
  /** `--tahun`: the tahun laporan of this run, in place of Pengaturan's (see withTahunLaporan). */
  readonly tahunLaporan?: number;
  /** Called as the runner enters each stage: reading, deciding, writing (only when there is a plan). */
  readonly onStep?: (step: ActionStep) => void;
  /** The run's id in IKU_Meta's journal (tests fix it); fresh by default. */
  readonly runId?: string;
}

export interface FileRun<Report> {
  readonly report: Report;
  /** What writing the plan left out of the file; `null` when the action wrote nothing. */
  readonly applied: ApplyReport | null;
}

/** The shell's read: one spec from the file, with `--tahun` applied to what was read. */
export function fileReader(
  book: WorkbookSource,
  settings: FileRunSettings = {},
): (spec: ReadSpec) => Promise<WorkbookRead> {
  return (spec) => Promise.resolve(withTahunLaporan(readWorkbook(book, spec), settings.tahunLaporan));
}

/** What a write that threw means, in the core's terms (the Excel shell's `classifyError`). */
const classify = (error: unknown): FailureCode =>
  error instanceof PasswordProtectedSheet ? "passwordProtected" : "unexpected";

/**
 * Runs `action` on `book`: its read phases from the file, its decision, the core's
 * preflight, and its plan (with IKU_Meta's journal) applied to the workbook in memory;
 * the caller saves it. The outcome is the Excel shell's (`performAction`); a file opened
 * for reading only (a `StreamedWorkbook`) suits the actions that write nothing.
 */
async function runFileAction<Options, Report>(
  action: Action<Options, Report>,
  options: Options,
  book: WorkbookSource,
  settings: FileRunSettings = {},
): Promise<{ readonly outcome: ActionOutcome<Report>; readonly applied: ApplyReport | null }> {
  let applied: ApplyReport | null = null;
  const outcome = await performAction(
    action,
    options,
    {
      read: fileReader(book, settings),
      async write(plan) {
        if (!(book instanceof XlsxWorkbook))
          throw new Error("Buku kerja ini dibuka hanya untuk dibaca; tindakan ini menulis ke buku kerja.");
        applied = await applyWorkbookPlan(book.workbook, plan);
      },
      classify,
      ...(settings.onStep ? { onStep: settings.onStep } : {}),
    },
    settings.runId === undefined ? {} : { runId: settings.runId },
  );
  return { outcome, applied };
}

/**
 * `runFileAction` for the commands: the report of a run that completed. A run refused by
 * the preflight or failed while writing ends the command with the task pane's own
 * messages (one catalogue), exit code 1 for a refusal (a problem in the workbook to fix)
 * and 2 for a failure; no file is written then, so the workbook on disk is unchanged.
 */
export async function runAction<Options, Report>(
  action: Action<Options, Report>,
  options: Options,
  book: WorkbookSource,
  settings: FileRunSettings = {},
): Promise<FileRun<Report>> {
  const { outcome, applied } = await runFileAction(action, options, book, settings);
  if (outcome.status === "done") return { report: outcome.report, applied };
  if (outcome.status === "failed") console.error(outcome.failure.cause);
  throw new CliError(
    outcomeLines(outcome).join("\n"),
    outcome.status === "refused" ? EXIT.galat : EXIT.usage,
  );
}

/*
 * The .xlsx shell: any core action (src/core/actions, and the consolidation's per-file
 * action) run on a workbook file, as src/excel/runAction.ts runs it on Excel. The action
 * says what to read, in phases, and decides; this shell only reads specs from the file
 * (src/xlsx/readWorkbook.ts) and applies the plan to it (src/xlsx/applyWorkbookPlan.ts).
 * Nothing here knows which action it runs.
 */
import { performAction, type Action, type ActionStep, type ReadSpec, type WorkbookRead } from "../core";
import { applyWorkbookPlan, type ApplyReport } from "../xlsx/applyWorkbookPlan";
import { readWorkbook } from "../xlsx/readWorkbook";
import type { WorkbookSource } from "../xlsx/WorkbookSource";
import { XlsxWorkbook } from "../xlsx/XlsxWorkbook";
import { withTahunLaporan } from "./withTahunLaporan";

export interface FileRunSettings {
  /** `--tahun`: the tahun laporan of this run, in place of Pengaturan's (see withTahunLaporan). */
  readonly tahunLaporan?: number;
  /** Called as the runner enters each stage: reading, deciding, writing (only when there is a plan). */
  readonly onStep?: (step: ActionStep) => void;
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

/**
 * Runs `action` on `book`: its read phases from the file, its decision, and its plan
 * applied to the workbook in memory (the caller saves it). A file opened for reading only
 * (a `StreamedWorkbook`) suits the actions that write nothing.
 */
export async function runAction<Options, Report>(
  action: Action<Options, Report>,
  options: Options,
  book: WorkbookSource,
  settings: FileRunSettings = {},
): Promise<FileRun<Report>> {
  let applied: ApplyReport | null = null;
  const report = await performAction(action, options, {
    read: fileReader(book, settings),
    async write(plan) {
      if (!(book instanceof XlsxWorkbook))
        throw new Error("Buku kerja ini dibuka hanya untuk dibaca; tindakan ini menulis ke buku kerja.");
      applied = await applyWorkbookPlan(book.workbook, plan);
    },
    ...(settings.onStep ? { onStep: settings.onStep } : {}),
  });
  return { report, applied };
}

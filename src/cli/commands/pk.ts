import { generatePerjanjianKinerja } from "../../core/actions/generatePerjanjianKinerja";
import type { CliIo } from "../CliIo";
import { words } from "../messages";
import { runAction } from "../runAction";
import { reportCommand, type ReportFileArgs } from "./reportCommand";

export interface PkArgs extends ReportFileArgs {
  /** The PK's year; the tahun laporan of Pengaturan by default. */
  readonly tahun?: number;
}

/**
 * `pk`: "Buat Perjanjian Kinerja" on a copy of the workbook ("IKU-PK.xlsx"), or on the file
 * itself with --in-place, with the same safety as the pane's button (nothing on a galat; an
 * unchanged PK replaced, an edited one kept under a new name). A thin command over the action.
 */
export function pkCommand(args: PkArgs, io: CliIo): Promise<number> {
  return reportCommand(args, io, {
    suffix: "PK",
    run: (book) =>
      runAction(generatePerjanjianKinerja, args.tahun === undefined ? {} : { tahun: args.tahun }, book),
    blocked: (report) => words.pkBlocked(report.tahun, report.diLuarPeriode ?? null),
  });
}

import { generateMonev, type Triwulan } from "../../core";
import type { CliIo } from "../CliIo";
import { words } from "../messages";
import { runAction } from "../runAction";
import { reportCommand, type ReportFileArgs } from "./reportCommand";

export interface MonevArgs extends ReportFileArgs {
  readonly triwulan: Triwulan;
  readonly tahun?: number;
}

/**
 * `monev`: "Buat Lembar Monev" on a copy of the workbook ("IKU-Monev.xlsx"), or on the file
 * itself with --in-place: the sheet `Monev TW n t` of the quarter asked. --tahun is the
 * year of the form; Pengaturan's tahun laporan by default.
 */
export function monevCommand(args: MonevArgs, io: CliIo): Promise<number> {
  return reportCommand(args, io, {
    suffix: "Monev",
    run: (book) =>
      runAction(
        generateMonev,
        {
          triwulan: args.triwulan,
          generatedAt: io.now(),
          ...(args.tahun === undefined ? {} : { tahun: args.tahun }),
        },
        book,
      ),
    blocked: (report) => words.monevBlocked(report.triwulan, report.tahun, report.diLuarPeriode ?? null),
  });
}

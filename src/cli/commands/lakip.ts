import { generateLakip } from "../../core";
import type { CliIo } from "../CliIo";
import { words } from "../messages";
import { runAction } from "../runAction";
import { reportCommand, type ReportFileArgs } from "./reportCommand";

export interface LakipArgs extends ReportFileArgs {
  readonly tahun?: number;
}

/**
 * `lakip`: "Buat Lembar LAKIP" on a copy of the workbook ("IKU-LAKIP.xlsx"), or on the
 * file itself with --in-place. --tahun is the tahun laporan of this run.
 */
export function lakipCommand(args: LakipArgs, io: CliIo): Promise<number> {
  return reportCommand(args, io, {
    suffix: "LAKIP",
    run: (book) =>
      runAction(
        generateLakip,
        { generatedAt: io.now() },
        book,
        args.tahun === undefined ? {} : { tahunLaporan: args.tahun },
      ),
    blocked: (report) => words.lakipBlocked(report.tahunLaporan),
  });
}

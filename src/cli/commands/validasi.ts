import { validate } from "../../core";
import { EXIT, type CliIo } from "../CliIo";
import { openForReading, readWorkbookFile } from "../files";
import { issueJson, issueLine, issueSummary } from "../messages";
import { runAction } from "../runAction";

export interface ValidasiArgs {
  readonly input: string;
  readonly json: boolean;
  readonly tahun?: number;
}

/**
 * `validasi`: the pane's issues, one per line (or JSON: each typed issue, with its code,
 * severity, sheet, address and params, and its Indonesian sentence); exit 1 on a galat.
 */
export async function validasiCommand(args: ValidasiArgs, io: CliIo): Promise<number> {
  const book = await readWorkbookFile(args.input, openForReading);
  const { report } = await runAction(
    validate,
    {},
    book,
    args.tahun === undefined ? {} : { tahunLaporan: args.tahun },
  );
  if (args.json)
    io.out(JSON.stringify({ berkas: args.input, ...report, issues: report.issues.map(issueJson) }, null, 2));
  else {
    for (const issue of report.issues) io.out(issueLine(issue));
    io.out(issueSummary(report.galat, report.peringatan));
  }
  return report.galat > 0 ? EXIT.galat : EXIT.ok;
}

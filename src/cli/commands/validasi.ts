import { EXIT, type CliIo } from "../CliIo";
import { openForReading, readWorkbookFile } from "../files";
import { issueLine, issueSummary } from "../messages";
import { validasiAction } from "../runAction";

export interface ValidasiArgs {
  readonly input: string;
  readonly json: boolean;
  readonly tahun?: number;
}

/** `validasi`: the pane's issues, one per line (or JSON); exit 1 on a galat. */
export async function validasiCommand(args: ValidasiArgs, io: CliIo): Promise<number> {
  const book = await readWorkbookFile(args.input, openForReading);
  const result = validasiAction(book, args.tahun === undefined ? {} : { tahun: args.tahun });
  if (args.json) io.out(JSON.stringify({ berkas: args.input, ...result }, null, 2));
  else {
    for (const issue of result.issues) io.out(issueLine(issue));
    io.out(issueSummary(result.galat, result.peringatan));
  }
  return result.galat > 0 ? EXIT.galat : EXIT.ok;
}

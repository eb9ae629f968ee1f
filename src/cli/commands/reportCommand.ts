import { basename, dirname, extname, join, resolve } from "path";
import type { ReportSheetBlocked, ReportSheetWritten } from "../../core";
import type { XlsxWorkbook } from "../../xlsx/XlsxWorkbook";
import { partsExceljsDrops } from "../../xlsx/zipParts";
import { CliError, EXIT, type CliIo } from "../CliIo";
import { readWorkbookFile, writeWorkbookFile } from "../files";
import { issueLine, issueSummary, omissionLine, words } from "../messages";
import type { FileRun } from "../runAction";

/** The file options every report command (`lakip`, `monev`, `pk`) takes. */
export interface ReportFileArgs {
  readonly input: string;
  readonly out?: string;
  readonly inPlace: boolean;
  readonly timpa: boolean;
}

/**
 * One report sheet written into a copy of the workbook ("IKU.xlsx" → "IKU-<suffix>.xlsx"
 * beside it, or --out), or into the file itself with --in-place: the pane's safety rules
 * come from the action (nothing on a galat, a report replaced only when unchanged since
 * generated, anything else kept under a new name); what is the file's business is here.
 */
export async function reportCommand<R extends ReportSheetBlocked | ReportSheetWritten>(
  args: ReportFileArgs,
  io: CliIo,
  command: {
    readonly suffix: string;
    readonly run: (book: XlsxWorkbook) => Promise<FileRun<R>>;
    readonly blocked: (report: Extract<R, { status: "blocked" }>) => string;
  },
): Promise<number> {
  if (args.inPlace && args.out !== undefined) throw new CliError("Pilih salah satu: --out atau --in-place.");
  const { input } = args;
  const out = args.inPlace
    ? input
    : (args.out ??
      join(
        dirname(input),
        `${basename(input, extname(input))}-${command.suffix}${extname(input) || ".xlsx"}`,
      ));
  if (!args.inPlace && resolve(out) === resolve(input))
    throw new CliError(
      "Berkas hasil sama dengan berkas masukan; gunakan --in-place untuk menulis ke berkas asli.",
    );
  const book = await readWorkbookFile(input);
  // exceljs rewrites the whole file: what it cannot carry would be lost from the original.
  const dropped = partsExceljsDrops(input);
  if (dropped.length > 0) {
    const what = dropped.join(", ");
    if (args.inPlace)
      throw new CliError(
        `${input} memuat ${what} yang tidak dapat ditulis ulang oleh alat ini; --in-place ditolak agar isinya tidak hilang. Tulis ke salinan dengan --out.`,
      );
    io.err(`Peringatan: ${input} memuat ${what}; salinan ${out} tidak akan memuatnya.`);
  }

  const { report: result, applied } = await command.run(book);
  if (result.status === "blocked") {
    io.out(command.blocked(result as Extract<R, { status: "blocked" }>));
    for (const issue of result.issues) io.out(issueLine(issue));
    io.out(issueSummary(result.galat, result.peringatan));
    return EXIT.galat;
  }
  await writeWorkbookFile(book, out, { overwrite: args.inPlace || args.timpa });
  io.out(words.lakipWritten(result.sheet, result.mode === "replace"));
  if (result.kept) io.out(words.lakipKept(result.kept.from, result.kept.to, result.kept.reason === "edited"));
  for (const issue of result.issues) io.out(issueLine(issue));
  for (const o of applied?.omissions ?? []) io.err(omissionLine(o));
  io.out(`Ditulis ke ${out}.`);
  return EXIT.ok;
}

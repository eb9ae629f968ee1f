import { basename, dirname, extname, join, resolve } from "path";
import { generateLakip } from "../../core";
import { partsExceljsDrops } from "../../xlsx/zipParts";
import { CliError, EXIT, type CliIo } from "../CliIo";
import { readWorkbookFile, writeWorkbookFile } from "../files";
import { issueLine, issueSummary, omissionLine, words } from "../messages";
import { runAction } from "../runAction";

export interface LakipArgs {
  readonly input: string;
  readonly out?: string;
  readonly inPlace: boolean;
  readonly tahun?: number;
  readonly timpa: boolean;
}

/** "IKU.xlsx" → "IKU-LAKIP.xlsx" beside it. */
const defaultOut = (input: string) =>
  join(dirname(input), `${basename(input, extname(input))}-LAKIP${extname(input) || ".xlsx"}`);

/**
 * `lakip`: "Buat Lembar LAKIP" on a copy of the workbook (on the file itself with
 * --in-place), with the pane's safety rules: nothing on a galat, a report replaced only
 * when unchanged since generated, anything else kept under a new name.
 */
export async function lakipCommand(args: LakipArgs, io: CliIo): Promise<number> {
  if (args.inPlace && args.out !== undefined) throw new CliError("Pilih salah satu: --out atau --in-place.");
  const out = args.inPlace ? args.input : (args.out ?? defaultOut(args.input));
  if (!args.inPlace && resolve(out) === resolve(args.input))
    throw new CliError(
      "Berkas hasil sama dengan berkas masukan; gunakan --in-place untuk menulis ke berkas asli.",
    );
  const book = await readWorkbookFile(args.input);
  // exceljs rewrites the whole file: what it cannot carry would be lost from the original.
  const dropped = partsExceljsDrops(args.input);
  if (dropped.length > 0) {
    const what = dropped.join(", ");
    if (args.inPlace)
      throw new CliError(
        `${args.input} memuat ${what} yang tidak dapat ditulis ulang oleh alat ini; --in-place ditolak agar isinya tidak hilang. Tulis ke salinan dengan --out.`,
      );
    io.err(`Peringatan: ${args.input} memuat ${what}; salinan ${out} tidak akan memuatnya.`);
  }

  const { report, applied } = await runAction(
    generateLakip,
    { generatedAt: io.now() },
    book,
    args.tahun === undefined ? {} : { tahunLaporan: args.tahun },
  );
  if (report.status === "blocked") {
    io.out(words.lakipBlocked(report.tahunLaporan));
    for (const issue of report.issues) io.out(issueLine(issue));
    io.out(issueSummary(report.galat, report.peringatan));
    return EXIT.galat;
  }
  await writeWorkbookFile(book, out, { overwrite: args.inPlace || args.timpa });
  io.out(words.lakipWritten(report.sheet, report.mode === "replace"));
  if (report.kept) io.out(words.lakipKept(report.kept.from, report.kept.to, report.kept.reason === "edited"));
  for (const issue of report.issues) io.out(issueLine(issue));
  for (const o of applied?.omissions ?? []) io.err(omissionLine(o));
  io.out(`Ditulis ke ${out}.`);
  return EXIT.ok;
}

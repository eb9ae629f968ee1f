import { basename, dirname, extname, join, resolve } from "path";
import { generateMonev, type Triwulan } from "../../core";
import { partsExceljsDrops } from "../../xlsx/zipParts";
import { CliError, EXIT, type CliIo } from "../CliIo";
import { readWorkbookFile, writeWorkbookFile } from "../files";
import { issueLine, issueSummary, omissionLine, words } from "../messages";
import { runAction } from "../runAction";

export interface MonevArgs {
  readonly input: string;
  readonly triwulan: Triwulan;
  readonly out?: string;
  readonly inPlace: boolean;
  readonly tahun?: number;
  readonly timpa: boolean;
}

/** "IKU.xlsx" → "IKU-Monev.xlsx" beside it. */
const defaultOut = (input: string) =>
  join(dirname(input), `${basename(input, extname(input))}-Monev${extname(input) || ".xlsx"}`);

/**
 * `monev`: "Buat Lembar Monev" on a copy of the workbook (on the file itself with
 * --in-place): the sheet `Monev TW n t` of the quarter asked, with the same safety as
 * `lakip` (nothing on a galat, an unchanged sheet replaced, anything else kept). --tahun
 * is the year of the form; Pengaturan's tahun laporan by default.
 */
export async function monevCommand(args: MonevArgs, io: CliIo): Promise<number> {
  if (args.inPlace && args.out !== undefined) throw new CliError("Pilih salah satu: --out atau --in-place.");
  const out = args.inPlace ? args.input : (args.out ?? defaultOut(args.input));
  if (!args.inPlace && resolve(out) === resolve(args.input))
    throw new CliError(
      "Berkas hasil sama dengan berkas masukan; gunakan --in-place untuk menulis ke berkas asli.",
    );
  const book = await readWorkbookFile(args.input);
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
    generateMonev,
    {
      triwulan: args.triwulan,
      generatedAt: io.now(),
      ...(args.tahun === undefined ? {} : { tahun: args.tahun }),
    },
    book,
  );
  if (report.status === "blocked") {
    io.out(words.monevBlocked(report.triwulan, report.tahun, report.diLuarPeriode ?? null));
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

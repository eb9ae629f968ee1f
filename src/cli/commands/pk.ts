import { basename, dirname, extname, join, resolve } from "path";
import { generatePerjanjianKinerja } from "../../core/actions/generatePerjanjianKinerja";
import { CliError, EXIT, type CliIo } from "../CliIo";
import { readWorkbookFile, writeWorkbookFile } from "../files";
import { issueLine, issueSummary, omissionLine } from "../messages";
import { runAction } from "../runAction";

export interface PkArgs {
  readonly input: string;
  readonly out?: string;
  /** The PK's year; the tahun laporan of Pengaturan by default. */
  readonly tahun?: number;
  readonly timpa: boolean;
}

/** "IKU.xlsx" → "IKU-PK.xlsx" beside it. */
const defaultOut = (input: string) =>
  join(dirname(input), `${basename(input, extname(input))}-PK${extname(input) || ".xlsx"}`);

/**
 * `pk`: "Buat Perjanjian Kinerja" on a copy of the workbook, with the same safety as the
 * pane's button (nothing on a galat; an unchanged PK replaced, an edited one kept under a
 * new name). A thin command over the same action.
 */
export async function pkCommand(args: PkArgs, io: CliIo): Promise<number> {
  const out = args.out ?? defaultOut(args.input);
  if (resolve(out) === resolve(args.input))
    throw new CliError("Berkas hasil sama dengan berkas masukan; pilih nama lain dengan --out.");
  const book = await readWorkbookFile(args.input);
  const { report, applied } = await runAction(
    generatePerjanjianKinerja,
    args.tahun === undefined ? {} : { tahun: args.tahun },
    book,
  );
  if (report.status === "blocked") {
    io.out(
      report.outsidePeriod
        ? `Tahun ${report.tahun} di luar periode Renstra: Perjanjian Kinerja tidak dibuat.`
        : "Perjanjian Kinerja tidak dibuat: perbaiki galat berikut lalu jalankan lagi.",
    );
    for (const issue of report.issues) io.out(issueLine(issue));
    io.out(issueSummary(report.galat, report.peringatan));
    return EXIT.galat;
  }
  await writeWorkbookFile(book, out, { overwrite: args.timpa });
  io.out(
    report.mode === "replace" ? `Lembar "${report.sheet}" dibuat ulang.` : `Lembar "${report.sheet}" dibuat.`,
  );
  if (report.kept)
    io.out(`Lembar "${report.kept.from}" yang sudah diubah disimpan sebagai "${report.kept.to}".`);
  for (const issue of report.issues) io.out(issueLine(issue));
  for (const o of applied?.omissions ?? []) io.err(omissionLine(o));
  io.out(`Ditulis ke ${out}.`);
  return EXIT.ok;
}

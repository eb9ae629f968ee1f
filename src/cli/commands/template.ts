import { resolve } from "path";
import { defaultCatalog, MESSAGES, setupTemplate, type Catalog } from "../../core";
import { XlsxWorkbook } from "../../xlsx/XlsxWorkbook";
import { partsExceljsDrops } from "../../xlsx/zipParts";
import { CliError, EXIT, type CliIo } from "../CliIo";
import { loadCatalog, readWorkbookFile, writeWorkbookFile } from "../files";
import { catalogIssueLine, omissionLine, words } from "../messages";
import { runAction } from "../runAction";

export interface TemplateArgs {
  readonly input?: string;
  readonly out: string;
  readonly katalog?: string;
  readonly tahun?: number;
  readonly timpa: boolean;
}

/** `template`: "Siapkan Template IKU" into a file, from nothing or from a copy of a workbook. */
export async function templateCommand(args: TemplateArgs, io: CliIo): Promise<number> {
  const catalog: Catalog = args.katalog ? await loadCatalog(args.katalog) : defaultCatalog;
  if (args.tahun !== undefined && (args.tahun < catalog.periode.awal || args.tahun > catalog.periode.akhir))
    throw new CliError(
      `Tahun ${args.tahun} di luar periode Renstra katalog (${catalog.periode.awal}–${catalog.periode.akhir}).`,
    );
  if (args.input && resolve(args.input) === resolve(args.out) && !args.timpa)
    throw new CliError(
      "Berkas hasil sama dengan berkas masukan; pilih nama lain dengan --out, atau tambahkan --timpa.",
    );
  const book = args.input ? await readWorkbookFile(args.input) : XlsxWorkbook.empty();
  if (args.input) {
    // exceljs rewrites the whole file: say what the copy will not carry.
    const dropped = partsExceljsDrops(args.input);
    if (dropped.length > 0)
      io.err(
        `Peringatan: ${args.input} memuat ${dropped.join(", ")}; salinan ${args.out} tidak akan memuatnya.`,
      );
  }
  // The template's default tahun laporan is the year before "now" (see defaultSettings).
  const currentYear = args.tahun !== undefined ? args.tahun + 1 : io.now().getFullYear();
  const { report, applied } = await runAction(setupTemplate, { catalog, currentYear }, book);
  for (const event of report.events) io.out(words.templateEvent(event, MESSAGES.id));
  if (!report.applied) {
    io.out(words.templateNotApplied);
    for (const e of report.events)
      if (e.kind === "catalogInvalid") for (const i of e.issues) io.out(catalogIssueLine(i));
    return EXIT.galat;
  }
  await writeWorkbookFile(book, args.out, { overwrite: args.timpa });
  for (const o of applied?.omissions ?? []) io.err(omissionLine(o));
  io.out(`${words.templateDone(report.firstRun)} Ditulis ke ${args.out}.`);
  return EXIT.ok;
}

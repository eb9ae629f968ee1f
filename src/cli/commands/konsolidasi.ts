import { existsSync } from "fs";
import { basename, resolve } from "path";
import {
  agencyReport,
  buildKonsolidasiSheet,
  consolidate,
  roundToDecimals,
  type KonsolidasiData,
  type KonsolidasiInput,
} from "../../core";
import type { WorkbookSource } from "../../xlsx/WorkbookSource";
import { writeNewWorkbook } from "../../xlsx/writeNewWorkbook";
import { CliError, EXIT, type CliIo } from "../CliIo";
import { openForReading, writeAtomically } from "../files";
import { fileProblemLine, issueLine } from "../messages";
import { progressBar } from "../progress";
import { runAction } from "../runAction";

export interface KonsolidasiArgs {
  readonly inputs: readonly string[];
  readonly tahun: number;
  readonly out: string;
  readonly timpa: boolean;
}

/**
 * One agency's file, validated for `tahun` (its tahun laporan for this run, whatever its
 * Pengaturan says): its report data for that year, its issues, or why it could not be read.
 */
export async function readAgency(path: string, tahun: number): Promise<KonsolidasiInput> {
  const berkas = basename(path);
  if (!existsSync(path))
    return { berkas, hasil: { status: "unreadable", problem: { code: "fileNotFound" } } };
  let book: WorkbookSource;
  try {
    book = await openForReading(path);
  } catch (error) {
    const problem = { code: "notAWorkbook", detail: (error as Error).message } as const;
    return { berkas, hasil: { status: "unreadable", problem } };
  }
  const { report } = await runAction(agencyReport, {}, book, { tahunLaporan: tahun });
  return { berkas, hasil: report };
}

/** The consolidation sheet in a new workbook of its own, written to `out`. */
export async function writeKonsolidasi(
  data: KonsolidasiData,
  out: string,
  options: { readonly generatedAt: Date; readonly overwrite: boolean },
): Promise<void> {
  const sheet = buildKonsolidasiSheet(data, { generatedAt: options.generatedAt });
  // Written row by row: over hundreds of agencies the sheet has tens of thousands of rows.
  await writeAtomically(out, { overwrite: options.overwrite }, async (temp) => {
    await writeNewWorkbook(
      { sheets: [sheet], names: [], select: { sheet: sheet.name, address: "A1" } },
      temp,
    );
  });
}

/**
 * `konsolidasi`: every agency's workbook validated for one year (each with its own
 * catalog and settings) and consolidated into one sheet; a file that fails validation is
 * listed with its galat and left out. Files are read one at a time, so memory holds one
 * workbook plus the report data gathered so far.
 */
export async function konsolidasiCommand(args: KonsolidasiArgs, io: CliIo): Promise<number> {
  if (args.inputs.length === 0)
    throw new CliError("Sebutkan paling sedikit satu berkas IKU untuk dikonsolidasikan.");
  // A file named twice (a shell glob and a name, say) would count its agency twice.
  const files = [...new Map(args.inputs.map((p) => [resolve(p), p])).values()];
  if (files.length < args.inputs.length)
    io.err(
      `Peringatan: ${args.inputs.length - files.length} berkas disebut lebih dari sekali; masing-masing dibaca sekali.`,
    );
  const progress = progressBar(files.length, io.err, io.interactive);
  const inputs: KonsolidasiInput[] = [];
  for (const path of files) {
    inputs.push(await readAgency(path, args.tahun));
    progress.tick(basename(path));
  }
  progress.done();

  const data = consolidate(inputs, args.tahun);
  for (const a of data.instansi) {
    const mean = a.ringkasan.rataRataCapaian;
    io.out(
      `ok\t${a.berkas}\t${a.nama}: ${a.ringkasan.jumlahIndikator} IKU, rata-rata capaian ${mean === null ? "belum dapat dihitung" : `${roundToDecimals(mean, a.desimal)}%`}` +
        (a.peringatan > 0 ? `, ${a.peringatan} peringatan` : ""),
    );
  }
  for (const d of data.ditolak) {
    // A file that cannot be read counts as one galat: it is refused like an invalid one.
    const galat = "problem" in d ? 1 : d.issues.length;
    io.out(`ditolak\t${d.berkas}: ${galat} galat, tidak ikut dikonsolidasikan`);
    if ("problem" in d) io.out(`  ${fileProblemLine(d.berkas, d.problem)}`);
    else for (const issue of d.issues) io.out(`  ${issueLine(issue)}`);
  }
  if (data.instansi.length === 0) {
    io.out("Tidak ada berkas yang lolos validasi; tidak ada yang ditulis.");
    return EXIT.galat;
  }
  await writeKonsolidasi(data, args.out, { generatedAt: io.now(), overwrite: args.timpa });
  io.out(
    `${data.instansi.length} instansi dikonsolidasikan, ${data.ditolak.length} berkas ditolak. Ditulis ke ${args.out}.`,
  );
  return EXIT.ok;
}

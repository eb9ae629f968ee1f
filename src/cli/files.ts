import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "fs";
import { basename, dirname, extname, join } from "path";
import {
  formatCatalogIssues,
  formatCatalogProblem,
  parseCatalog,
  readCatalogFromSheet,
  readPengaturan,
  readOf,
  SHEET,
  type Catalog,
} from "../core";
import { readWorkbook } from "../xlsx/readWorkbook";
import { StreamedWorkbook } from "../xlsx/StreamedWorkbook";
import type { WorkbookSource } from "../xlsx/WorkbookSource";
import { XlsxWorkbook } from "../xlsx/XlsxWorkbook";
import { CliError } from "./CliIo";

/** A workbook to change and write back (or, with `open`, one only read). */
export async function readWorkbookFile(path: string): Promise<XlsxWorkbook>;
export async function readWorkbookFile(path: string, open: typeof openForReading): Promise<WorkbookSource>;
export async function readWorkbookFile(
  path: string,
  open: (path: string) => Promise<WorkbookSource> = (p) => XlsxWorkbook.readFile(p),
): Promise<WorkbookSource> {
  if (!existsSync(path)) throw new CliError(`Berkas tidak ditemukan: ${path}`);
  try {
    return await open(path);
  } catch (error) {
    throw new CliError(
      `Berkas ${path} tidak dapat dibaca sebagai buku kerja .xlsx (${(error as Error).message}).`,
    );
  }
}

/**
 * Writes a file without ever leaving a half-written one: to a temporary file beside the
 * target, then renamed over it (one filesystem operation). An existing file is replaced
 * only when `overwrite` says so.
 */
export async function writeAtomically(
  path: string,
  options: { readonly overwrite: boolean },
  write: (temp: string) => Promise<void>,
): Promise<void> {
  if (existsSync(path) && !options.overwrite)
    throw new CliError(
      `Berkas ${path} sudah ada; pilih nama lain dengan --out, atau tambahkan --timpa untuk menimpanya.`,
    );
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await write(temp);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new CliError(`Berkas ${path} tidak dapat ditulis (${(error as Error).message}).`);
  }
}

export async function writeWorkbookFile(
  book: XlsxWorkbook,
  path: string,
  options: { readonly overwrite: boolean },
): Promise<void> {
  await writeAtomically(path, options, async (temp) => writeFileSync(temp, await book.writeBuffer()));
}

/**
 * From this size on, a file that is only read (validasi, konsolidasi) is read with the
 * streaming reader: plain arrays, no workbook model. IKU workbooks are usually well under
 * it. `IKU_LAKIP_STREAM_BYTES` moves it (the benchmark compares both; 0 streams every file).
 */
const STREAM_FROM_BYTES = Number(process.env["IKU_LAKIP_STREAM_BYTES"] ?? 4 * 1024 * 1024);

/** A workbook to read only: streamed when large (see STREAM_FROM_BYTES). Throws what the readers throw. */
export async function openForReading(path: string): Promise<WorkbookSource> {
  return statSync(path).size >= STREAM_FROM_BYTES
    ? StreamedWorkbook.readFile(path)
    : XlsxWorkbook.readFile(path);
}

/**
 * An agency's catalog: JSON in the catalog's own shape, or an IKU workbook whose Katalog
 * IKU sheet (with the instansi and period from its Pengaturan) is read as the task pane
 * reads it. Every problem is reported at once.
 */
export async function loadCatalog(path: string): Promise<Catalog> {
  if (!existsSync(path)) throw new CliError(`Berkas katalog tidak ditemukan: ${path}`);
  if (extname(path).toLowerCase() === ".json") {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new CliError(`Katalog ${path} bukan JSON yang sah (${(error as Error).message}).`);
    }
    const parsed = parseCatalog(json);
    if (!parsed.success)
      throw new CliError(`Katalog ${path} belum benar:\n${formatCatalogIssues(parsed.issues)}`);
    return parsed.data;
  }
  const read = readWorkbook(await readWorkbookFile(path), {
    sheets: [{ sheet: SHEET.katalog }, { sheet: SHEET.pengaturan }],
  });
  const katalog = readOf(read, SHEET.katalog)?.values;
  if (!katalog) throw new CliError(`${path} tidak memiliki lembar "${SHEET.katalog}".`);
  // The catalog's instansi and period live in Pengaturan, as the task pane reads them.
  const { typed } = readPengaturan(readOf(read, SHEET.pengaturan)?.values ?? null);
  const catalog = readCatalogFromSheet(katalog, {
    instansi: typed.instansi,
    tahunAwal: typed.tahunAwal,
    tahunAkhir: typed.tahunAkhir,
  });
  if (!catalog.success)
    throw new CliError(
      `Katalog di ${path} belum benar:\n${catalog.issues.map((i) => `${i.sheet}!${i.address}: ${formatCatalogProblem(i.problem, "id")}`).join("\n")}`,
    );
  return catalog.data;
}

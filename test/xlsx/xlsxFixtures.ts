/**
 * IKU workbooks as .xlsx files, made by the command line's own code (the template plan
 * through the .xlsx adapter) and filled in as staff would, for the adapter, command-line
 * and LibreOffice tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { fileReader, runAction, type FileRunSettings } from "../../src/cli/runAction";
import type { Action, ActionResult } from "../../src/core/actions/Action";
import { performAction } from "../../src/core/actions/performAction";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import type { Catalog } from "../../src/core/catalog/catalogSchema";
import { defaultCatalog } from "../../src/core/catalog/defaultCatalog";
import { columnIndex } from "../../src/core/workbook/a1";
import { BIDANG } from "../../src/core/workbook/workbookLayout";
import type { WorkbookPlan } from "../../src/core/workbook/SheetPlan";
import { fillCachedValues } from "../../src/xlsx/cachedValues";
import type { WorkbookSource } from "../../src/xlsx/WorkbookSource";
import { XlsxWorkbook } from "../../src/xlsx/XlsxWorkbook";

export type Figures = (kode: string, tahun: number, jenis: string) => [unknown, unknown, unknown];

/**
 * Every year a target; 2023 and 2024 have figures: persen 45/50 = 90 (capaian 112.5),
 * jumlah 7 of 10 (70), rasio 30/12 = 2.5 of 2 (125). The same as the host tests' figures.
 */
export const standardFigures: Figures = (_kode, tahun, jenis) => {
  const target = jenis === "persen" ? 80 : jenis === "jumlah" ? 10 : 2;
  if (tahun !== 2024 && tahun !== 2023) return [target, "", ""];
  if (jenis === "persen") return [target, 45, 50];
  if (jenis === "jumlah") return [target, 7, ""];
  return [target, 30, 12];
};

/** A new IKU workbook from the template plan (tahun laporan 2024), through the command line's shell. */
export async function templateBook(catalog: Catalog = defaultCatalog): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.empty();
  const { report } = await runAction(setupTemplate, { catalog, currentYear: 2025 }, book);
  if (!report.applied) throw new Error("template not applied");
  return book;
}

/**
 * What an action decides on a file, without writing it: the shell's reads, the action's
 * plan (null when it writes nothing) and its report, as `runAction` would apply them.
 */
export async function planOf<Options, Report>(
  action: Action<Options, Report>,
  options: Options,
  book: WorkbookSource,
  settings: FileRunSettings = {},
): Promise<ActionResult<Report>> {
  let plan: WorkbookPlan | null = null;
  const outcome = await performAction(action, options, {
    read: fileReader(book, settings),
    write: (p) => {
      plan = p;
      return Promise.resolve();
    },
  });
  if (outcome.status !== "done") throw new Error(`The action did not complete (${outcome.status})`);
  return { plan, report: outcome.report };
}

const COL = (key: keyof typeof BIDANG.columns) => columnIndex(BIDANG.columns[key].col) + 1;

/**
 * Types Target Renstra, Pembilang, Penyebut into every row, as staff would in Excel (Target
 * PK left blank: capaian is measured against the Renstra's); Excel then recalculates.
 */
export function fill(
  book: XlsxWorkbook,
  catalog: Catalog = defaultCatalog,
  figures: Figures = standardFigures,
): void {
  const jenis = new Map(catalog.indikator.map((i) => [i.kode, i.jenis]));
  for (const b of catalog.bidang) {
    const sheet = book.sheet(b.lembar);
    if (!sheet) throw new Error(`no sheet ${b.lembar}`);
    sheet.eachRow((row, n) => {
      if (n < BIDANG.firstDataRow) return;
      const kode = row.getCell(COL("kode")).value;
      const tahun = row.getCell(COL("tahun")).value;
      if (typeof kode !== "string" || typeof tahun !== "number") return;
      const [t, p, q] = figures(kode, tahun, jenis.get(kode) ?? "persen");
      const put = (key: keyof typeof BIDANG.columns, v: unknown) => {
        row.getCell(COL(key)).value =
          v === "" || v === null || v === undefined ? null : (v as number | string);
      };
      put("targetRenstra", t);
      put("pembilang", p);
      put("penyebut", q);
    });
  }
  fillCachedValues(book.workbook, book.sheetNames());
}

const made: string[] = [];

/** A new temporary folder, removed by `removeTempDirs` (each test file calls it in afterAll). */
export function tempDir(prefix = "iku-lakip-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export async function saveTo(book: XlsxWorkbook, path: string): Promise<string> {
  writeFileSync(path, await book.writeBuffer());
  return path;
}

/** A filled IKU workbook saved in a new temporary folder. */
export async function filledFile(
  name = "IKU.xlsx",
  catalog: Catalog = defaultCatalog,
  figures?: Figures,
): Promise<string> {
  const book = await templateBook(catalog);
  fill(book, catalog, figures);
  return saveTo(book, join(tempDir(), name));
}

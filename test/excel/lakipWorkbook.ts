/**
 * A workbook in the in-memory host, set up by "Siapkan Template IKU" and filled in as
 * staff would, for the Excel-layer tests of Validasi and Buat Lembar LAKIP.
 */
import type { Catalog } from "../../src/core/catalog/catalogSchema";
import { defaultCatalog } from "../../src/core/catalog/defaultCatalog";
import type { ExcelRun } from "../../src/excel/ExcelRun";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import { runReport } from "../support/runReport";
import { Workbook } from "@iku-lakip/excel-host";
import { addinCustomFunctions } from "../support/addinCustomFunctions";
import { BIDANG } from "../../src/core/workbook/workbookLayout";

export type Figures = (
  kode: string,
  tahun: number,
  jenis: string,
) => [target: unknown, pembilang: unknown, penyebut: unknown];

/**
 * Every year a target; the tahun laporan (2024) and the year before it figures:
 * persen 45/50 = 90 (capaian 112.5), jumlah 7 of 10 (70), rasio 30/12 = 2.5 of 2 (125).
 */
const standardFigures: Figures = (_kode, tahun, jenis) => {
  const target = jenis === "persen" ? 80 : jenis === "jumlah" ? 10 : 2;
  if (tahun !== 2024 && tahun !== 2023) return [target, "", ""];
  if (jenis === "persen") return [target, 45, 50];
  if (jenis === "jumlah") return [target, 7, ""];
  return [target, 30, 12];
};

export class LakipWorkbook {
  readonly workbook = new Workbook({ customFunctions: addinCustomFunctions });
  readonly run: ExcelRun = (batch) => this.workbook.run(batch);
  private restore: (() => void) | null = null;

  constructor(readonly catalog: Catalog = defaultCatalog) {}

  async setUp(figures: Figures = standardFigures): Promise<this> {
    this.restore = this.workbook.installGlobals();
    await runReport(setupTemplate, { catalog: this.catalog, currentYear: 2025 }, this.run);
    for (const b of this.catalog.bidang) this.fillSheet(b.lembar, figures);
    this.workbook.resetStats();
    return this;
  }

  tearDown(): void {
    this.restore?.();
  }

  /**
   * Writes Target Renstra, Pembilang, Penyebut of every row of a Bidang sheet in one write
   * (Target PK left blank: the Renstra target is used).
   */
  fillSheet(sheet: string, figures: Figures): void {
    const { values } = this.workbook.read(sheet, "A1:D20000");
    const jenis = new Map(this.catalog.indikator.map((i) => [i.kode, i.jenis]));
    const rows: unknown[][] = [];
    for (let r = 4; r < values.length; r++) {
      const [kode, , , tahun] = values[r] ?? [];
      if (typeof kode !== "string" || kode === "" || typeof tahun !== "number") break;
      const [target, pembilang, penyebut] = figures(kode, tahun, jenis.get(kode) ?? "persen");
      rows.push([target, "", pembilang, penyebut]);
    }
    const c = BIDANG.columns;
    const first = BIDANG.firstDataRow;
    if (rows.length > 0)
      this.workbook.write(
        sheet,
        `${c.targetRenstra.col}${first}:${c.penyebut.col}${first + rows.length - 1}`,
        rows,
      );
  }

  /** The 1-based row of an indicator-year on a sheet. */
  rowOf(sheet: string, kode: string, tahun: number): number {
    const { values } = this.workbook.read(sheet, "A1:D20000");
    const r = values.findIndex((row) => row[0] === kode && row[3] === tahun);
    if (r < 0) throw new Error(`${sheet} ${kode} ${tahun}`);
    return r + 1;
  }

  /** Row `row` of a sheet, columns A.. `lastCol` (A:J, the pengukuran table, by default). */
  row(sheet: string, row: number, lastCol = "J"): unknown[] {
    return this.workbook.read(sheet, `A${row}:${lastCol}${row}`).values[0] ?? [];
  }
}

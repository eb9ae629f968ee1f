/*
 * A second spreadsheet engine opens what the command line writes: LibreOffice, headless.
 * What it reads differently from Excel and the development host is written down in
 * packages/excel-host/README.md ("Known differences").
 */
import { readFileSync } from "fs";
import { join } from "path";
import type ExcelJS from "exceljs";
import type { CliIo } from "../../src/cli/CliIo";
import { main } from "../../src/cli/main";
import { runAction } from "../../src/cli/runAction";
import { generateLakip } from "../../src/core/actions/generateLakip";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import { validate } from "../../src/core/actions/validate";
import { defaultCatalog } from "../../src/core/catalog/defaultCatalog";
import { toExcelPrecision } from "../../src/core/formulas/toExcelPrecision";
import { planValues } from "../../src/core/lakip/planValues";
import { XlsxWorkbook } from "../../src/xlsx/XlsxWorkbook";
import { BIDANG } from "../../src/core/workbook/workbookLayout";
import {
  fill,
  filledFile,
  planOf,
  saveTo,
  standardFigures,
  removeTempDirs,
  templateBook,
  tempDir,
  type Figures,
} from "../xlsx/xlsxFixtures";
import {
  convert,
  CSV_ALL_SHEETS,
  csvOfSheet,
  libreOfficeAvailability,
  parseCsv,
  pdfPageSizes,
  pdfPageText,
} from "./libreOffice";

afterAll(removeTempDirs);

const { run } = libreOfficeAvailability();
const describeLo = run ? describe : describe.skip;
jest.setTimeout(240_000);

const NOW = () => new Date(2025, 0, 6, 8, 15);
const io: CliIo = { out: () => undefined, err: () => undefined, interactive: false, now: NOW };
const validasiAction = async (book: XlsxWorkbook) => (await runAction(validate, {}, book)).report;

/** Standard figures plus slips staff make: text in a number cell, a negative, a missing target. */
const withSlips: Figures = (kode, tahun, jenis) => {
  if (kode === "IKU-02" && tahun === 2024) return [80, "12,5", 50];
  if (kode === "IKU-03" && tahun === 2023) return [80, -5, 50];
  if (kode === "IKU-10" && tahun === 2025) return ["", "", ""];
  return standardFigures(kode, tahun, jenis);
};

type Internals = {
  dataValidations: { model: Record<string, { type: string; operator?: string; formulae?: unknown[] }> };
  conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
};
const internals = (s: ExcelJS.Worksheet | undefined) => s as unknown as Internals;

describeLo("LibreOffice opens what iku-lakip writes", () => {
  const dir = tempDir("iku-lo-");
  let lakipCopy: string;
  let filled: string;
  let slips: string;
  let dated: string;

  beforeAll(async () => {
    filled = await filledFile("IKU.xlsx");
    lakipCopy = join(dir, "IKU-LAKIP.xlsx");
    expect(await main(["lakip", filled, "--out", lakipCopy], io)).toBe(0);
    slips = await filledFile("Isian.xlsx", defaultCatalog, withSlips);
    // Two targets shown as dates: one in Excel's built-in short date, one in a code of its own.
    const book = await templateBook();
    fill(book);
    const rehsos = book.sheet("Rehsos");
    const target = BIDANG.columns.targetRenstra.col;
    const first = BIDANG.firstDataRow;
    const builtIn = rehsos?.getCell(`${target}${first}`);
    const custom = rehsos?.getCell(`${target}${first + 1}`);
    if (!builtIn || !custom) throw new Error("no Rehsos");
    builtIn.numFmt = "mm-dd-yy"; // format 14, which Excel shows as m/d/yyyy
    custom.numFmt = "d mmmm yyyy";
    dated = await saveTo(book, join(tempDir(), "Tanggal.xlsx"));
    // One LibreOffice run per output kind, several files each.
    convert([lakipCopy], CSV_ALL_SHEETS, join(dir, "csv"));
    convert([lakipCopy], "pdf", join(dir, "pdf"));
    convert([filled, slips, dated], "xlsx:Calc MS Excel 2007 XML", join(dir, "xlsx"));
  });

  it("shows every figure of the LAKIP sheet as the core computed it (CSV)", async () => {
    const book = await XlsxWorkbook.readFile(filled);
    const sheet = (await planOf(generateLakip, { generatedAt: NOW() }, book)).plan?.sheets[0];
    if (!sheet) throw new Error("no LAKIP plan");
    const expected = planValues(sheet);
    const csv = parseCsv(readFileSync(csvOfSheet(join(dir, "csv"), lakipCopy, "LAKIP 2024"), "utf8"));
    let numbers = 0;
    expected.forEach((row, r) =>
      row.forEach((v, c) => {
        const shown = csv[r]?.[c] ?? "";
        if (v === null) return;
        if (typeof v === "number") {
          numbers++;
          expect([r + 1, c + 1, toExcelPrecision(Number(shown))]).toEqual([
            r + 1,
            c + 1,
            toExcelPrecision(v),
          ]);
        } else expect([r + 1, c + 1, shown]).toEqual([r + 1, c + 1, String(v).replace(/^'/, "")]);
      }),
    );
    // The 17 indicators' target, realisasi, capaian and the comparison tables: well over 100 figures.
    expect(numbers).toBeGreaterThan(150);
    // And nothing else on the sheet.
    csv.forEach((row, r) =>
      row.forEach((shown, c) => {
        if (shown !== "") expect([r + 1, c + 1, expected[r]?.[c] ?? null]).not.toEqual([r + 1, c + 1, null]);
      }),
    );
  });

  it("shows the cached IKU.* values of the Bidang sheets without recalculating them (CSV)", () => {
    const csv = parseCsv(readFileSync(csvOfSheet(join(dir, "csv"), lakipCopy, "Rehsos"), "utf8"));
    const row = csv.find((r) => r[0] === "IKU-02" && r[3] === "2024");
    // Version 2: Realisasi, Capaian, Predikat at I:K, then Kriteria (L).
    // 45 / 50 × 100 = 90; 90 / 80 (Target PK blank: the Renstra's) × 100 = 112.5 → Sangat
    // Tinggi (ROUND(112.5, 2) > 90), Terlampaui (uncapped, 112.50 > 100).
    expect(row?.slice(8, 12)).toEqual(["90", "112.5", "Sangat Tinggi", "Terlampaui"]);
  });

  it("prints the LAKIP on A4 landscape with its header row repeated on every page (PDF)", () => {
    const pdf = join(dir, "pdf", "IKU-LAKIP.pdf");
    const sizes = pdfPageSizes(pdf);
    const first = sizes.findIndex((_, i) => pdfPageText(pdf, i + 1).includes("PENGUKURAN KINERJA"));
    expect(first).toBeGreaterThanOrEqual(0);
    // LAKIP 2024 is the last visible sheet: its pages run to the end.
    const lakipPages = sizes.slice(first);
    expect(lakipPages.length).toBeGreaterThanOrEqual(2);
    for (const size of lakipPages) {
      // A4 landscape: 297 × 210 mm = 841.89 × 595.28 pt
      expect(size.width).toBeCloseTo(841.89, 0);
      expect(size.height).toBeCloseTo(595.28, 0);
    }
    // "Penanggung Jawab" is written once, in header row 8: on page 2 it is the repeated row.
    const page2 = pdfPageText(pdf, first + 2);
    expect(page2).toContain("Penanggung Jawab");
    expect(page2).toContain("Capaian (%)");
  });

  it("keeps the template's data validation, named ranges, protection and conditional formats (xlsx round trip)", async () => {
    const ours = await XlsxWorkbook.readFile(filled);
    const theirs = await XlsxWorkbook.readFile(join(dir, "xlsx", "IKU.xlsx"));
    expect(theirs.sheetNames()).toEqual(ours.sheetNames());
    expect([...theirs.names()].sort()).toEqual([...ours.names()].sort());
    expect(theirs.sheet("IKU_Meta")?.state).toBe("hidden");
    for (const name of ours.sheetNames()) {
      expect([name, theirs.isProtected(name)]).toEqual([name, ours.isProtected(name)]);
      const a = internals(ours.sheet(name));
      const b = internals(theirs.sheet(name));
      // exceljs reads validation per cell: same cells, same rules. LibreOffice adds a
      // formula2 of 0 to one-bound rules, which Excel ignores: only "between" has two.
      const rules = (m: Internals["dataValidations"]["model"]) =>
        Object.fromEntries(
          Object.entries(m).map(([k, v]) => [
            k,
            [v.type, v.operator ?? "", v.formulae?.[0], v.operator === "between" ? v.formulae?.[1] : null],
          ]),
        );
      expect(rules(b.dataValidations.model)).toEqual(rules(a.dataValidations.model));
      const highlights = (cfs: Internals["conditionalFormattings"]) =>
        cfs.map((cf) => [cf.ref, cf.rules.map((r) => r.formulae?.[0])]).sort();
      expect(highlights(b.conditionalFormattings)).toEqual(highlights(a.conditionalFormattings));
    }
    expect(ours.isProtected("Rehsos")).toBe(true);
    expect(Object.keys(internals(ours.sheet("Rehsos")).dataValidations.model).length).toBeGreaterThan(40);
  });

  it("reads a workbook LibreOffice saved into the same validation result and template run as the original", async () => {
    const ours = await XlsxWorkbook.readFile(slips);
    const theirs = await XlsxWorkbook.readFile(join(dir, "xlsx", "Isian.xlsx"));
    const original = await validasiAction(ours);
    expect(original.galat).toBe(1);
    expect(original.issues.map((i) => i.code).sort()).toEqual(["inputText", "negative", "targetMissing"]);
    expect(await validasiAction(theirs)).toEqual(original);
    // The formulas, names and layout survived too: the template finds nothing to restore.
    const options = { catalog: defaultCatalog, currentYear: 2025 };
    expect((await planOf(setupTemplate, options, theirs)).report).toEqual(
      (await planOf(setupTemplate, options, ours)).report,
    );
  });

  it("keeps a target shown as a date a date through a LibreOffice save, so Validasi still warns", async () => {
    const ours = await validasiAction(await XlsxWorkbook.readFile(dated));
    const theirs = await validasiAction(await XlsxWorkbook.readFile(join(dir, "xlsx", "Tanggal.xlsx")));
    const dates = (r: typeof ours) =>
      r.issues.filter((i) => i.code === "targetDate").map((i) => [i.sheet, i.address]);
    const first = BIDANG.firstDataRow;
    const target = BIDANG.columns.targetRenstra.col;
    expect(dates(ours)).toEqual([
      ["Rehsos", `${target}${first}`],
      ["Rehsos", `${target}${first + 1}`],
    ]);
    // Format 14 reads as Excel reports it; LibreOffice writes both back as the same codes.
    const formats = (r: typeof ours) =>
      r.issues.flatMap((i) => (i.code === "targetDate" ? [i.params.format] : []));
    expect(formats(ours)).toEqual(["m/d/yyyy", "d mmmm yyyy"]);
    expect(theirs).toEqual(ours);
  });
});

/*
 * The two shells read alike: a `ReadSpec` read from a file by the .xlsx shell
 * (src/xlsx/readWorkbook.ts) gives the `WorkbookRead` that Excel's shell
 * (src/excel/readWorkbook.ts) gives in the development Excel, for the same workbook. The
 * workbook is made the same in both by the same plans, each applied by its own shell's
 * executor, so the test also holds the two writers to the same plan data. Every spec the
 * template, Validasi and Buat Lembar LAKIP ask for is compared, and a few that reach the
 * corners (a used range away from A1, columns past it, a missing or empty sheet).
 */
import { fileReader } from "../../src/cli/runAction";
import type { Action } from "../../src/core/actions/Action";
import { generateLakip } from "../../src/core/actions/generateLakip";
import { performAction } from "../../src/core/actions/performAction";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import { validate } from "../../src/core/actions/validate";
import { agencyReport } from "../../src/core/konsolidasi/agencyReport";
import type { ReadSpec, WorkbookRead } from "../../src/core/workbook/ReadSpec";
import type { WorkbookPlan } from "../../src/core/workbook/SheetPlan";
import { BIDANG } from "../../src/core/workbook/workbookLayout";
import { executePlan } from "../../src/excel/executePlan";
import { readWorkbook as readInExcel } from "../../src/excel/readWorkbook";
import { applyWorkbookPlan } from "../../src/xlsx/applyWorkbookPlan";
import { readWorkbook as readFile } from "../../src/xlsx/readWorkbook";
import { XlsxWorkbook } from "../../src/xlsx/XlsxWorkbook";
import { LakipWorkbook } from "../excel/lakipWorkbook";
import { fill, planOf, standardFigures } from "./xlsxFixtures";

const NOW = new Date(2025, 0, 6, 8, 15);

/** The read phases an action asks of a workbook, recorded as it runs (its plan is not applied). */
async function specsOf<Options, Report>(
  action: Action<Options, Report>,
  options: Options,
  book: XlsxWorkbook,
): Promise<ReadSpec[]> {
  const specs: ReadSpec[] = [];
  const read = fileReader(book);
  await performAction(action, options, {
    read: (spec) => {
      specs.push(spec);
      return read(spec);
    },
    write: () => Promise.resolve(),
  });
  return specs;
}

/** The host's read without worksheet ids: Excel's own, which a file does not carry (see WorkbookSource). */
const withoutIds = (read: WorkbookRead): WorkbookRead => ({
  ...read,
  sheets: read.sheets.map(({ id: _id, ...sheet }) => sheet),
});

describe("the .xlsx shell reads what Excel's shell reads, spec for spec", () => {
  const file = XlsxWorkbook.empty();
  const host = new LakipWorkbook();
  let restore: () => void = () => undefined;

  /** One plan, applied by each shell's own executor. */
  async function applyToBoth(plan: WorkbookPlan | null): Promise<void> {
    if (!plan) throw new Error("the action planned nothing");
    await applyWorkbookPlan(file.workbook, plan);
    await host.run(async (context) => {
      const { sheets } = await readInExcel(context, { sheetList: true });
      await executePlan(context, plan, sheets);
    });
  }

  const inHost = (spec: ReadSpec) => host.run((context) => readInExcel(context, spec));

  beforeAll(async () => {
    restore = host.workbook.installGlobals();
    // The template, planned on the file, in both; Excel's new workbook has an empty Sheet1 the file has not.
    await applyToBoth((await planOf(setupTemplate, { currentYear: 2025 }, file)).plan);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").delete();
      await context.sync();
    });
    // Filled as staff would, the same figures in both.
    fill(file);
    for (const b of host.catalog.bidang) host.fillSheet(b.lembar, standardFigures);
    // A note typed past the table on a Bidang sheet, a target shown as a date (its number
    // given a date format, which Validasi reads), a hidden sheet whose cells start at C3,
    // an empty sheet.
    const target = `${BIDANG.columns.targetRenstra.col}${BIDANG.firstDataRow + 1}`;
    await applyToBoth({
      sheets: [
        {
          name: "Rehsos",
          mode: "update",
          cells: [{ address: "P40", values: [["catatan"]] }],
          formats: [{ address: target, format: { numberFormat: "d/m/yyyy" } }],
        },
        {
          name: "Catatan",
          mode: "create",
          visibility: "Hidden",
          cells: [
            {
              address: "C3",
              values: [
                ["a", 1],
                [null, "=D3+1"],
              ],
            },
          ],
          formats: [],
        },
        { name: "Kosong", mode: "create", cells: [], formats: [] },
      ],
      names: [],
    });
    // The report, so that the next Buat Lembar LAKIP reads the report sheet too.
    await applyToBoth((await planOf(generateLakip, { generatedAt: NOW }, file)).plan);
  });
  afterAll(() => restore());

  it("holds the same sheets in both, so the comparison below is of the readers", () => {
    expect(file.sheetNames()).toEqual(host.workbook.sheetNames());
    expect(file.sheetNames()).toEqual(expect.arrayContaining(["LAKIP 2024", "Catatan", "Kosong"]));
  });

  it.each([
    ["Siapkan Template IKU", () => specsOf(setupTemplate, { currentYear: 2025 }, file), 2],
    ["Validasi", () => specsOf(validate, {}, file), 2],
    ["Buat Lembar LAKIP", () => specsOf(generateLakip, { generatedAt: NOW }, file), 2],
    ["konsolidasi (one agency)", () => specsOf(agencyReport, {}, file), 2],
  ])("%s: every read phase", async (_name, specs, phases) => {
    const asked = await specs();
    expect(asked).toHaveLength(phases);
    for (const spec of asked) expect(readFile(file, spec)).toEqual(withoutIds(await inHost(spec)));
  });

  it("reads the LAKIP report sheet itself in the second phase of Buat Lembar LAKIP", async () => {
    const [, second] = await specsOf(generateLakip, { generatedAt: NOW }, file);
    expect(second?.sheets?.map((s) => s.sheet)).toContain("LAKIP 2024");
  });

  it("anchors a used range away from A1, reads columns past it, and tells a missing sheet from an empty one", async () => {
    const spec: ReadSpec = {
      sheetList: true,
      names: true,
      sheets: [
        { sheet: "catatan", load: "formulas" },
        { sheet: "Kosong" },
        { sheet: "Tidak Ada" },
        {
          sheet: "Catatan",
          columns: [
            { columns: "A:C", load: "values" },
            { columns: "D:F", load: "formulas" },
          ],
        },
        {
          sheet: "Rehsos",
          columns: [
            { columns: "A:A", load: "values" },
            { columns: `${BIDANG.columns.realisasi.col}:${BIDANG.columns.realisasi.col}`, load: "formulas" },
          ],
        },
        { sheet: "Kosong", columns: [{ columns: "B:B", load: "values" }] },
      ],
    };
    const ours = readFile(file, spec);
    expect(ours).toEqual(withoutIds(await inHost(spec)));
    // What the comparison covers: rows above a used range are [], its rows padded to A.
    expect(ours.grids["catatan"]).toEqual({ formulas: [[], [], ["", "", "a", 1], ["", "", "", "=D3+1"]] });
    expect(ours.grids["Kosong"]).toEqual({ values: [] });
    expect(ours.grids["Tidak Ada"]).toBeNull();
    expect(ours.sheets.find((s) => s.name === "Catatan")).toEqual({
      name: "Catatan",
      protected: false,
      visibility: "Hidden",
    });
    expect(ours.sheets.find((s) => s.name === "Rehsos")?.protected).toBe(true);
  });
});

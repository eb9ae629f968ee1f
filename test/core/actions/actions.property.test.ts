/*
 * Properties of "Validasi" and "Buat Lembar LAKIP" on random workbooks (see
 * test/support/randomWorkbook.ts): random values of every kind in every input cell,
 * random catalogs (valid and not), sheets deleted and renamed. Each runs the whole action
 * (its reads answered from the workbook, then its decision), as a shell would.
 */
import fc from "fast-check";
import { generateLakip } from "../../../src/core/actions/generateLakip";
import { performAction } from "../../../src/core/actions/performAction";
import type { ActionOutcome } from "../../../src/core/actions/ActionOutcome";
import { validate } from "../../../src/core/actions/validate";
import { formatIssue } from "../../../src/core/messages/formatIssue";
import type { ValidationIssue } from "../../../src/core/validation/ValidationIssue";
import { columnIndex } from "../../../src/core/workbook/a1";
import type { WorkbookPlan } from "../../../src/core/workbook/SheetPlan";
import { SHEET } from "../../../src/core/workbook/workbookLayout";
import { propertyOptions } from "../../support/propertyRuns";
import { modelShell, sheetOf } from "../../support/modelShell";
import { buildWorkbook, workbookRecipe, type ModelWorkbook } from "../../support/randomWorkbook";

const CELL = /^([A-Z]{1,3})([1-9]\d*)$/;
const FIXED_SHEETS: readonly string[] = [SHEET.pengaturan, SHEET.katalog];

/** Why an issue does not point at a cell of a sheet the workbook has, or null when it does. */
function misplaced(issue: ValidationIssue, workbook: ModelWorkbook): string | null {
  // The one issue without a cell: a fixed sheet that is not there (no cell names it).
  if (issue.code === "sheetMissing" && issue.params.bidang === undefined) {
    if (issue.address !== "") return "a missing fixed sheet has no cell";
    if (!FIXED_SHEETS.includes(issue.sheet)) return "only Pengaturan and Katalog IKU are fixed sheets";
    return sheetOf(workbook, issue.sheet) ? "the sheet said missing is there" : null;
  }
  if (!sheetOf(workbook, issue.sheet)) return `no sheet "${issue.sheet}" in the workbook`;
  const cell = CELL.exec(issue.address);
  if (!cell) return `"${issue.address}" is not one cell`;
  if (columnIndex(cell[1]!) > columnIndex("XFD") || Number(cell[2]) > 1_048_576)
    return `"${issue.address}" is outside a worksheet`;
  return null;
}

/** Why an issue's sentence is broken in either language, or null. */
function badWording(issue: ValidationIssue): string | null {
  for (const lang of ["id", "en"] as const) {
    const text = formatIssue(issue, lang);
    if (text.trim().length < 10) return `${lang}: too short: "${text}"`;
    if (/undefined|\[object /.test(text)) return `${lang}: "${text}"`;
  }
  return null;
}

function assertLocated(issues: readonly ValidationIssue[], workbook: ModelWorkbook): void {
  for (const issue of issues) {
    const why = misplaced(issue, workbook) ?? badWording(issue);
    if (why !== null) throw new Error(`${why}: ${JSON.stringify(issue)}`);
  }
}

/** Every number anywhere in a plan (cell values, widths, fonts, positions), with where it is. */
function* numbersIn(value: unknown, path = "plan"): Generator<[string, number]> {
  if (typeof value === "number") yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* numbersIn(v, `${path}[${i}]`);
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) yield* numbersIn(v, `${path}.${k}`);
}

/** Every text written into a cell by a plan. */
function* cellTexts(plan: WorkbookPlan): Generator<string> {
  for (const sheet of plan.sheets)
    for (const block of sheet.cells)
      for (const row of block.values) for (const v of row) if (typeof v === "string") yield v;
}

const GENERATED_AT = new Date("2025-01-15T09:30:00+08:00");

/** The report of a run that completed; a refusal or failure fails the property, saying why. */
function done<Report>(outcome: ActionOutcome<Report>): Report {
  if (outcome.status === "done") return outcome.report;
  const why = outcome.status === "refused" ? JSON.stringify(outcome.problems) : String(outcome.failure.cause);
  throw new Error(`${outcome.status}: ${why}`);
}

describe("Validasi on random workbooks", () => {
  it("never throws, and every issue points at a cell of a sheet the workbook has, worded in both languages", async () => {
    let issues = 0;
    let clean = 0;
    // Version 2's inputs are in the workbooks: targets shown as dates, settings out of range.
    const v2 = new Set<string>();
    await fc.assert(
      fc.asyncProperty(workbookRecipe, async (recipe) => {
        const workbook = buildWorkbook(recipe);
        const report = done(await performAction(validate, {}, modelShell(workbook)));
        assertLocated(report.issues, workbook);
        const galat = report.issues.filter((i) => i.severity === "galat").length;
        if (report.galat !== galat || report.peringatan !== report.issues.length - galat)
          throw new Error(`counts ${report.galat}/${report.peringatan} for ${report.issues.length} issues`);
        issues += report.issues.length;
        if (galat === 0) clean++;
        for (const i of report.issues)
          if (["targetDate", "targetAbove100", "desimalInvalid", "batasRataRataInvalid"].includes(i.code))
            v2.add(i.code);
      }),
      propertyOptions("Validasi on random workbooks", 10_000),
    );
    // Not vacuous: the workbooks carry issues, and some have no galat at all.
    expect(issues).toBeGreaterThan(10_000);
    expect(clean).toBeGreaterThan(0);
    expect([...v2].sort()).toEqual([
      "batasRataRataInvalid",
      "desimalInvalid",
      "targetAbove100",
      "targetDate",
    ]);
  });
});

describe("Buat Lembar LAKIP on random workbooks", () => {
  it("either refuses with a galat, writing nothing, or writes only finite numbers", async () => {
    let written = 0;
    let blocked = 0;
    await fc.assert(
      fc.asyncProperty(workbookRecipe, async (recipe) => {
        const workbook = buildWorkbook(recipe);
        const shell = modelShell(workbook);
        const result = done(await performAction(generateLakip, { generatedAt: GENERATED_AT }, shell));
        assertLocated(result.issues, workbook);
        if (result.status === "blocked") {
          blocked++;
          if (result.galat === 0) throw new Error("refused without a galat");
          if (shell.plans.length > 0) throw new Error("refused, yet wrote");
          return;
        }
        written++;
        const [plan, ...more] = shell.plans;
        if (!plan || more.length > 0) throw new Error(`${shell.plans.length} plans written`);
        if (result.galat !== 0 || result.issues.some((i) => i.severity === "galat"))
          throw new Error("wrote despite a galat");
        for (const [path, n] of numbersIn(plan)) if (!Number.isFinite(n)) throw new Error(`${path} is ${n}`);
        // Texts come from what staff typed (a name cell may even hold a number, read as its
        // text); none may come from a value that is not there.
        for (const text of cellTexts(plan))
          if (/undefined|\[object /.test(text)) throw new Error(`a cell reads "${text}"`);
      }),
      propertyOptions("Buat Lembar LAKIP on random workbooks", 3_000),
    );
    // Both outcomes are exercised.
    expect(written).toBeGreaterThan(30);
    expect(blocked).toBeGreaterThan(30);
  });
});

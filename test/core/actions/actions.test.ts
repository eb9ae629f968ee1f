import { generateLakip } from "../../../src/core/actions/generateLakip";
import { performAction } from "../../../src/core/actions/performAction";
import { setupTemplate } from "../../../src/core/actions/setupTemplate";
import { validate } from "../../../src/core/actions/validate";
import { planValues } from "../../../src/core/lakip/planValues";
import type { CellValue, Grid } from "../../../src/core/workbook/a1";
import { NOTHING_READ, type ReadGrids, type WorkbookRead } from "../../../src/core/workbook/ReadSpec";
import type { WorkbookPlan } from "../../../src/core/workbook/SheetPlan";
import { FixtureWorkbook } from "../validation/fixtureWorkbook";
import { TEMPLATE_VERSION } from "../../../src/core/workbook/workbookLayout";

const NOW = "06-01-2025 08.15";

/** What the shell would read of the fixture: every sheet whole, values and formulas. */
function readOfFixture(wb: FixtureWorkbook, extra: Record<string, Grid> = {}): WorkbookRead {
  const snapshot = wb.snapshot();
  const grids: Record<string, ReadGrids> = {
    Pengaturan: { values: snapshot.pengaturan ?? [] },
    "Katalog IKU": { values: snapshot.katalog ?? [] },
  };
  for (const [name, g] of Object.entries(snapshot.bidang)) grids[name] = g;
  for (const [name, g] of Object.entries(extra)) grids[name] = { values: g };
  return {
    sheets: [...wb.sheetNames, ...Object.keys(extra).filter((n) => n !== "IKU_Meta")].map((name) => ({
      name,
    })),
    names: [],
    grids,
  };
}

/** A plan's cells of a sheet as Excel reads them back: text prefixes gone, blanks "". */
const written = (plan: WorkbookPlan, sheet: string): CellValue[][] =>
  planValues(plan.sheets.find((s) => s.name === sheet) ?? { cells: [] }).map((r) =>
    r.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v ?? ""))),
  );

describe("what each action reads", () => {
  it("Siapkan Template reads the sheet list, the names and the four fixed sheets first", () => {
    expect(setupTemplate.reads[0]?.(NOTHING_READ, {})).toEqual({
      sheetList: true,
      names: true,
      sheets: ["IKU_Meta", "Pengaturan", "Katalog IKU", "Petunjuk"].map((sheet) => ({
        sheet,
        load: "values",
      })),
    });
  });

  it("Validasi reads only Pengaturan, Katalog IKU, IKU_Meta and the checked columns of the Bidang sheets", () => {
    const first = validate.reads[0]?.(NOTHING_READ, {});
    expect(first).toEqual({
      sheetList: true,
      sheets: [{ sheet: "Pengaturan" }, { sheet: "Katalog IKU" }, { sheet: "IKU_Meta" }],
    });
    const read = readOfFixture(new FixtureWorkbook(), { "LAKIP 2024": [["laporan"]], IKU_Meta: [] });
    const second = validate.reads[1]?.(read, {});
    expect(second?.sheets?.map((s) => s.sheet)).toEqual(["Satu", "Dua"]);
    expect(second?.sheets?.[0]?.columns).toEqual([
      { columns: "A:A", load: "values" },
      // Version 2: Tahun to Keterangan is D:P; Realisasi, Capaian and Predikat (I:K) are checked for typed-over formulas.
      { columns: "D:P", load: "values" },
      { columns: "I:K", load: "formulas" },
      // …and the number formats of the two targets (E:F), to tell a target typed as a date.
      { columns: "E:F", load: "numberFormat" },
    ]);
  });

  it("Buat Lembar LAKIP also reads IKU_Meta, and the report sheet when there is one", () => {
    expect(generateLakip.reads[0]?.(NOTHING_READ, {})?.sheets?.map((s) => s.sheet)).toEqual([
      "Pengaturan",
      "Katalog IKU",
      "IKU_Meta",
    ]);
    const read = readOfFixture(new FixtureWorkbook(), { "LAKIP 2024": [["laporan"]] });
    expect(generateLakip.reads[1]?.(read, {})?.sheets?.map((s) => s.sheet)).toEqual([
      "Satu",
      "Dua",
      "LAKIP 2024",
    ]);
  });

  it("skips the second read when the catalog cannot be read", () => {
    const wb = new FixtureWorkbook();
    wb.removeSheet("Katalog IKU");
    expect(validate.reads[1]?.(readOfFixture(wb), {})).toEqual({ sheets: [] });
  });
});

describe("Buat Lembar LAKIP as one plan", () => {
  const first = generateLakip.decide(readOfFixture(new FixtureWorkbook()), { generatedAt: NOW });
  const firstPlan = first.plan as WorkbookPlan;
  const report = written(firstPlan, "LAKIP 2024");
  const meta = written(firstPlan, "IKU_Meta");

  it("creates the report and its IKU_Meta record, and selects its title", () => {
    expect(first.report).toMatchObject({
      status: "written",
      sheet: "LAKIP 2024",
      mode: "create",
      kept: null,
    });
    expect(firstPlan.sheetOps).toEqual([]);
    expect(firstPlan.sheets.map((s) => [s.name, s.mode, s.position])).toEqual([
      ["LAKIP 2024", "create", undefined],
      ["IKU_Meta", "create", undefined],
    ]);
    // No IKU_Meta yet: the report makes a whole one, versioned, with the template's sheets
    // recognised by their headers (this fixture's Pengaturan has no labels), then its own rows.
    expect(meta.map((r) => r.slice(0, 3))).toEqual([
      ["versi_template", TEMPLATE_VERSION, ""],
      ["lembar", "Katalog IKU", "katalog"],
      ["lembar", "Satu", "bidang:B1"],
      ["lembar", "Dua", "bidang:B2"],
      ["sidik", "LAKIP 2024", expect.stringMatching(/^fnv1a:/)],
      ["lembar", "LAKIP 2024", "lakip:2024"],
    ]);
    expect(firstPlan.select).toEqual({ sheet: "LAKIP 2024", address: "A1" });
  });

  it("renames an unchanged report away, creates it again at its tab position, retires the old one last, updating its record in place", () => {
    const wb = new FixtureWorkbook();
    const read = readOfFixture(wb, { "LAKIP 2024": report, IKU_Meta: meta });
    const again = generateLakip.decide(
      { ...read, sheets: [{ name: "LAKIP 2024" }, ...read.sheets.filter((s) => s.name !== "LAKIP 2024")] },
      { generatedAt: NOW },
    );
    const plan = again.plan as WorkbookPlan;
    expect(again.report).toMatchObject({ mode: "replace", kept: null });
    expect(plan.sheetOps).toEqual([{ kind: "rename", sheet: "LAKIP 2024", to: "LAKIP 2024 (lama 1)" }]);
    expect(plan.retire).toEqual(["LAKIP 2024 (lama 1)"]);
    expect(plan.sheets.map((s) => [s.name, s.mode, s.position])).toEqual([
      ["LAKIP 2024", "create", 0],
      ["IKU_Meta", "update", undefined],
    ]);
    expect(plan.sheets[1]?.cells.map((c) => c.address)).toEqual(["A5:C5", "A6:C6"]);
  });

  it("renames an edited report out of the way, in the same plan", () => {
    const edited = report.map((r) => [...r]);
    (edited[8] as CellValue[])[2] = "Catatan kepala dinas";
    const again = generateLakip.decide(
      readOfFixture(new FixtureWorkbook(), { "LAKIP 2024": edited, IKU_Meta: meta }),
      {
        generatedAt: NOW,
      },
    );
    expect(again.report).toMatchObject({
      kept: { from: "LAKIP 2024", to: "LAKIP 2024 (diedit 1)", reason: "edited" },
    });
    expect(again.plan?.sheetOps).toEqual([
      { kind: "rename", sheet: "LAKIP 2024", to: "LAKIP 2024 (diedit 1)" },
    ]);
    expect(again.plan?.sheets[0]?.position).toBeUndefined();
  });

  it("plans nothing while a galat stands", () => {
    const wb = new FixtureWorkbook();
    wb.fill("K1", 2024, { pembilang: -1 });
    const blocked = generateLakip.decide(readOfFixture(wb), { generatedAt: NOW });
    expect(blocked.plan).toBeNull();
    expect(blocked.report).toMatchObject({ status: "blocked", galat: 1 });
  });
});

describe("performAction, the same run on any shell", () => {
  it("reads phase by phase, skips a phase with nothing to read, decides, then writes the plan once", async () => {
    const calls: string[] = [];
    const wb = new FixtureWorkbook();
    const whole = readOfFixture(wb);
    const outcome = await performAction(
      generateLakip,
      { generatedAt: NOW },
      {
        read: (spec) => {
          calls.push(`read ${(spec.sheets ?? []).map((s) => s.sheet).join(",")}`);
          return Promise.resolve(whole);
        },
        write: (plan) => {
          calls.push(
            `write ${plan.begin?.name ?? "-"} | ${plan.sheets.map((s) => s.name).join(",")} | ${plan.commit?.name ?? "-"}`,
          );
          return Promise.resolve();
        },
        onStep: (step) => calls.push(step),
      },
    );
    expect(outcome).toMatchObject({ status: "done", report: { status: "written" }, notices: [] });
    // IKU_Meta is the journal: written first (under way) and last (complete).
    expect(calls).toEqual([
      "membaca",
      "read Pengaturan,Katalog IKU,IKU_Meta",
      "read Satu,Dua",
      "menghitung",
      "menulis",
      "write IKU_Meta | LAKIP 2024 | IKU_Meta",
    ]);
  });

  it("writes nothing for an action without a plan, and skips an empty read", async () => {
    const wb = new FixtureWorkbook();
    wb.removeSheet("Katalog IKU");
    const calls: string[] = [];
    await performAction(
      validate,
      {},
      {
        read: () => {
          calls.push("read");
          return Promise.resolve(readOfFixture(wb));
        },
        write: () => {
          calls.push("write");
          return Promise.resolve();
        },
      },
    );
    expect(calls).toEqual(["read"]);
  });
});

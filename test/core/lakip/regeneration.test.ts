import { buildLakipSheet } from "../../../src/core/lakip/buildLakipSheet";
import { decideRegeneration } from "../../../src/core/lakip/decideRegeneration";
import { fingerprint } from "../../../src/core/lakip/fingerprint";
import { freeSheetName } from "../../../src/core/lakip/freeSheetName";
import { planValues } from "../../../src/core/lakip/planValues";
import type { LakipData } from "../../../src/core/lakip/LakipData";
import { fingerprintOf, planReportRecord, readMeta } from "../../../src/core/sheets/ikuMeta";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import type { CellValue, Grid } from "../../../src/core/workbook/a1";
import { FixtureWorkbook } from "../validation/fixtureWorkbook";

/** A sheet as read: its used range anchored at A1. */
const sheet = (values: CellValue[][]): Grid => values;

describe("fingerprint", () => {
  it("is the same for a grid from A1 and the used range Excel reads back from B2", () => {
    expect(
      fingerprint([
        [null, null],
        [null, "a", 1],
      ]),
    ).toBe(fingerprint([["a", 1]], { top: 1, left: 1 }));
  });

  it("ignores what Excel does not read back: the text apostrophe, blank cells, float noise", () => {
    expect(fingerprint([["'=1+1", "", 0.1 + 0.2]])).toBe(fingerprint([["=1+1", null, 0.3]]));
  });

  it("changes when one cell changes, and tells a number from its text", () => {
    const base = fingerprint([["a", 1]]);
    expect(fingerprint([["a", 2]])).not.toBe(base);
    expect(fingerprint([["a", "1"]])).not.toBe(base);
    expect(fingerprint([["a"], [1]])).not.toBe(base);
  });
});

describe("decideRegeneration", () => {
  const data = validateWorkbook(new FixtureWorkbook().snapshot()).data as LakipData;
  const plan = buildLakipSheet(data, { tahun: 2024, generatedAt: "x", status: { galat: 0, peringatan: 0 } });
  const written = planValues(plan).map((r) =>
    r.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v ?? ""))),
  );
  const recorded = fingerprint(planValues(plan));

  it("creates the sheet when there is none", () => {
    expect(
      decideRegeneration({
        sheetName: "LAKIP 2024",
        sheetNames: ["Pengaturan"],
        existing: null,
        recordedFingerprint: null,
      }),
    ).toBe("create");
  });

  it("replaces a generated sheet nobody changed", () => {
    expect(
      decideRegeneration({
        sheetName: "LAKIP 2024",
        sheetNames: ["lakip 2024"],
        existing: sheet(written),
        recordedFingerprint: recorded,
      }),
    ).toBe("replace");
  });

  it("keeps an edited sheet under a new name", () => {
    const edited = written.map((r) => [...r]);
    (edited[9] as unknown[])[2] = "Diubah oleh staf";
    expect(
      decideRegeneration({
        sheetName: "LAKIP 2024",
        sheetNames: ["LAKIP 2024"],
        existing: sheet(edited),
        recordedFingerprint: recorded,
      }),
    ).toEqual({
      keepAs: "LAKIP 2024 (diedit 1)",
      reason: "edited",
    });
  });

  it("keeps a sheet the add-in has no record of writing", () => {
    expect(
      decideRegeneration({
        sheetName: "LAKIP 2024",
        sheetNames: ["LAKIP 2024", "LAKIP 2024 (lama 1)"],
        existing: sheet([["milik staf"]]),
        recordedFingerprint: null,
      }),
    ).toEqual({
      keepAs: "LAKIP 2024 (lama 2)",
      reason: "notGenerated",
    });
  });
});

describe("freeSheetName", () => {
  it("takes the first free number, ignoring case", () => {
    expect(freeSheetName("LAKIP 2024", ["lakip 2024 (DIEDIT 1)", "LAKIP 2024 (diedit 2)"])).toBe(
      "LAKIP 2024 (diedit 3)",
    );
  });

  it("stays within Excel's 31 characters by shortening the base", () => {
    const name = freeSheetName("A".repeat(31), []);
    expect(name).toBe(`${"A".repeat(20)} (diedit 1)`);
    expect(name.length).toBe(31);
  });
});

describe("IKU_Meta records", () => {
  const meta = sheet([
    ["versi_template", 1, ""],
    ["lembar", "Pengaturan", "pengaturan"],
    ["sidik", "LAKIP 2023", "fnv1a:aaaa"],
    ["sidik", "LAKIP 2024", "fnv1a:bbbb"],
  ]);

  it("finds the fingerprint recorded for a sheet, ignoring case", () => {
    expect(fingerprintOf(readMeta(meta), "lakip 2024")).toBe("fnv1a:bbbb");
    expect(fingerprintOf(readMeta(meta), "LAKIP 2025")).toBeNull();
    expect(fingerprintOf(null, "LAKIP 2024")).toBeNull();
  });

  it("updates the sheet's fingerprint row in place and appends its role", () => {
    const plan = planReportRecord(readMeta(meta), {
      sheetName: "LAKIP 2024",
      tahun: 2024,
      fingerprint: "fnv1a:cccc",
    });
    expect(plan.mode).toBe("update");
    expect(plan.cells).toEqual([
      { address: "A4:C4", values: [["sidik", "LAKIP 2024", "fnv1a:cccc"]] },
      { address: "A5:C5", values: [["lembar", "LAKIP 2024", "lakip:2024"]] },
    ]);
  });
});

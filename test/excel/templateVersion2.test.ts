import { defaultCatalog } from "../../src/core/catalog/defaultCatalog";
import { generateLakip } from "../../src/core/actions/generateLakip";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import {
  BIDANG,
  BIDANG_INPUT_COLUMNS,
  KATALOG,
  PENGATURAN,
  SHEET,
  TEMPLATE_VERSION,
} from "../../src/core/workbook/workbookLayout";
import { changesSince, TEMPLATE_CHANGES } from "../../src/core/template/TEMPLATE_CHANGES";
import { validate } from "../../src/core/actions/validate";
import { columnIndex } from "../../src/core/workbook/a1";
import { runReport } from "../support/runReport";
import { TRIWULAN } from "../../src/core/workbook/triwulanLayout";
import { Workbook } from "@iku-lakip/excel-host";
import { addinCustomFunctions } from "../support/addinCustomFunctions";
import { restoreWorkbook } from "../fixtures/v1/restoreWorkbook";
import { WORKBOOK_V2 } from "../fixtures/v2/WORKBOOK_V2";

type Grid = readonly (readonly unknown[])[];

/** Every typed input of a version-2 Bidang sheet by (Kode, Tahun). */
function typedInputs(grid: Grid): Map<string, unknown[]> {
  const inputs = new Map<string, unknown[]>();
  for (const row of grid.slice(BIDANG.firstDataRow - 1)) {
    if (row[0] === "" || row[0] === undefined) continue;
    inputs.set(
      JSON.stringify([row[0], row[3]]),
      BIDANG_INPUT_COLUMNS.map((k) => row[columnIndex(BIDANG.columns[k].col)]),
    );
  }
  return inputs;
}

const storedSheet = (name: string): Grid => WORKBOOK_V2.sheets.find((s) => s.name === name)?.formulas ?? [];

describe("the version-2 workbook fixture", () => {
  it("holds all 17 IKU × 5 years with every input typed, and every Katalog IKU field of version 2", () => {
    const all = defaultCatalog.bidang.flatMap((b) => [...typedInputs(storedSheet(b.lembar)).values()]);
    expect(all).toHaveLength(17 * 5);
    // A jumlah indicator has no penyebut: the only blank inputs are those.
    const jumlah = defaultCatalog.indikator.filter((i) => i.jenis === "jumlah").length;
    expect(all.flat().filter((v) => v === "")).toHaveLength(jumlah * 5);
    // A third of the PK targets differ from the Renstra's.
    const pk = columnIndex(BIDANG.columns.targetPK.col) - columnIndex(BIDANG.columns.targetRenstra.col);
    expect(all.filter((r) => r[pk] !== r[0]).length).toBeGreaterThan(20);
    const katalog = storedSheet(SHEET.katalog).slice(KATALOG.firstDataRow - 1, KATALOG.firstDataRow - 1 + 17);
    const awal = columnIndex(KATALOG.indikator.kondisiAwal.col);
    const sifat = columnIndex(KATALOG.indikator.sifatTarget.col);
    expect(katalog.every((r) => typeof r[awal] === "number" && r[sifat] === "akhir")).toBe(true);
  });

  it("restores, and Siapkan Template upgrades it to the current version in place: the quarter sheets and the Anggaran sheet added, every typed value kept, a second run changes nothing", async () => {
    const wb = new Workbook({ customFunctions: addinCustomFunctions });
    const restore = wb.installGlobals();
    const run = <T>(batch: (c: Excel.RequestContext) => Promise<T>) => wb.run(batch);
    try {
      await restoreWorkbook(run, WORKBOOK_V2);
      const before = Object.fromEntries(wb.sheetNames().map((s) => [s, wb.read(s).formulas]));
      wb.resetStats();
      const report = await runReport(setupTemplate, { currentYear: 2025 }, run, { runId: "upgrade" });
      expect(wb.stats().syncs).toBeLessThanOrEqual(3);
      expect(report).toEqual({
        templateVersion: TEMPLATE_VERSION,
        firstRun: false,
        applied: true,
        events: [{ kind: "upgraded", from: 2, to: TEMPLATE_VERSION, changes: changesSince(2) }],
      });
      expect(changesSince(2)).toEqual([...(TEMPLATE_CHANGES[3] ?? []), ...(TEMPLATE_CHANGES[4] ?? [])]);
      for (const b of defaultCatalog.bidang)
        expect(typedInputs(wb.read(b.lembar).formulas)).toEqual(typedInputs(storedSheet(b.lembar)));
      // Additive: every sheet of version 2 but IKU_Meta (the version, the new sheets' records),
      // Petunjuk (which now explains the new sheets), Katalog IKU and Pengaturan (below) is
      // cell for cell as it was.
      const changed: readonly string[] = [SHEET.meta, SHEET.petunjuk, SHEET.katalog, SHEET.pengaturan];
      for (const [name, grid] of Object.entries(before))
        if (!changed.includes(name)) expect([name, wb.read(name).formulas]).toEqual([name, grid]);
      for (const name of TRIWULAN.sheets) {
        const grid = wb.read(name).formulas;
        expect(grid[TRIWULAN.headerRow - 1]).toEqual(Object.values(TRIWULAN.columns).map((c) => c.header));
        expect(grid.slice(TRIWULAN.firstDataRow - 1).filter((r) => r[0] !== "")).toHaveLength(17 * 5);
      }
      expect(wb.sheetNames()).toContain(SHEET.anggaran);
      // Katalog IKU: the indicator table A:L as it was, M:N (Standar Nasional, Sumber Standar)
      // new and blank; sasaran N:O → P:Q, bidang Q:S → S:U.
      const katalogBefore = storedSheet(SHEET.katalog);
      const katalogAfter = wb.read(SHEET.katalog).values;
      for (let r = KATALOG.firstDataRow - 1; r < katalogBefore.length; r++) {
        const old = katalogBefore[r] ?? [];
        const now = katalogAfter[r] ?? [];
        expect([r, now.slice(0, 12)]).toEqual([r, old.slice(0, 12)]);
        expect([r, now.slice(12, 14)]).toEqual([r, ["", ""]]);
        expect([r, now.slice(15, 17)]).toEqual([r, old.slice(13, 15)]);
        expect([r, now.slice(18, 21)]).toEqual([r, old.slice(16, 19)]);
      }
      // Pengaturan: version 2's eight settings as typed (cap 120, mean cap 100), the five new
      // ones below them, the scale from row 19 (version 2: 14).
      const p = wb.read(SHEET.pengaturan).values;
      const v2p = storedSheet(SHEET.pengaturan);
      expect(p.slice(2, 10).map((r) => r[1])).toEqual(v2p.slice(2, 10).map((r) => r[1]));
      expect(p.slice(2, 10).map((r) => r[1])).toEqual(expect.arrayContaining([120, 100]));
      expect(p[PENGATURAN.skala.firstRow - 1]?.slice(0, 2)).toEqual(v2p[13]?.slice(0, 2));
      // The upgraded workbook is valid as it is: nothing to fix before the reports.
      const v = await runReport(validate, {}, run);
      expect(v.galat).toBe(0);
      // IKU_Meta's id column learns the new sheets' ids on the second run; nothing else changes.
      const all = () =>
        Object.fromEntries(
          wb
            .sheetNames()
            .map((s) => [
              s,
              s === SHEET.meta ? wb.read(s).formulas.map((r) => r.slice(0, 3)) : wb.read(s).formulas,
            ]),
        );
      const after = all();
      const again = await runReport(setupTemplate, { currentYear: 2025 }, run, { runId: "upgrade" });
      expect(again).toEqual({
        templateVersion: TEMPLATE_VERSION,
        firstRun: false,
        applied: true,
        events: [],
      });
      expect(all()).toEqual(after);
      // The report it generated is still recognised as the add-in's own: regenerated in place.
      const lakip = await runReport(generateLakip, { generatedAt: new Date(2025, 0, 16) }, run);
      expect(lakip).toMatchObject({ status: "written", sheet: "LAKIP 2024", mode: "replace", kept: null });
    } finally {
      restore();
    }
  });
});

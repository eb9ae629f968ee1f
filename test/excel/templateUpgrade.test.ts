import { defaultCatalog } from "../../src/core/catalog/defaultCatalog";
import { BIDANG } from "../../src/core/workbook/workbookLayout";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import { runReport } from "../support/runReport";
import { Workbook } from "@iku-lakip/excel-host";
import { addinCustomFunctions } from "../support/addinCustomFunctions";
import { restoreWorkbook, WORKBOOK_V1 } from "../fixtures/v1/restoreWorkbook";

function restoredHost() {
  const wb = new Workbook({ customFunctions: addinCustomFunctions });
  const restore = wb.installGlobals();
  return { wb, run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => wb.run(batch), restore };
}

/** Every typed input of a Bidang sheet by (Kode, Tahun): what a template run must never change. */
function typedInputs(grid: readonly (readonly unknown[])[]): Map<string, unknown[]> {
  const inputs = new Map<string, unknown[]>();
  for (const row of grid.slice(BIDANG.firstDataRow - 1)) {
    if (row[0] === "" || row[0] === undefined) continue;
    // Target, Pembilang, Penyebut (E–G) and the four text columns (K–N) of version 1.
    inputs.set(JSON.stringify([row[0], row[3]]), [...row.slice(4, 7), ...row.slice(10, 14)]);
  }
  return inputs;
}

describe("the version-1 workbook fixture", () => {
  it("holds all 17 IKU × 5 years, every input typed", () => {
    const bidang = WORKBOOK_V1.sheets.filter((s) => defaultCatalog.bidang.some((b) => b.lembar === s.name));
    const all = bidang.flatMap((s) => [...typedInputs(s.formulas).values()]);
    expect(all).toHaveLength(17 * 5);
    // A jumlah indicator has no penyebut: the only blank inputs are those.
    const jumlah = defaultCatalog.indikator.filter((i) => i.jenis === "jumlah").length;
    expect(all.flat().filter((v) => v === "")).toHaveLength(jumlah * 5);
  });

  it("restores into the host, where Siapkan Template finds nothing to change and keeps every typed value", async () => {
    const { wb, run, restore } = restoredHost();
    try {
      await restoreWorkbook(run);
      expect(wb.sheetNames()).toEqual(WORKBOOK_V1.sheets.map((s) => s.name));
      const report = await runReport(setupTemplate, { currentYear: 2025 }, run);
      // Version 1 on a version-1 workbook: nothing to restore, upgrade or report.
      expect(report).toEqual({ templateVersion: 1, firstRun: false, applied: true, events: [] });
      for (const b of defaultCatalog.bidang) {
        const before = typedInputs(WORKBOOK_V1.sheets.find((s) => s.name === b.lembar)?.formulas ?? []);
        expect(typedInputs(wb.read(b.lembar).formulas)).toEqual(before);
      }
    } finally {
      restore();
    }
  });
});

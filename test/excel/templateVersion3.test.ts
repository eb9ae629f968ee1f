import { defaultCatalog } from "../../src/core/catalog/defaultCatalog";
import { generateLakip } from "../../src/core/actions/generateLakip";
import { generateMonev } from "../../src/core/actions/generateMonev";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import { validate } from "../../src/core/actions/validate";
import { changesSince, TEMPLATE_CHANGES } from "../../src/core/template/TEMPLATE_CHANGES";
import { columnIndex } from "../../src/core/workbook/a1";
import { ANGGARAN, ANGGARAN_INPUT_COLUMNS } from "../../src/core/workbook/anggaranLayout";
import { TRIWULAN, TRIWULAN_INPUT_COLUMNS } from "../../src/core/workbook/triwulanLayout";
import {
  BIDANG,
  BIDANG_INPUT_COLUMNS,
  KATALOG,
  PENGATURAN,
  SHEET,
  TEMPLATE_VERSION,
} from "../../src/core/workbook/workbookLayout";
import { Workbook } from "@iku-lakip/excel-host";
import { addinCustomFunctions } from "../support/addinCustomFunctions";
import { runReport } from "../support/runReport";
import { restoreWorkbook } from "../fixtures/v1/restoreWorkbook";
import { WORKBOOK_V3 } from "../fixtures/v3/WORKBOOK_V3";

type Grid = readonly (readonly unknown[])[];

/** Every typed input of a sheet by (Kode, Tahun): the Bidang sheets' or the quarter sheets' columns. */
function typedInputs(
  grid: Grid,
  firstDataRow: number,
  cols: readonly { col: string }[],
): Map<string, unknown[]> {
  const inputs = new Map<string, unknown[]>();
  for (const row of grid.slice(firstDataRow - 1)) {
    if (row[0] === "" || row[0] === undefined) continue;
    inputs.set(
      JSON.stringify([row[0], row[3]]),
      cols.map((c) => row[columnIndex(c.col)]),
    );
  }
  return inputs;
}
const bidangInputs = (grid: Grid) =>
  typedInputs(
    grid,
    BIDANG.firstDataRow,
    BIDANG_INPUT_COLUMNS.map((k) => BIDANG.columns[k]),
  );
const triwulanInputs = (grid: Grid) =>
  typedInputs(
    grid,
    TRIWULAN.firstDataRow,
    TRIWULAN_INPUT_COLUMNS.map((k) => TRIWULAN.columns[k]),
  );

const storedSheet = (name: string): Grid => WORKBOOK_V3.sheets.find((s) => s.name === name)?.formulas ?? [];

/** The five settings version 4 added, in their rows. */
const PK_SETTINGS = ["kepalaNama", "kepalaNip", "kepalaJabatan", "waliKota", "tempat"] as const;

describe("the version-3 workbook fixture", () => {
  it("is version 3's: no Anggaran sheet, Katalog IKU without the national standard, eight settings", () => {
    expect(storedSheet(SHEET.meta)[0]?.slice(0, 2)).toEqual(["versi_template", 3]);
    expect(WORKBOOK_V3.sheets.map((s) => s.name)).not.toContain(SHEET.anggaran);
    expect(storedSheet(SHEET.katalog)[KATALOG.headerRow - 1]?.slice(0, 13)).toEqual([
      ...Object.values(KATALOG.indikator)
        .slice(0, 12)
        .map((c) => c.header),
      "",
    ]);
    // The scale's title on row 12, right below version 2's and 3's eight settings.
    expect(storedSheet(SHEET.pengaturan)[11]?.[0]).toBe(PENGATURAN.skala.title);
    expect(WORKBOOK_V3.names.map((n) => n.name)).not.toContain(PENGATURAN.settings.kepalaNama.name);
    expect(WORKBOOK_V3.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([...TRIWULAN.sheets, "LAKIP 2024", "Monev TW 2 2024"]),
    );
  });

  it("holds all 17 IKU × 5 years on the Bidang sheets, and the four quarters typed but the last year's TW 3–4", () => {
    const all = defaultCatalog.bidang.flatMap((b) => [...bidangInputs(storedSheet(b.lembar)).values()]);
    expect(all).toHaveLength(17 * 5);
    // A jumlah indicator has no penyebut: the only blank inputs are those.
    const jumlah = defaultCatalog.indikator.filter((i) => i.jenis === "jumlah").length;
    expect(all.flat().filter((v) => v === "")).toHaveLength(jumlah * 5);
    TRIWULAN.sheets.forEach((name, i) => {
      const rows = [...triwulanInputs(storedSheet(name)).entries()];
      expect(rows).toHaveLength(17 * 5);
      // Target, pembilang and, but for a jumlah indicator, penyebut typed; 2026 blank from TW 3.
      const figures = rows.filter(([, v]) => typeof v[0] === "number" && typeof v[1] === "number");
      expect([name, figures.length]).toEqual([name, i < 2 ? 17 * 5 : 17 * 4]);
      const blank = rows.filter(([, v]) => v.every((x) => x === ""));
      expect([name, blank.length]).toEqual([name, i < 2 ? 0 : 17]);
      // The texts: a pendorong in every filled row, some penghambat and tindak lanjut left out.
      const texts = rows.flatMap(([, v]) => v.slice(3)).filter((x) => x !== "");
      expect(texts.length).toBeGreaterThan(figures.length * 2);
      expect(texts.length).toBeLessThan(figures.length * 3);
    });
    // Two indicators kumulatif; the others akhir.
    const katalog = storedSheet(SHEET.katalog).slice(KATALOG.firstDataRow - 1, KATALOG.firstDataRow - 1 + 17);
    const sifat = katalog.map((r) => r[columnIndex(KATALOG.indikator.sifatTarget.col)]);
    expect(sifat.filter((s) => s === "kumulatif")).toHaveLength(2);
    expect(sifat.filter((s) => s === "akhir")).toHaveLength(15);
  });
});

describe("Siapkan Template IKU on the version-3 workbook: the upgrade to version 4", () => {
  let wb: Workbook;
  let restore: () => void;
  const run = <T>(batch: (c: Excel.RequestContext) => Promise<T>) => wb.run(batch);
  // One run id for every run: the journal row in IKU_Meta stays the same when nothing else changes.
  const setup = () => runReport(setupTemplate, { currentYear: 2025 }, run, { runId: "upgrade" });
  let before: Record<string, Grid>;

  beforeEach(async () => {
    wb = new Workbook({ customFunctions: addinCustomFunctions });
    restore = wb.installGlobals();
    await restoreWorkbook(run, WORKBOOK_V3);
    before = Object.fromEntries(wb.sheetNames().map((s) => [s, wb.read(s).formulas]));
    wb.resetStats();
  });
  afterEach(() => restore());

  it("upgrades in place in at most 3 syncs and says what version 4 changed, and nothing else", async () => {
    expect(TEMPLATE_VERSION).toBe(4);
    const report = await setup();
    expect(wb.stats().syncs).toBeLessThanOrEqual(3);
    expect(report).toEqual({
      templateVersion: TEMPLATE_VERSION,
      firstRun: false,
      applied: true,
      events: [{ kind: "upgraded", from: 3, to: TEMPLATE_VERSION, changes: changesSince(3) }],
    });
    expect(changesSince(3)).toEqual(TEMPLATE_CHANGES[4]);
    expect(wb.read(SHEET.meta, "A1:B1").values).toEqual([["versi_template", TEMPLATE_VERSION]]);
  });

  it("keeps every typed value: the Bidang and quarter sheets, the reports and the extra sheet cell for cell", async () => {
    await setup();
    for (const b of defaultCatalog.bidang)
      expect([b.lembar, bidangInputs(wb.read(b.lembar).formulas)]).toEqual([
        b.lembar,
        bidangInputs(storedSheet(b.lembar)),
      ]);
    for (const name of TRIWULAN.sheets)
      expect([name, triwulanInputs(wb.read(name).formulas)]).toEqual([
        name,
        triwulanInputs(storedSheet(name)),
      ]);
    // Additive: every sheet of version 3 but IKU_Meta (the version, the new sheet's record),
    // Petunjuk (which now explains the Anggaran sheet), Katalog IKU and Pengaturan (below)
    // is cell for cell as it was.
    const changed: readonly string[] = [SHEET.meta, SHEET.petunjuk, SHEET.katalog, SHEET.pengaturan];
    const kept = Object.keys(before).filter((n) => !changed.includes(n));
    expect(kept).toEqual(expect.arrayContaining([...TRIWULAN.sheets, "LAKIP 2024", "Monev TW 2 2024"]));
    for (const name of kept) expect([name, wb.read(name).formulas]).toEqual([name, before[name]]);
  });

  it("adds Standar Nasional and Sumber Standar to Katalog IKU, blank, and moves the sasaran and bidang tables", async () => {
    await setup();
    const katalogBefore = storedSheet(SHEET.katalog);
    const katalogAfter = wb.read(SHEET.katalog).values;
    expect(katalogAfter[KATALOG.headerRow - 1]?.slice(12, 14)).toEqual([
      KATALOG.indikator.standarNasional.header,
      KATALOG.indikator.sumberStandar.header,
    ]);
    // A:L as typed (Kondisi Awal, Sifat Target included), M:N new and blank; sasaran N:O → P:Q,
    // bidang Q:S → S:U.
    for (let r = KATALOG.firstDataRow - 1; r < katalogBefore.length; r++) {
      const old = katalogBefore[r] ?? [];
      const now = katalogAfter[r] ?? [];
      expect([r, now.slice(0, 12)]).toEqual([r, old.slice(0, 12)]);
      expect([r, now.slice(12, 14)]).toEqual([r, ["", ""]]);
      expect([r, now.slice(15, 17)]).toEqual([r, old.slice(13, 15)]);
      expect([r, now.slice(18, 21)]).toEqual([r, old.slice(16, 19)]);
    }
    expect(katalogAfter.flat().filter((v) => v === "kumulatif")).toHaveLength(2);
  });

  it("keeps Pengaturan's typed settings, adds the Perjanjian Kinerja's five below them and moves the scale", async () => {
    await setup();
    const p = wb.read(SHEET.pengaturan).values;
    const v3p = storedSheet(SHEET.pengaturan);
    // Rows 3–10 as typed (tahun laporan 2024, cap 120, mean cap 100).
    expect(p.slice(2, 10)).toEqual(v3p.slice(2, 10).map((r) => r.slice(0, 3)));
    expect(p.slice(2, 10).map((r) => r[1])).toEqual(expect.arrayContaining([2024, 120, 100]));
    // Rows 11–15: the new settings with their labels; the names blank, the position and the
    // place from the agency's name.
    expect(p.slice(10, 15).map((r) => [r[0], r[1]])).toEqual(
      PK_SETTINGS.map((k) => [
        PENGATURAN.settings[k].label,
        k === "kepalaJabatan"
          ? "Kepala Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang"
          : k === "tempat"
            ? "Bontang"
            : "",
      ]),
    );
    const names = Object.fromEntries(wb.names().map((n) => [n.name, n.formula]));
    for (const k of PK_SETTINGS)
      expect([k, names[PENGATURAN.settings[k].name]]).toEqual([
        k,
        `=Pengaturan!$B$${PENGATURAN.settings[k].row}`,
      ]);
    // The scale, as version 3 had it on rows 12–23, now from row 17.
    expect(p.slice(PENGATURAN.skala.titleRow - 1).map((r) => [r[0], r[1]])).toEqual(
      v3p.slice(11, 11 + 2 + PENGATURAN.skala.rows).map((r) => [r[0], r[1]]),
    );
    expect(names[PENGATURAN.skala.name]).toBe("=Pengaturan!$A$19:$B$28");
  });

  it("creates the Anggaran sheet, empty, with its headers and its formulas ready", async () => {
    await setup();
    expect(wb.sheetNames()).toContain(SHEET.anggaran);
    const anggaran = wb.read(SHEET.anggaran).formulas;
    const headers = Object.values(ANGGARAN.columns).map((c) => c.header);
    expect(anggaran[ANGGARAN.headerRow - 1]?.slice(0, headers.length)).toEqual(headers);
    const first = ANGGARAN.firstDataRow;
    expect(anggaran[first - 1]?.[columnIndex(ANGGARAN.columns.serapan.col)]).toBe(
      // Of the year's realisasi: Realisasi (G), else the sum of its quarters (L:O).
      `=IF(OR(F${first}="",AND(G${first}="",COUNT(L${first}:O${first})=0)),"",IKU.SERAPAN(IF(G${first}="",SUM(L${first}:O${first}),G${first}),F${first}))`,
    );
    // Nothing typed: every input column of every data row blank.
    for (const row of anggaran.slice(first - 1))
      for (const k of ANGGARAN_INPUT_COLUMNS)
        expect(row[columnIndex(ANGGARAN.columns[k].col)] ?? "").toBe("");
  });

  it("leaves a workbook Validasi finds no galat in, and a second run changes nothing", async () => {
    await setup();
    const v = await runReport(validate, {}, run);
    expect(v.galat).toBe(0);
    expect(v.tahunLaporan).toBe(2024);
    // IKU_Meta's id column learns the new sheet's id on the second run; nothing else changes.
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
    const again = await setup();
    expect(again).toEqual({ templateVersion: TEMPLATE_VERSION, firstRun: false, applied: true, events: [] });
    expect(all()).toEqual(after);
    const third = Object.fromEntries(wb.sheetNames().map((s) => [s, wb.read(s).formulas]));
    expect(await setup()).toEqual(again);
    expect(Object.fromEntries(wb.sheetNames().map((s) => [s, wb.read(s).formulas]))).toEqual(third);
  });

  it("still knows LAKIP 2024 and Monev TW 2 2024 as its own: both regenerate in place", async () => {
    await setup();
    const lakip = await runReport(generateLakip, { generatedAt: new Date(2025, 0, 16) }, run);
    expect(lakip).toMatchObject({ status: "written", sheet: "LAKIP 2024", mode: "replace", kept: null });
    const monev = await runReport(
      generateMonev,
      { triwulan: 2, tahun: 2024, generatedAt: new Date(2025, 0, 16) },
      run,
    );
    expect(monev).toMatchObject({ status: "written", sheet: "Monev TW 2 2024", mode: "replace", kept: null });
    expect(wb.sheetNames().filter((n) => n.startsWith("LAKIP") || n.startsWith("Monev"))).toEqual([
      "LAKIP 2024",
      "Monev TW 2 2024",
    ]);
  });
});

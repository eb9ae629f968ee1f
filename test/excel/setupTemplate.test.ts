import { defaultCatalog } from "../../src/core/catalog/defaultCatalog";
import type { Catalog } from "../../src/core/catalog/catalogSchema";
import type { TemplateEvent, TemplateReport } from "../../src/core/template/TemplateReport";
import {
  BIDANG,
  BIDANG_INPUT_COLUMNS,
  BIDANG_NUMERIC_INPUT_COLUMNS,
  KATALOG,
  SHEET,
} from "../../src/core/workbook/workbookLayout";
import type { ExcelRun } from "../../src/excel/ExcelRun";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import { runReport } from "../support/runReport";
import { EXCEL_ONLINE_PAYLOAD_LIMIT, Workbook } from "@iku-lakip/excel-host";
import { bigCatalog } from "../fixtures/bigCatalog";
import { addinCustomFunctions } from "../support/addinCustomFunctions";

const YEARS = [2022, 2023, 2024, 2025, 2026];
const BIDANG_SHEETS = defaultCatalog.bidang.map((b) => b.lembar);
const col = (key: keyof typeof BIDANG.columns) => BIDANG.columns[key].col;

function host(): { wb: Workbook; run: ExcelRun; restore: () => void } {
  const wb = new Workbook({ customFunctions: addinCustomFunctions });
  const restore = wb.installGlobals();
  return { wb, run: (batch) => wb.run(batch), restore };
}

const setup = (run: ExcelRun, catalog?: Catalog) =>
  runReport(setupTemplate, { currentYear: 2025, ...(catalog ? { catalog } : {}) }, run);

const ofKind = <K extends TemplateEvent["kind"]>(report: TemplateReport, kind: K) =>
  report.events.filter((e): e is Extract<TemplateEvent, { kind: K }> => e.kind === kind);

/** Data rows of a Bidang sheet as [kode, tahun] with their row numbers. */
function rows(wb: Workbook, sheet: string): { kode: unknown; tahun: unknown; row: number }[] {
  const { values } = wb.read(sheet, `A${BIDANG.firstDataRow}:D${BIDANG.firstDataRow + 2000}`);
  return values
    .map((r, i) => ({ kode: r[0], tahun: r[3], row: BIDANG.firstDataRow + i }))
    .filter((r) => r.kode !== "" && r.kode !== null);
}

function rowOf(wb: Workbook, sheet: string, kode: string, tahun: number): number {
  const found = rows(wb, sheet).find((r) => r.kode === kode && r.tahun === tahun);
  if (!found) throw new Error(`no row ${kode} ${tahun} on ${sheet}`);
  return found.row;
}

/**
 * Deletes a row as Excel does (the rows below move up, their references with them). The
 * host does not model Range.delete, so the move is done by hand.
 */
function deleteRow(wb: Workbook, sheet: string, row: number): void {
  const { formulas } = wb.read(sheet);
  const below = formulas
    .slice(row)
    .map((r) =>
      r.map((v) =>
        typeof v === "string" && v.startsWith("=")
          ? v.replace(/\b([A-Z]{1,3})(\d+)\b/g, (m, c: string, n: string) =>
              Number(n) > row ? `${c}${Number(n) - 1}` : m,
            )
          : v,
      ),
    );
  if (below.length > 0) wb.write(sheet, `A${row}`, below, { force: true });
  wb.write(sheet, `A${row + below.length}`, [new Array<string>(formulas[0]?.length ?? 1).fill("")], {
    force: true,
  });
}

const cell = (wb: Workbook, sheet: string, address: string) => wb.read(sheet, address).values[0]?.[0];
const formula = (wb: Workbook, sheet: string, address: string) => wb.read(sheet, address).formulas[0]?.[0];

describe("setupTemplate in the workbook host", () => {
  let h: ReturnType<typeof host>;
  beforeEach(() => {
    h = host();
  });
  afterEach(() => h.restore());

  it("builds the workbook from an empty one in at most 3 syncs, each batch under 5 MB", async () => {
    const report = await setup(h.run);
    const { syncs, batchBytes, responseBytes } = h.wb.stats();
    expect(syncs).toBeLessThanOrEqual(3);
    for (const b of [...batchBytes, ...responseBytes]) expect(b).toBeLessThan(EXCEL_ONLINE_PAYLOAD_LIMIT);
    expect(report.firstRun).toBe(true);
    expect(h.wb.sheetNames()).toEqual(
      expect.arrayContaining([SHEET.petunjuk, SHEET.pengaturan, SHEET.katalog, SHEET.meta, ...BIDANG_SHEETS]),
    );
    const total = BIDANG_SHEETS.reduce((n, s) => n + rows(h.wb, s).length, 0);
    expect(total).toBe(defaultCatalog.indikator.length * YEARS.length);
  });

  it("keeps every value typed into every input column, byte for byte, when run twice in a row", async () => {
    await setup(h.run);
    let n = 0;
    for (const sheet of BIDANG_SHEETS) {
      for (const { row } of rows(h.wb, sheet)) {
        for (const key of BIDANG_INPUT_COLUMNS) {
          n++;
          const numeric = BIDANG_NUMERIC_INPUT_COLUMNS.includes(key);
          const typed = numeric
            ? [n * 1.25, 0, "'12", "=2*5", 1e-7, "belum ada"][n % 6]
            : [`catatan ${n}`, "'0812", '="a"&"b"', "  spasi  "][n % 4];
          h.wb.write(sheet, `${col(key)}${row}`, typed);
        }
      }
    }
    const before = Object.fromEntries(
      [...BIDANG_SHEETS, SHEET.katalog, SHEET.pengaturan].map((s) => [s, h.wb.read(s)]),
    );
    h.wb.resetStats();
    const report = await setup(h.run);
    expect(h.wb.stats().syncs).toBeLessThanOrEqual(3);
    for (const [sheet, snapshot] of Object.entries(before)) {
      const after = h.wb.read(sheet);
      expect([sheet, after.address, after.formulas, after.values]).toEqual([
        sheet,
        snapshot.address,
        snapshot.formulas,
        snapshot.values,
      ]);
    }
    expect(report.events).toEqual([]);
  });

  it("leaves a foreign sheet named like a Bidang sheet untouched, and reports it", async () => {
    await h.wb.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Rehsos");
      sheet.getRange("A1:B2").values = [
        ["Rekap pribadi", 1],
        ["jangan diubah", 2],
      ];
      await context.sync();
    });
    const before = h.wb.read("Rehsos");
    const report = await setup(h.run);
    expect(h.wb.read("Rehsos")).toEqual(before);
    expect(ofKind(report, "foreignSheet")).toEqual([
      { kind: "foreignSheet", sheet: "Rehsos", role: "bidang:REHSOS" },
    ]);
    // The other Bidang still get their sheets.
    expect(rows(h.wb, "PM").length).toBeGreaterThan(0);
  });

  it("restores a deleted row, a deleted formula and a deleted sheet, keeping what was typed", async () => {
    await setup(h.run);
    const target = rowOf(h.wb, "Rehsos", "IKU-04", 2024);
    h.wb.write("Rehsos", `E${target}`, 75);
    h.wb.write("Rehsos", `${col("penghambat")}${target}`, "anggaran terbatas");
    const gone = rowOf(h.wb, "Rehsos", "IKU-03", 2023);
    const formulaRow = rowOf(h.wb, "PM", "IKU-15", 2022);
    deleteRow(h.wb, "Rehsos", gone);
    await h.wb.run(async (context) => {
      context.workbook.worksheets.getItem("PPFM").delete();
      await context.sync();
    });
    h.wb.write("PM", `${col("capaian")}${formulaRow}`, "", { force: true });
    const report = await setup(h.run);

    const back = rowOf(h.wb, "Rehsos", "IKU-03", 2023);
    // Version 2: Pembilang G, Penyebut H, Realisasi I, Capaian J.
    expect(formula(h.wb, "Rehsos", `I${back}`)).toBe(
      `=IF(OR(G${back}="",H${back}=""),"",IKU.PERSEN(G${back},H${back}))`,
    );
    expect(formula(h.wb, "PM", `${col("capaian")}${formulaRow}`)).toContain("IKU.CAPAIAN");
    expect(rows(h.wb, "PPFM").length).toBe(2 * YEARS.length);
    const kept = rowOf(h.wb, "Rehsos", "IKU-04", 2024);
    expect([cell(h.wb, "Rehsos", `E${kept}`), cell(h.wb, "Rehsos", `${col("penghambat")}${kept}`)]).toEqual([
      75,
      "anggaran terbatas",
    ]);
    expect(ofKind(report, "rowsAdded")).toEqual([
      { kind: "rowsAdded", sheet: "Rehsos", count: 1, kodes: ["IKU-03"] },
    ]);
    expect(ofKind(report, "cellsRestored")).toEqual([{ kind: "cellsRestored", sheet: "PM", count: 1 }]);
    expect(ofKind(report, "sheetRestored")).toEqual([
      { kind: "sheetRestored", sheet: "PPFM", role: "bidang:PPFM" },
    ]);
  });

  it("adds an indicator added to Katalog IKU to its Bidang's sheet, with working formulas", async () => {
    await setup(h.run);
    const next = KATALOG.firstDataRow + defaultCatalog.indikator.length;
    h.wb.write(SHEET.katalog, `A${next}:J${next}`, [
      [
        "IKU-18",
        "S2",
        "Rata-rata kader per Posyandu",
        "rasio",
        "kader per Posyandu",
        "negatif",
        "Jumlah kader",
        "Jumlah Posyandu",
        "DSPM",
        "PM",
      ],
    ]);
    const report = await setup(h.run);
    const added = rows(h.wb, "PM").filter((r) => r.kode === "IKU-18");
    expect(added.map((r) => r.tahun)).toEqual(YEARS);
    expect(ofKind(report, "rowsAdded")).toEqual([
      { kind: "rowsAdded", sheet: "PM", count: 5, kodes: ["IKU-18"] },
    ]);
    const row = rowOf(h.wb, "PM", "IKU-18", 2024);
    // Target Renstra, Target PK (blank), Pembilang, Penyebut: E:H in version 2.
    h.wb.write("PM", `E${row}:H${row}`, [[4, "", 30, 10]]);
    expect(cell(h.wb, "PM", `I${row}`)).toBeCloseTo(3);
    // Negative polarity with the default (2T − R)/T: (8 − 3)/4 × 100.
    expect(cell(h.wb, "PM", `J${row}`)).toBeCloseTo(125);
  });

  it("computes Realisasi, Capaian, Predikat and Kriteria from typed pembilang, penyebut and targets", async () => {
    await setup(h.run);
    // Version 2 columns: Target Renstra E, Target PK F, Pembilang G, Penyebut H,
    // Realisasi I, Capaian J, Predikat K, Kriteria L.
    const at = (key: keyof typeof BIDANG.columns, row: number) => `${col(key)}${row}`;
    const persen = rowOf(h.wb, "Rehsos", "IKU-02", 2024);
    h.wb.write("Rehsos", `E${persen}:H${persen}`, [[80, "", 45, 60]]);
    expect(cell(h.wb, "Rehsos", at("realisasi", persen))).toBeCloseTo(75);
    expect(cell(h.wb, "Rehsos", at("capaian", persen))).toBeCloseTo(93.75);
    expect(cell(h.wb, "Rehsos", at("predikat", persen))).toBe("Sangat Tinggi");
    expect(cell(h.wb, "Rehsos", at("kriteria", persen))).toBe("Tidak Tercapai");
    // A PK target is what capaian is measured against: 75 / 70 × 100 = 107.142857…
    h.wb.write("Rehsos", at("targetPK", persen), 70);
    expect(cell(h.wb, "Rehsos", at("capaian", persen))).toBeCloseTo(107.142857142857);
    expect(cell(h.wb, "Rehsos", at("kriteria", persen))).toBe("Terlampaui");
    h.wb.write("Rehsos", at("targetPK", persen), "");

    const jumlah = rowOf(h.wb, "Linjamsos", "IKU-01", 2023);
    h.wb.write("Linjamsos", `E${jumlah}:G${jumlah}`, [[40, "", 26]]);
    expect(cell(h.wb, "Linjamsos", at("realisasi", jumlah))).toBe(26);
    expect(cell(h.wb, "Linjamsos", at("capaian", jumlah))).toBeCloseTo(65);
    expect(cell(h.wb, "Linjamsos", at("predikat", jumlah))).toBe("Rendah");

    const rasio = rowOf(h.wb, "PM", "IKU-10", 2022);
    h.wb.write("PM", `E${rasio}:H${rasio}`, [[3, "", 30, 12]]);
    expect(cell(h.wb, "PM", at("realisasi", rasio))).toBeCloseTo(2.5);
    expect(cell(h.wb, "PM", at("capaian", rasio))).toBeCloseTo((2.5 / 3) * 100);
    expect(cell(h.wb, "PM", at("predikat", rasio))).toBe("Tinggi");

    // The predikat agrees with the capaian as printed: 22,501 of 25,000 is 90.004 %, shown
    // 90,00 with 2 decimals → Tinggi, not Sangat Tinggi; with 3 decimals (90,004) it is.
    const shown = rowOf(h.wb, "Rehsos", "IKU-03", 2024);
    h.wb.write("Rehsos", `E${shown}:H${shown}`, [[100, "", 22501, 25000]]);
    expect(cell(h.wb, "Rehsos", at("capaian", shown))).toBeCloseTo(90.004, 10);
    expect(cell(h.wb, "Rehsos", at("predikat", shown))).toBe("Tinggi");
    h.wb.write(SHEET.pengaturan, "B9", 3);
    expect(cell(h.wb, "Rehsos", at("predikat", shown))).toBe("Sangat Tinggi");
    h.wb.write(SHEET.pengaturan, "B9", 2);

    // The Pengaturan options reach the formulas: a cap of 100 and an edited scale (its
    // first band on row 19 since version 4). The cap never hides an exceeded target.
    h.wb.write(SHEET.pengaturan, "B8", 100);
    h.wb.write(SHEET.pengaturan, "B19", "Terlampaui");
    h.wb.write("Rehsos", `E${persen}`, 50);
    expect(cell(h.wb, "Rehsos", at("capaian", persen))).toBeCloseTo(100);
    expect(cell(h.wb, "Rehsos", at("predikat", persen))).toBe("Terlampaui");
    expect(cell(h.wb, "Rehsos", at("kriteria", persen))).toBe("Terlampaui");
    // An unfilled row shows nothing rather than an error.
    const empty = rowOf(h.wb, "Rehsos", "IKU-03", 2026);
    expect(
      (["realisasi", "capaian", "predikat", "kriteria"] as const).map((k) =>
        cell(h.wb, "Rehsos", at(k, empty)),
      ),
    ).toEqual(["", "", "", ""]);
  });

  it("locks formulas, validates numeric inputs in Indonesian and sets up printing", async () => {
    await setup(h.run);
    const pm = h.wb.sheet("PM");
    expect(pm.protection).toMatchObject({ protected: true, hasPassword: false });
    expect(pm.freezePanes).toEqual({ rows: BIDANG.headerRow, columns: 2 });
    expect(pm.pageLayout).toMatchObject({
      orientation: "Landscape",
      printTitleRows: expect.stringContaining("4"),
    });
    const dv = pm.dataValidations.find((v) => v.address.startsWith("E5"));
    expect(dv?.prompt).toMatchObject({ showPrompt: true, title: "Isian angka" });
    expect(dv?.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    // Version 2: Realisasi I (formula), Target Renstra E and Faktor pendukung M (inputs).
    expect([
      h.wb.cellFormat("PM", "I5").locked,
      h.wb.cellFormat("PM", "E5").locked,
      h.wb.cellFormat("PM", "M5").locked,
    ]).toEqual([true, false, false]);
    expect(() => h.wb.write("PM", "I5", 1)).toThrow();
    expect(() => h.wb.write("PM", "E5", 1)).not.toThrow();
    expect(h.wb.names().map((n) => n.name)).toEqual(
      expect.arrayContaining(["IKU_TahunLaporan", "IKU_SkalaPredikat", "IKU_BatasCapaian", "IKU_Desimal"]),
    );
    expect(h.wb.sheet(SHEET.meta).visibility).toBe("Hidden");
  });

  it("stays within 3 syncs and 5 MB per batch for a catalog of 170 indicators, run twice", async () => {
    const catalog = bigCatalog(170);
    await setup(h.run, catalog);
    const first = h.wb.stats();
    h.wb.resetStats();
    await setup(h.run, catalog);
    const second = h.wb.stats();
    for (const stats of [first, second]) {
      expect(stats.syncs).toBeLessThanOrEqual(3);
      for (const b of [...stats.batchBytes, ...stats.responseBytes])
        expect(b).toBeLessThan(EXCEL_ONLINE_PAYLOAD_LIMIT);
    }
    expect(second.syncs).toBe(3);
    const total = catalog.bidang.reduce((n, b) => n + rows(h.wb, b.lembar).length, 0);
    expect(total).toBe(170 * YEARS.length);
  });
  it("rebuilds a Bidang sheet of an older layout in the current one, every input in its new column", async () => {
    // The mechanism a template upgrade rests on: columns are found by their header text.
    await setup(h.run);
    const sheet = "Linjamsos";
    const keys = rows(h.wb, sheet).slice(0, 4);
    // An older layout: header on row 3, Penyebut before Pembilang, no Keterangan column.
    const oldHeaders = [
      "Kode",
      "Indikator",
      "Satuan",
      "Tahun",
      "Target",
      "Penyebut",
      "Pembilang",
      "Realisasi",
      "Capaian (%)",
      "Predikat",
      "Faktor pendukung",
      "Faktor penghambat",
      "Solusi / tindak lanjut",
    ];
    const used = h.wb.read(sheet);
    h.wb.write(
      sheet,
      "A1",
      used.values.map((r) => r.map(() => "")),
      { force: true },
    );
    const typed = keys.map((k, i) => ({
      ...k,
      target: 80 + i,
      pembilang: 40 + i,
      penyebut: 50,
      pendukung: `dukung ${i}`,
      solusi: `solusi ${i}`,
    }));
    h.wb.write(
      sheet,
      "A3",
      [
        oldHeaders,
        ...typed.map((t) => [
          t.kode,
          "",
          "",
          t.tahun,
          t.target,
          t.penyebut,
          t.pembilang,
          "",
          "",
          "",
          t.pendukung,
          "",
          t.solusi,
        ]),
      ],
      { force: true },
    );

    await setup(h.run);

    expect(h.wb.read(sheet, `A${BIDANG.headerRow}:${BIDANG.lastCol}${BIDANG.headerRow}`).values[0]).toEqual(
      Object.values(BIDANG.columns).map((c) => c.header),
    );
    for (const t of typed) {
      const r = rowOf(h.wb, sheet, t.kode as string, t.tahun as number);
      expect([
        cell(h.wb, sheet, `${col("targetRenstra")}${r}`),
        cell(h.wb, sheet, `${col("pembilang")}${r}`),
        cell(h.wb, sheet, `${col("penyebut")}${r}`),
        cell(h.wb, sheet, `${col("pendukung")}${r}`),
        cell(h.wb, sheet, `${col("solusi")}${r}`),
      ]).toEqual([t.target, t.pembilang, t.penyebut, t.pendukung, t.solusi]);
      expect(formula(h.wb, sheet, `${col("realisasi")}${r}`)).toMatch(/^=IF\(/);
    }
  });
});

import { TRIWULAN } from "../../../src/core/workbook/triwulanLayout";
import type { Catalog } from "../../../src/core/catalog/catalogSchema";
import { defaultCatalog } from "../../../src/core/catalog/defaultCatalog";
import { bigCatalog } from "../../fixtures/bigCatalog";
import {
  bidangSheetsToRead,
  planTemplate,
  triwulanSheetsToRead,
} from "../../../src/core/template/planTemplate";
import type { TemplateEvent, TemplateReport } from "../../../src/core/template/TemplateReport";
import { emptySnapshot } from "../../../src/core/template/TemplateSnapshot";
import type { CellValue } from "../../../src/core/workbook/a1";
import type { WorkbookPlan } from "../../../src/core/workbook/SheetPlan";
import {
  BIDANG,
  BIDANG_INPUT_COLUMNS,
  BIDANG_NUMERIC_INPUT_COLUMNS,
  PENGATURAN,
  SHEET,
  TEMPLATE_VERSION,
} from "../../../src/core/workbook/workbookLayout";
import { changesSince, TEMPLATE_CHANGES } from "../../../src/core/template/TEMPLATE_CHANGES";
import { GridWorkbook } from "./gridWorkbook";

const OPTIONS = { currentYear: 2025 };
const YEARS = [2022, 2023, 2024, 2025, 2026];
const BIDANG_SHEETS = defaultCatalog.bidang.map((b) => b.lembar);

function run(
  wb: GridWorkbook,
  defaults: Catalog = defaultCatalog,
): { report: TemplateReport; plan: WorkbookPlan } {
  const first = wb.snapshot();
  const sheets = [
    ...bidangSheetsToRead(first, defaults, OPTIONS),
    ...triwulanSheetsToRead(first, defaults, OPTIONS, 1),
    ...triwulanSheetsToRead(first, defaults, OPTIONS, 2),
  ];
  const result = planTemplate(wb.snapshot(sheets), defaults, OPTIONS);
  wb.apply(result.plan);
  return result;
}

/** Data rows of a Bidang sheet: [kode, tahun, row number]. */
function dataRows(wb: GridWorkbook, sheet: string): { kode: CellValue; tahun: CellValue; row: number }[] {
  const grid = wb.grids(sheet).formulas;
  return grid
    .slice(BIDANG.firstDataRow - 1)
    .map((r, i) => ({ kode: r[0] ?? "", tahun: r[3] ?? "", row: BIDANG.firstDataRow + i }));
}

function rowOf(wb: GridWorkbook, sheet: string, kode: string, tahun: number): number {
  const found = dataRows(wb, sheet).find((r) => r.kode === kode && r.tahun === tahun);
  if (!found) throw new Error(`no row ${kode} ${tahun} on ${sheet}`);
  return found.row;
}

const col = (key: keyof typeof BIDANG.columns) => BIDANG.columns[key].col;
const ofKind = <K extends TemplateEvent["kind"]>(report: TemplateReport, kind: K) =>
  report.events.filter((e): e is Extract<TemplateEvent, { kind: K }> => e.kind === kind);

/** Types something distinct into every input cell of every Bidang row; returns what was typed. */
function typeEverywhere(wb: GridWorkbook): Map<string, CellValue> {
  const typed = new Map<string, CellValue>();
  let n = 0;
  for (const sheet of BIDANG_SHEETS) {
    for (const { row } of dataRows(wb, sheet)) {
      for (const key of BIDANG_INPUT_COLUMNS) {
        n++;
        const kinds: CellValue[] = [n * 1.5, `catatan ${n}`, `${n}`, "=10*2", 0, `=${n}`];
        const value = BIDANG_NUMERIC_INPUT_COLUMNS.includes(key)
          ? (kinds[n % kinds.length] ?? n)
          : `teks ${n}`;
        wb.set(sheet, `${col(key)}${row}`, value);
        typed.set(`${sheet}!${col(key)}${row}`, value);
      }
    }
  }
  return typed;
}

describe("planTemplate on an empty workbook", () => {
  const wb = new GridWorkbook();
  const { report, plan } = run(wb);

  it("creates a sheet per Bidang with a row per indicator per Renstra year, 17 × 5 in all", () => {
    for (const sheet of BIDANG_SHEETS) expect(wb.sheets.has(sheet)).toBe(true);
    const rows = BIDANG_SHEETS.flatMap((s) => dataRows(wb, s));
    expect(rows).toHaveLength(defaultCatalog.indikator.length * YEARS.length);
    for (const ind of defaultCatalog.indikator) {
      const sheet = defaultCatalog.bidang.find((b) => b.kode === ind.bidang)?.lembar ?? "";
      expect(
        dataRows(wb, sheet)
          .filter((r) => r.kode === ind.kode)
          .map((r) => r.tahun),
      ).toEqual(YEARS);
    }
  });

  it("writes the formulas each jenis needs", () => {
    // Version 2: Pembilang G, Penyebut H, Realisasi I, Capaian J, Predikat K, Kriteria L;
    // capaian against Target PK (F), or Target Renstra (E) while F is blank.
    const formula = (sheet: string, kode: string, key: "realisasi" | "capaian" | "predikat" | "kriteria") => {
      const row = rowOf(wb, sheet, kode, 2024);
      return { row, f: wb.get(sheet, `${col(key)}${row}`) };
    };
    const jumlah = formula("Linjamsos", "IKU-01", "realisasi");
    expect(jumlah.f).toBe(`=IF(G${jumlah.row}="","",G${jumlah.row})`);
    const persen = formula("Rehsos", "IKU-02", "realisasi");
    expect(persen.f).toBe(
      `=IF(OR(G${persen.row}="",H${persen.row}=""),"",IKU.PERSEN(G${persen.row},H${persen.row}))`,
    );
    const rasio = formula("PM", "IKU-10", "realisasi");
    expect(rasio.f).toBe(
      `=IF(OR(G${rasio.row}="",H${rasio.row}=""),"",IKU.RASIO(G${rasio.row},H${rasio.row}))`,
    );
    const c = formula("PM", "IKU-10", "capaian");
    const target = `IF(F${c.row}="",E${c.row},F${c.row})`;
    expect(c.f).toBe(
      `=IF(OR(I${c.row}="",E${c.row}&F${c.row}=""),"",IKU.CAPAIAN(I${c.row},${target},"positif",IKU_BatasCapaian))`,
    );
    const predikat = formula("PM", "IKU-10", "predikat");
    expect(predikat.f).toBe(
      `=IF(J${predikat.row}="","",IKU.PREDIKAT(ROUND(J${predikat.row},IKU_Desimal),IKU_SkalaPredikat))`,
    );
    const kriteria = formula("PM", "IKU-10", "kriteria");
    expect(kriteria.f).toBe(
      `=IF(J${c.row}="","",IKU.KRITERIA(IKU.CAPAIAN(I${c.row},${target}),IKU_Desimal))`,
    );
  });

  it("passes IKU_RumusNegatif for an indicator of negative polarity", () => {
    const catalog: Catalog = {
      ...defaultCatalog,
      indikator: defaultCatalog.indikator.map((i) =>
        i.kode === "IKU-16" ? { ...i, polaritas: "negatif" } : i,
      ),
    };
    const other = new GridWorkbook();
    run(other, catalog);
    const row = rowOf(other, "PM", "IKU-16", 2022);
    const target = `IF(F${row}="",E${row},F${row})`;
    expect(other.get("PM", `${col("capaian")}${row}`)).toContain(
      `IKU.CAPAIAN(I${row},${target},IKU_RumusNegatif,IKU_BatasCapaian)`,
    );
    expect(other.get("PM", `${col("kriteria")}${row}`)).toContain(
      `IKU.CAPAIAN(I${row},${target},IKU_RumusNegatif)`,
    );
  });

  it("writes the Bidang's full name in the title and the headers of the layout", () => {
    expect(String(wb.get("Rehsos", "A1"))).toContain("Bidang Rehabilitasi Sosial");
    for (const c of Object.values(BIDANG.columns))
      expect(wb.get("PM", `${c.col}${BIDANG.headerRow}`)).toBe(c.header);
  });

  it("fills Katalog IKU, Pengaturan and IKU_Meta, and reports every sheet created", () => {
    expect(wb.get(SHEET.katalog, "A5")).toBe("IKU-01");
    expect(wb.get(SHEET.pengaturan, "B3")).toBe(defaultCatalog.instansi);
    expect(wb.get(SHEET.pengaturan, "B6")).toBe(2024);
    expect(wb.get(SHEET.meta, "A1")).toBe("versi_template");
    expect(report.firstRun).toBe(true);
    expect(
      ofKind(report, "sheetCreated")
        .map((e) => e.sheet)
        .sort(),
    ).toEqual(
      [
        SHEET.petunjuk,
        SHEET.pengaturan,
        SHEET.katalog,
        SHEET.anggaran,
        ...BIDANG_SHEETS,
        ...TRIWULAN.sheets,
      ].sort(),
    );
  });

  it("locks formulas, validates numeric inputs and names every setting", () => {
    const pm = plan.sheets.find((s) => s.name === "PM");
    expect(pm?.protect).toBe(true);
    expect(pm?.validations?.[0]).toMatchObject({ rule: { kind: "decimal", min: 0 } });
    // Version 2: the numeric inputs are Target Renstra to Penyebut (E:H), Realisasi and Capaian I:J.
    expect(pm?.validations?.[0]?.address).toMatch(/^E5:H\d+$/);
    expect(pm?.formats.find((f) => f.address.startsWith("I5:J"))?.format.locked).toBe(true);
    expect(pm?.formats.find((f) => f.address.startsWith("E5:H"))?.format.locked).toBe(false);
    expect(plan.names.map((n) => n.name)).toEqual(
      expect.arrayContaining([
        "IKU_Instansi",
        "IKU_TahunLaporan",
        "IKU_RumusNegatif",
        "IKU_BatasCapaian",
        "IKU_Desimal",
        "IKU_BatasRataRata",
        "IKU_SkalaPredikat",
      ]),
    );
  });
});

describe("planTemplate run again", () => {
  it("keeps every value typed into every input column, and writes none of those cells", () => {
    const wb = new GridWorkbook();
    run(wb);
    const typed = typeEverywhere(wb);
    // Every input cell of every row was typed into, so the loop below checks them all.
    expect(typed.size).toBe(defaultCatalog.indikator.length * YEARS.length * BIDANG_INPUT_COLUMNS.length);
    const { plan, report } = run(wb);
    for (const [where, value] of typed) {
      const [sheet = "", address = ""] = where.split("!");
      expect([where, wb.get(sheet, address)]).toEqual([where, value]);
    }
    // The second run writes no data row at all: every cell already holds what it should.
    const pm = plan.sheets.find((s) => s.name === "PM");
    expect(pm?.cells.map((c) => c.address)).toEqual(["A1"]);
    expect(report.firstRun).toBe(false);
    expect(report.events.filter((e) => e.kind !== "settingsFilled")).toEqual([]);
  });

  it("restores a deleted row, a deleted formula and a deleted sheet, inputs kept", () => {
    const wb = new GridWorkbook();
    run(wb);
    const typed = typeEverywhere(wb);
    const deletedRow = rowOf(wb, "Rehsos", "IKU-03", 2023);
    wb.deleteRow("Rehsos", deletedRow);
    const formulaRow = rowOf(wb, "PM", "IKU-11", 2024);
    wb.set("PM", `${col("realisasi")}${formulaRow}`, "");
    wb.sheets.delete("PPFM");
    const { report } = run(wb);

    const back = rowOf(wb, "Rehsos", "IKU-03", 2023);
    expect(wb.get("Rehsos", `${col("realisasi")}${back}`)).toContain("IKU.PERSEN");
    expect(wb.get("Rehsos", `E${back}`)).toBe("");
    expect(wb.get("PM", `${col("realisasi")}${formulaRow}`)).toBe(
      `=IF(OR(G${formulaRow}="",H${formulaRow}=""),"",IKU.PERSEN(G${formulaRow},H${formulaRow}))`,
    );
    expect(dataRows(wb, "PPFM")).toHaveLength(2 * YEARS.length);
    // Rows after the deleted one moved up and back down: their inputs follow them.
    const next = rowOf(wb, "Rehsos", "IKU-03", 2024);
    const pendukung = `${col("pendukung")}${next}`;
    expect(wb.get("Rehsos", pendukung)).toBe(typed.get(`Rehsos!${pendukung}`));

    expect(ofKind(report, "rowsAdded")).toEqual([
      { kind: "rowsAdded", sheet: "Rehsos", count: 1, kodes: ["IKU-03"] },
    ]);
    expect(ofKind(report, "cellsRestored")).toEqual([{ kind: "cellsRestored", sheet: "PM", count: 1 }]);
    expect(ofKind(report, "sheetRestored")).toEqual([
      { kind: "sheetRestored", sheet: "PPFM", role: "bidang:PPFM" },
    ]);
  });

  it("keeps typed formulas formulas and numbers numbers when rows move and only formulas were read", () => {
    const wb = new GridWorkbook();
    wb.formulasOnly = true;
    run(wb);
    const typed = typeEverywhere(wb);
    wb.deleteRow("Rehsos", rowOf(wb, "Rehsos", "IKU-02", 2022));
    run(wb);
    let moved = 0;
    for (const [where, value] of typed) {
      const [sheet = "", address = ""] = where.split("!");
      if (sheet !== "Rehsos" || Number(address.slice(1)) < rowOf(wb, "Rehsos", "IKU-02", 2023)) continue;
      moved++;
      expect([where, wb.get(sheet, address)]).toEqual([where, value]);
      expect([where, wb.isFormula(sheet, address)]).toEqual([
        where,
        typeof value === "string" && value.startsWith("="),
      ]);
    }
    expect(moved).toBeGreaterThan(50);
  });

  it("adds an indicator added to Katalog IKU, on its Bidang's sheet", () => {
    const wb = new GridWorkbook();
    run(wb);
    typeEverywhere(wb);
    const before = dataRows(wb, "PPFM").length;
    const row = wb.grids(SHEET.katalog).values.length + 1;
    [
      "IKU-18",
      "S1",
      "Persentase fakir miskin yang diberdayakan",
      "persen",
      "%",
      "positif",
      "Jumlah fakir miskin yang diberdayakan",
      "Jumlah fakir miskin",
      "DSPM",
      "PPFM",
    ].forEach((v, i) => wb.set(SHEET.katalog, `${String.fromCharCode(65 + i)}${row}`, v));
    const { report } = run(wb);
    expect(
      dataRows(wb, "PPFM")
        .filter((r) => r.kode === "IKU-18")
        .map((r) => r.tahun),
    ).toEqual(YEARS);
    expect(dataRows(wb, "PPFM")).toHaveLength(before + YEARS.length);
    expect(ofKind(report, "rowsAdded")).toEqual([
      { kind: "rowsAdded", sheet: "PPFM", count: 5, kodes: ["IKU-18"] },
    ]);
  });

  it("keeps the rows of an indicator removed from the catalog, with what was typed, at the end", () => {
    const wb = new GridWorkbook();
    run(wb);
    const row = rowOf(wb, "Linjamsos", "IKU-05", 2022);
    wb.set("Linjamsos", `E${row}`, 80);
    wb.set("Linjamsos", `${col("pendukung")}${row}`, "didukung relawan");
    const katalogRow = wb.grids(SHEET.katalog).values.findIndex((r) => r[0] === "IKU-05") + 1;
    for (let c = 0; c < 10; c++) wb.set(SHEET.katalog, `${String.fromCharCode(65 + c)}${katalogRow}`, "");
    const { report } = run(wb);
    const rows = dataRows(wb, "Linjamsos");
    const kept = rows.filter((r) => r.kode === "IKU-05");
    expect(kept).toHaveLength(5);
    expect(kept.map((r) => r.row)).toEqual(rows.slice(-5).map((r) => r.row));
    const moved = rowOf(wb, "Linjamsos", "IKU-05", 2022);
    expect([wb.get("Linjamsos", `E${moved}`), wb.get("Linjamsos", `${col("pendukung")}${moved}`)]).toEqual([
      80,
      "didukung relawan",
    ]);
    expect(ofKind(report, "rowsKept")).toEqual([
      { kind: "rowsKept", sheet: "Linjamsos", count: 5, kodes: ["IKU-05"] },
    ]);
  });

  it("carries an indicator's inputs to its new Bidang's sheet when its Bidang changes", () => {
    const wb = new GridWorkbook();
    run(wb);
    const row = rowOf(wb, "PM", "IKU-13", 2025);
    wb.set("PM", `${col("pembilang")}${row}`, 42);
    const katalogRow = wb.grids(SHEET.katalog).values.findIndex((r) => r[0] === "IKU-13") + 1;
    wb.set(SHEET.katalog, `J${katalogRow}`, "PPFM");
    const { report } = run(wb);
    expect(wb.get("PPFM", `${col("pembilang")}${rowOf(wb, "PPFM", "IKU-13", 2025)}`)).toBe(42);
    expect(dataRows(wb, "PM").some((r) => r.kode === "IKU-13")).toBe(false);
    expect(ofKind(report, "rowsMoved")).toEqual([
      { kind: "rowsMoved", from: "PM", to: "PPFM", count: 5, kodes: ["IKU-13"] },
    ]);
  });

  it("leaves a foreign sheet named like a Bidang sheet untouched and reports it", () => {
    const wb = new GridWorkbook(["Sheet1", "PM"]);
    wb.set("PM", "A1", "Catatan rapat");
    wb.set("PM", "B7", 12);
    const before = wb.grids("PM");
    const { report, plan } = run(wb);
    expect(wb.grids("PM")).toEqual(before);
    expect(plan.sheets.some((s) => s.name === "PM")).toBe(false);
    expect(ofKind(report, "foreignSheet")).toEqual([
      { kind: "foreignSheet", sheet: "PM", role: "bidang:PM" },
    ]);
    // …and still does on the next run: IKU_Meta did not record it.
    expect(ofKind(run(wb).report, "foreignSheet")).toHaveLength(1);
  });

  it("takes a sheet recreated under our name after ours was deleted for foreign (worksheet ids differ)", () => {
    const wb = new GridWorkbook();
    run(wb);
    run(wb); // records the ids
    wb.sheets.delete("Rehsos");
    wb.sheets.set("Rehsos", [["Milik saya"]]);
    wb.ids.set("Rehsos", "{other}");
    const { report } = run(wb);
    expect(wb.get("Rehsos", "A1")).toBe("Milik saya");
    expect(ofKind(report, "foreignSheet").map((e) => e.sheet)).toEqual(["Rehsos"]);
  });

  it("recognises its sheets by their headers when IKU_Meta was deleted, and records them again", () => {
    const wb = new GridWorkbook();
    run(wb);
    const typed = typeEverywhere(wb);
    wb.sheets.delete(SHEET.meta);
    const { report } = run(wb);
    expect(report.events).toContainEqual({ kind: "metaRestored" });
    expect(ofKind(report, "foreignSheet")).toEqual([]);
    for (const [where, value] of typed) {
      const [sheet = "", address = ""] = where.split("!");
      expect(wb.get(sheet, address)).toEqual(value);
    }
  });

  it("writes defaults only into empty Pengaturan cells", () => {
    const wb = new GridWorkbook();
    run(wb);
    wb.set(SHEET.pengaturan, "B3", "Dinas Sosial Kota Contoh");
    wb.set(SHEET.pengaturan, "B7", "");
    // Version 4 moved the scale table down to row 19, below the Perjanjian Kinerja's settings.
    wb.set(SHEET.pengaturan, "A19", 95);
    const { report } = run(wb);
    expect(wb.get(SHEET.pengaturan, "B3")).toBe("Dinas Sosial Kota Contoh");
    expect(wb.get(SHEET.pengaturan, "B7")).toBe("negatif");
    expect(wb.get(SHEET.pengaturan, "A19")).toBe(95);
    expect(ofKind(report, "settingsFilled")).toEqual([
      { kind: "settingsFilled", settings: ["rumusNegatif"] },
    ]);
  });

  it("leaves the Bidang sheets alone while Katalog IKU is invalid, and points at the cell to fix", () => {
    const wb = new GridWorkbook();
    run(wb);
    typeEverywhere(wb);
    wb.set(SHEET.katalog, "D6", "persentase");
    const before = BIDANG_SHEETS.map((s) => wb.grids(s));
    const { report, plan } = run(wb);
    expect(BIDANG_SHEETS.map((s) => wb.grids(s))).toEqual(before);
    expect(ofKind(report, "catalogInvalid")[0]?.issues).toEqual([
      expect.objectContaining({ sheet: SHEET.katalog, address: "D6" }),
    ]);
    expect(plan.select).toEqual({ sheet: SHEET.katalog, address: "D6" });
    expect(wb.get(SHEET.katalog, "D6")).toBe("persentase");
  });

  it("carries inputs by header when a sheet's columns sit elsewhere (an older layout)", () => {
    const wb = new GridWorkbook();
    run(wb);
    const row = rowOf(wb, "PM", "IKU-14", 2023);
    // Swap Faktor pendukung and Keterangan, headers included, as an older template might have had them.
    const [p, k] = [col("pendukung"), col("keterangan")];
    wb.set("PM", `${p}${BIDANG.headerRow}`, BIDANG.columns.keterangan.header);
    wb.set("PM", `${k}${BIDANG.headerRow}`, BIDANG.columns.pendukung.header);
    wb.set("PM", `${p}${row}`, "keterangan lama");
    wb.set("PM", `${k}${row}`, "pendukung lama");
    const { report } = run(wb);
    expect(wb.get("PM", `${p}${row}`)).toBe("pendukung lama");
    expect(wb.get("PM", `${k}${row}`)).toBe("keterangan lama");
    expect(report.events).toContainEqual({ kind: "headerRestored", sheet: "PM" });
  });

  it("moves Katalog IKU's tables back under their headers when they sit elsewhere, every value kept", () => {
    const wb = new GridWorkbook();
    run(wb);
    const before = wb.grids(SHEET.katalog).values;
    // The sasaran table (N:O) moved two columns left over the blank K:L, headers included.
    for (let r = 4; r <= before.length; r++) {
      wb.set(SHEET.katalog, `K${r}`, before[r - 1]?.[13] ?? "");
      wb.set(SHEET.katalog, `L${r}`, before[r - 1]?.[14] ?? "");
      wb.set(SHEET.katalog, `N${r}`, "");
      wb.set(SHEET.katalog, `O${r}`, "");
    }
    const { report } = run(wb);
    expect(wb.grids(SHEET.katalog).values).toEqual(before);
    expect(report.events).toContainEqual({ kind: "headerRestored", sheet: SHEET.katalog });
    expect(ofKind(report, "catalogInvalid")).toEqual([]);
  });

  it("writes nothing into a workbook made by a newer template", () => {
    const wb = new GridWorkbook();
    run(wb);
    wb.set(SHEET.meta, "B1", 99);
    const result = planTemplate(wb.snapshot(), defaultCatalog, OPTIONS);
    expect(result.plan.sheets).toEqual([]);
    expect(result.report).toMatchObject({ applied: false, events: [{ kind: "newerTemplate", found: 99 }] });
  });
});

describe("bidangSheetsToRead", () => {
  it("names nothing in an empty workbook and the existing Bidang sheets afterwards", () => {
    expect(bidangSheetsToRead(emptySnapshot(), defaultCatalog, OPTIONS)).toEqual([]);
    const wb = new GridWorkbook();
    run(wb);
    expect(bidangSheetsToRead(wb.snapshot(), defaultCatalog, OPTIONS).sort()).toEqual(
      [...BIDANG_SHEETS, ...TRIWULAN.sheets].sort(),
    );
    // A large workbook's quarter sheets come in a read of their own (5 MB responses).
    expect(triwulanSheetsToRead(wb.snapshot(), defaultCatalog, OPTIONS)).toEqual([]);
  });

  it("brings a large workbook's quarter sheets in two reads of their own, TW 1–2 then TW 3–4 (5 MB responses)", () => {
    const catalog = bigCatalog(600);
    const wb = new GridWorkbook();
    run(wb, catalog);
    expect(bidangSheetsToRead(wb.snapshot(), catalog, OPTIONS)).toEqual(catalog.bidang.map((b) => b.lembar));
    expect(triwulanSheetsToRead(wb.snapshot(), catalog, OPTIONS, 1)).toEqual(["TW 1", "TW 2"]);
    expect(triwulanSheetsToRead(wb.snapshot(), catalog, OPTIONS, 2)).toEqual(["TW 3", "TW 4"]);
    // Read that way, a second run keeps a typed quarter figure and has nothing to report.
    wb.set("TW 3", "F5", 12);
    expect(run(wb, catalog).report.events).toEqual([]);
    expect(wb.get("TW 3", "F5")).toBe(12);
  });

  it("is required: planning with an unread Bidang sheet is a bug, not a guess", () => {
    const wb = new GridWorkbook(["PM"]);
    expect(() => planTemplate(wb.snapshot(), defaultCatalog, OPTIONS)).toThrow(/PM/);
  });
});

describe("TEMPLATE_CHANGES", () => {
  it("records what every version after the first changed, so an upgrade can say it", () => {
    for (let v = 2; v <= TEMPLATE_VERSION; v++)
      expect([v, (TEMPLATE_CHANGES[v] ?? []).length > 0]).toEqual([v, true]);
    expect(
      Object.keys(TEMPLATE_CHANGES)
        .map(Number)
        .every((v) => v >= 2 && v <= TEMPLATE_VERSION),
    ).toBe(true);
  });

  it("names only headers and settings the current layout has", () => {
    const bidang = Object.values(BIDANG.columns).map((c) => c.header);
    for (const change of changesSince(1)) {
      if (change.kind === "columnsAdded" && change.sheet === "bidang")
        expect(bidang).toEqual(expect.arrayContaining([...change.columns]));
      if (change.kind === "formulasRewritten")
        expect(bidang).toEqual(expect.arrayContaining([...change.columns]));
      if (change.kind === "settingsAdded")
        for (const key of change.settings) expect(Object.keys(PENGATURAN.settings)).toContain(key);
    }
  });
});

import { defaultCatalog } from "../../src/core/catalog/defaultCatalog";
import { BIDANG, KATALOG, SHEET, TEMPLATE_VERSION } from "../../src/core/workbook/workbookLayout";
import { ANGGARAN } from "../../src/core/workbook/anggaranLayout";
import { generateLakip } from "../../src/core/actions/generateLakip";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import { validate } from "../../src/core/actions/validate";
import { changesSince, TEMPLATE_CHANGES } from "../../src/core/template/TEMPLATE_CHANGES";
import { runReport } from "../support/runReport";
import { EXCEL_ONLINE_PAYLOAD_LIMIT, Workbook } from "@iku-lakip/excel-host";
import { addinCustomFunctions } from "../support/addinCustomFunctions";
import { restoreWorkbook, WORKBOOK_V1 } from "../fixtures/v1/restoreWorkbook";
import { asVersion1 } from "../fixtures/v1/asVersion1";
import { bigCatalog } from "../fixtures/bigCatalog";
import { LakipWorkbook } from "./lakipWorkbook";

function restoredHost() {
  const wb = new Workbook({ customFunctions: addinCustomFunctions });
  const restore = wb.installGlobals();
  return { wb, run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) => wb.run(batch), restore };
}

type Grid = readonly (readonly unknown[])[];

/** Where version 1 kept each input of a Bidang row: Target E, Pembilang F, Penyebut G, texts K–N. */
const V1 = {
  target: 4,
  pembilang: 5,
  penyebut: 6,
  pendukung: 10,
  penghambat: 11,
  solusi: 12,
  keterangan: 13,
};

/** Every typed input of a version-1 Bidang sheet by (Kode, Tahun). */
function typedInputsV1(grid: Grid): Map<string, unknown[]> {
  const inputs = new Map<string, unknown[]>();
  for (const row of grid.slice(BIDANG.firstDataRow - 1)) {
    if (row[0] === "" || row[0] === undefined) continue;
    inputs.set(
      JSON.stringify([row[0], row[3]]),
      Object.values(V1).map((c) => row[c]),
    );
  }
  return inputs;
}

const C = BIDANG.columns;
const at = (key: keyof typeof C) => C[key].col.charCodeAt(0) - 65;

/**
 * The same inputs read where version 2 keeps them: Target Renstra E (the v1 Target),
 * Pembilang G, Penyebut H, texts M–P; plus Target PK (F), which version 1 did not have.
 */
function typedInputsV2(grid: Grid): { inputs: Map<string, unknown[]>; targetPK: unknown[] } {
  const inputs = new Map<string, unknown[]>();
  const targetPK: unknown[] = [];
  for (const row of grid.slice(BIDANG.firstDataRow - 1)) {
    if (row[0] === "" || row[0] === undefined) continue;
    const keys = [
      "targetRenstra",
      "pembilang",
      "penyebut",
      "pendukung",
      "penghambat",
      "solusi",
      "keterangan",
    ] as const;
    inputs.set(
      JSON.stringify([row[0], row[3]]),
      keys.map((k) => row[at(k)]),
    );
    targetPK.push(row[at("targetPK")]);
  }
  return { inputs, targetPK };
}

const v1Sheet = (name: string) => WORKBOOK_V1.sheets.find((s) => s.name === name);

describe("the version-1 workbook fixture", () => {
  it("holds all 17 IKU × 5 years, every input typed", () => {
    const bidang = WORKBOOK_V1.sheets.filter((s) => defaultCatalog.bidang.some((b) => b.lembar === s.name));
    const all = bidang.flatMap((s) => [...typedInputsV1(s.formulas).values()]);
    expect(all).toHaveLength(17 * 5);
    // A jumlah indicator has no penyebut: the only blank inputs are those.
    const jumlah = defaultCatalog.indikator.filter((i) => i.jenis === "jumlah").length;
    expect(all.flat().filter((v) => v === "")).toHaveLength(jumlah * 5);
  });
});

describe("Siapkan Template IKU on the version-1 workbook: the upgrade to the current version", () => {
  let h: ReturnType<typeof restoredHost>;
  beforeEach(async () => {
    h = restoredHost();
    await restoreWorkbook(h.run);
    h.wb.resetStats();
  });
  afterEach(() => h.restore());

  // One run id for every run: the journal row in IKU_Meta stays the same when nothing else changes.
  const setup = () => runReport(setupTemplate, { currentYear: 2025 }, h.run, { runId: "upgrade" });

  it("upgrades in place in 3 syncs and says what changed, and nothing else", async () => {
    expect(TEMPLATE_VERSION).toBe(4);
    const report = await setup();
    expect(h.wb.stats().syncs).toBeLessThanOrEqual(3);
    expect(report).toEqual({
      templateVersion: TEMPLATE_VERSION,
      firstRun: false,
      applied: true,
      events: [{ kind: "upgraded", from: 1, to: TEMPLATE_VERSION, changes: changesSince(1) }],
    });
    expect(changesSince(1)).toEqual([
      ...(TEMPLATE_CHANGES[2] ?? []),
      ...(TEMPLATE_CHANGES[3] ?? []),
      ...(TEMPLATE_CHANGES[4] ?? []),
    ]);
    expect(h.wb.read(SHEET.meta, "A1:B1").values).toEqual([["versi_template", TEMPLATE_VERSION]]);
    // Version 4's Anggaran sheet is there, empty, with its headers and its formulas ready.
    expect(h.wb.sheetNames()).toContain(SHEET.anggaran);
    const anggaran = h.wb.read(SHEET.anggaran).formulas;
    expect(anggaran[ANGGARAN.headerRow - 1]?.slice(0, Object.keys(ANGGARAN.columns).length)).toEqual(
      Object.values(ANGGARAN.columns).map((c) => c.header),
    );
    expect(anggaran[ANGGARAN.firstDataRow - 1]?.[7]).toBe(
      '=IF(OR(F5="",AND(G5="",COUNT(L5:O5)=0)),"",IKU.SERAPAN(IF(G5="",SUM(L5:O5),G5),F5))',
    );
  });

  it("keeps all 17 × 5 rows' typed values in their rows, each in its new column; Target PK starts blank", async () => {
    await setup();
    let rows = 0;
    for (const b of defaultCatalog.bidang) {
      const before = typedInputsV1(v1Sheet(b.lembar)?.formulas ?? []);
      const after = typedInputsV2(h.wb.read(b.lembar).formulas);
      expect([b.lembar, after.inputs]).toEqual([b.lembar, before]);
      expect(after.targetPK.every((v) => v === "")).toBe(true);
      rows += after.inputs.size;
    }
    expect(rows).toBe(17 * 5);
    expect(
      h.wb.read("Linjamsos", `A${BIDANG.headerRow}:${BIDANG.lastCol}${BIDANG.headerRow}`).values[0],
    ).toEqual(Object.values(C).map((c) => c.header));
  });

  it("rewrites the formulas, which compute from the moved inputs", async () => {
    await setup();
    const sheet = "Rehsos";
    const { values, formulas } = h.wb.read(sheet);
    // IKU-02 2024 in version 1 (row 7): Target 60 + 2 + 3×2 = 68, Pembilang 40 + 6 + 3 = 49,
    // Penyebut 100 + 4 = 104 (see the fixture's README).
    const r = values.findIndex((row) => row[0] === "IKU-02" && row[3] === 2024);
    const n = r + 1;
    expect([
      values[r]?.[at("targetRenstra")],
      values[r]?.[at("pembilang")],
      values[r]?.[at("penyebut")],
    ]).toEqual([68, 49, 104]);
    expect(formulas[r]?.[at("realisasi")]).toBe(`=IF(OR(G${n}="",H${n}=""),"",IKU.PERSEN(G${n},H${n}))`);
    // Realisasi 49/104 × 100 = 47.1153846153846; capaian 47.1153846153846/68 × 100 = 69.2873303167421.
    expect(values[r]?.[at("realisasi")]).toBeCloseTo(47.1153846153846, 10);
    expect(values[r]?.[at("capaian")]).toBeCloseTo(69.2873303167421, 10);
    expect(values[r]?.[at("predikat")]).toBe("Sedang");
    expect(values[r]?.[at("kriteria")]).toBe("Tidak Tercapai");
  });

  it("moves the catalog's sasaran and bidang tables beside the two new indicator columns, every value kept", async () => {
    await setup();
    const before = v1Sheet(SHEET.katalog)?.formulas ?? [];
    const after = h.wb.read(SHEET.katalog).values;
    const hr = KATALOG.headerRow - 1;
    expect(after[hr]?.slice(0, 21)).toEqual([
      ...Object.values(KATALOG.indikator).map((c) => c.header),
      "",
      ...Object.values(KATALOG.sasaran).map((c) => c.header),
      "",
      ...Object.values(KATALOG.bidang).map((c) => c.header),
    ]);
    for (let r = KATALOG.firstDataRow - 1; r < before.length; r++) {
      const old = before[r] ?? [];
      const now = after[r] ?? [];
      // Indicator table A:J stays; K:N (Kondisi Awal, Sifat Target, Standar Nasional,
      // Sumber Standar) are new and blank; sasaran L:M → P:Q; bidang O:Q → S:U.
      expect([r, now.slice(0, 10)]).toEqual([r, old.slice(0, 10)]);
      expect([r, now.slice(10, 14)]).toEqual([r, ["", "", "", ""]]);
      expect([r, now.slice(15, 17)]).toEqual([r, old.slice(11, 13)]);
      expect([r, now.slice(18, 21)]).toEqual([r, old.slice(14, 17)]);
    }
    // And it reads as the same catalog: Validasi finds nothing wrong anywhere.
    const v = await runReport(validate, {}, h.run);
    expect(v).toEqual({ issues: [], galat: 0, peringatan: 0, tahunLaporan: 2024 });
  });

  it("moves the predikat scale below the new settings and points the named ranges at it", async () => {
    await setup();
    const p = h.wb.read(SHEET.pengaturan).values;
    // Settings rows 3–8 as they were; row 9 the decimals (default 2), row 10 the mean's cap
    // (none); rows 11–15 the Perjanjian Kinerja's parties (names blank, the position and the
    // place from the agency's name).
    expect(p.slice(2, 15).map((r) => r[1])).toEqual([
      "Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang",
      2022,
      2026,
      2024,
      "negatif",
      "",
      2,
      "",
      "",
      "",
      "Kepala Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang",
      "",
      "Bontang",
    ]);
    expect(p[15]).toEqual(["", "", ""]);
    expect(p.slice(16).map((r) => [r[0], r[1]])).toEqual([
      ["Skala predikat capaian", ""],
      ["Capaian lebih dari (%)", "Predikat"],
      [90, "Sangat Tinggi"],
      [75, "Tinggi"],
      [65, "Sedang"],
      [50, "Rendah"],
      ["", "Sangat Rendah"],
    ]);
    const names = Object.fromEntries(h.wb.names().map((n) => [n.name, n.formula]));
    expect(names["IKU_SkalaPredikat"]).toBe("=Pengaturan!$A$19:$B$28");
    expect(names["IKU_TempatPK"]).toBe("=Pengaturan!$B$15");
    expect(names["IKU_Desimal"]).toBe("=Pengaturan!$B$9");
    expect(names["IKU_BatasRataRata"]).toBe("=Pengaturan!$B$10");
  });

  it("changes nothing when run again: no event, every sheet's cells as they were", async () => {
    await setup();
    // IKU_Meta's id column (D) learns the ids of the sheets the upgrade created: Excel gives
    // a new sheet's id only once it exists. Nothing else may change.
    const read = () =>
      Object.fromEntries(
        h.wb
          .sheetNames()
          .map((s) => [
            s,
            s === SHEET.meta ? h.wb.read(s).formulas.map((r) => r.slice(0, 3)) : h.wb.read(s).formulas,
          ]),
      );
    const before = read();
    h.wb.resetStats();
    const again = await setup();
    expect(again).toEqual({ templateVersion: TEMPLATE_VERSION, firstRun: false, applied: true, events: [] });
    expect(read()).toEqual(before);
    const all = () => Object.fromEntries(h.wb.sheetNames().map((s) => [s, h.wb.read(s).formulas]));
    const second = all();
    expect(await setup()).toEqual(again);
    expect(all()).toEqual(second);
  });

  it("leaves LAKIP 2024 untouched and still knows it as its own: Buat Lembar LAKIP replaces it in place", async () => {
    await setup();
    const stored = v1Sheet("LAKIP 2024")?.formulas ?? [];
    expect(h.wb.read("LAKIP 2024").formulas).toEqual(stored);
    const lakip = await runReport(generateLakip, { generatedAt: new Date(2025, 1, 3, 9, 0) }, h.run);
    expect(lakip).toMatchObject({ status: "written", sheet: "LAKIP 2024", mode: "replace", kept: null });
    expect(h.wb.sheetNames().filter((n) => n.startsWith("LAKIP"))).toEqual(["LAKIP 2024"]);
  });
});

describe("the upgrade at scale", () => {
  it("upgrades 170 indicators of version 1 in at most 3 syncs, each batch and response under 5 MB, every value kept", async () => {
    const catalog = bigCatalog(170);
    const book = await new LakipWorkbook(catalog).setUp();
    try {
      await asVersion1(book.workbook, catalog);
      const before = new Map(
        catalog.bidang.map((b) => [b.lembar, typedInputsV1(book.workbook.read(b.lembar).formulas)]),
      );
      expect([...before.values()].reduce((n, m) => n + m.size, 0)).toBe(170 * 5);
      const report = await runReport(setupTemplate, { catalog, currentYear: 2025 }, book.run);
      const { syncs, batchBytes, responseBytes } = book.workbook.stats();
      expect(syncs).toBeLessThanOrEqual(3);
      for (const b of [...batchBytes, ...responseBytes]) expect(b).toBeLessThan(EXCEL_ONLINE_PAYLOAD_LIMIT);
      expect(report.events).toEqual([
        { kind: "upgraded", from: 1, to: TEMPLATE_VERSION, changes: changesSince(1) },
      ]);
      for (const b of catalog.bidang) {
        const after = typedInputsV2(book.workbook.read(b.lembar).formulas);
        expect([b.lembar, after.inputs]).toEqual([b.lembar, before.get(b.lembar)]);
      }
    } finally {
      book.tearDown();
    }
  });
});

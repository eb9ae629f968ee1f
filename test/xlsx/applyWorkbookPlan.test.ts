import type ExcelJS from "exceljs";
import { runAction } from "../../src/cli/runAction";
import { generateLakip } from "../../src/core/actions/generateLakip";
import { setupTemplate } from "../../src/core/actions/setupTemplate";
import { validate } from "../../src/core/actions/validate";
import { defaultCatalog } from "../../src/core/catalog/defaultCatalog";
import type { SheetPlan } from "../../src/core/workbook/SheetPlan";
import { applyWorkbookPlan, PasswordProtectedSheet } from "../../src/xlsx/applyWorkbookPlan";
import { XlsxWorkbook } from "../../src/xlsx/XlsxWorkbook";
import { fill, planOf, templateBook } from "./xlsxFixtures";

const NOW = () => new Date(2025, 0, 6, 8, 15);
/** "Buat Lembar LAKIP" decided on a file: its plan and report, nothing written. */
const lakipAction = (book: XlsxWorkbook) => planOf(generateLakip, { generatedAt: NOW() }, book);
const roundTrip = async (book: XlsxWorkbook) => XlsxWorkbook.load(await book.writeBuffer());
const internals = (sheet: ExcelJS.Worksheet | undefined) =>
  sheet as unknown as {
    dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> };
    conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
    sheetProtection?: { sheet?: boolean };
  };

describe("a WorkbookPlan applied to an .xlsx file (the template)", () => {
  it("writes the template's sheets, in order, with names, validation, highlights, protection and print setup", async () => {
    const book = await roundTrip(await templateBook());
    expect(book.sheetNames()).toEqual([
      "Petunjuk",
      "Pengaturan",
      "Katalog IKU",
      "Linjamsos",
      "Rehsos",
      "PPFM",
      "PM",
      "TW 1",
      "TW 2",
      "TW 3",
      "TW 4",
      "Anggaran",
      "IKU_Meta",
    ]);
    expect(book.sheet("IKU_Meta")?.state).toBe("hidden");
    expect(book.names()).toEqual(
      expect.arrayContaining(["IKU_TahunLaporan", "IKU_SkalaPredikat", "IKU_BatasCapaian"]),
    );
    const rehsos = book.sheet("Rehsos");
    const dv = internals(rehsos).dataValidations.model["F7"];
    expect(dv).toMatchObject({ type: "decimal", formulae: [0] });
    expect(internals(rehsos).conditionalFormattings[0]?.rules.map((r) => r.formulae[0])).toEqual([
      '"Sangat Tinggi"',
      '"Tinggi"',
      '"Sedang"',
      '"Rendah"',
      '"Sangat Rendah"',
    ]);
    expect(book.isProtected("Rehsos")).toBe(true);
    expect(book.isProtected("Katalog IKU")).toBe(false);
    // Version 2: F is Target PK (an input), Realisasi (a formula) moved from H to I.
    expect(rehsos?.getCell("F7").protection?.locked).toBe(false);
    expect(rehsos?.getCell("I7").protection?.locked).not.toBe(false);
    expect(rehsos?.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(rehsos?.pageSetup.printTitlesRow).toBe("4:4");
    expect(rehsos?.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 4 });
    // A text that looks like a number keeps the apostrophe out of the cell and stays text.
    expect(book.grids("Katalog IKU")?.values.flat()).toContain("%");
  });

  it("gives IKU.* formulas cached values computed by the core", async () => {
    const book = await templateBook();
    fill(book);
    const back = await roundTrip(book);
    const rows = back.grids("Rehsos")?.values ?? [];
    const year2024 = rows.find((r) => r[0] === "IKU-02" && r[3] === 2024);
    const year2022 = rows.find((r) => r[0] === "IKU-02" && r[3] === 2022);
    // Version 2 moved Realisasi, Capaian and Predikat from H:J to I:K and added Kriteria (L).
    // 45 / 50 × 100 = 90; capaian 90 / 80 (Target PK blank: the Renstra's) × 100 = 112.5
    // → "Sangat Tinggi" (> 90), "Terlampaui" (112.50 > 100)
    expect(year2024?.slice(8, 11)).toEqual([90, 112.5, "Sangat Tinggi"]);
    expect(year2024?.[11]).toBe("Terlampaui");
    // No pembilang yet: the formulas show "" as in Excel.
    expect(year2022?.slice(8, 11)).toEqual(["", "", ""]);
    expect(year2022?.[11]).toBe("");
    const linjamsos = back.grids("Linjamsos")?.values ?? [];
    // IKU-01 is a count: realisasi repeats pembilang 7; capaian 7 / 10 × 100 = 70 → "Sedang" (> 65)
    const iku01 = linjamsos.find((r) => r[0] === "IKU-01" && r[3] === 2024);
    expect(iku01?.slice(8, 11)).toEqual([7, 70, "Sedang"]);
    expect(iku01?.[11]).toBe("Tidak Tercapai");
    // The subtitle formula concatenates named settings.
    expect(linjamsos[1]?.[0]).toBe(
      "Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang — Renstra 2022–2026",
    );
  });

  it("caches Excel's error values where the core's formulas fail", async () => {
    const book = await templateBook();
    // Penyebut 0: IKU.PERSEN → #DIV/0!, and so Capaian and Predikat.
    fill(book, undefined, (_k, tahun, jenis) =>
      tahun === 2024 && jenis === "persen" ? [80, 5, 0] : [80, "", ""],
    );
    const rows = (await roundTrip(book)).grids("Rehsos")?.values ?? [];
    // Realisasi to Kriteria, I:L in version 2.
    expect(rows.find((r) => r[0] === "IKU-02" && r[3] === 2024)?.slice(8, 12)).toEqual([
      "#DIV/0!",
      "#DIV/0!",
      "#DIV/0!",
      "#DIV/0!",
    ]);
  });

  it("running the template again on its own file changes no input and stacks no rules", async () => {
    const book = await roundTrip(await templateBook());
    fill(book);
    const before = book.grids("Rehsos")?.values;
    const again = await roundTrip(book);
    const { plan } = await planOf(setupTemplate, { catalog: defaultCatalog, currentYear: 2025 }, again);
    if (!plan) throw new Error("not applied");
    await applyWorkbookPlan(again.workbook, plan);
    const after = await roundTrip(again);
    expect(after.grids("Rehsos")?.values).toEqual(before);
    // One set of rules per highlighted column: Predikat (K) and, since version 2, Kriteria (L).
    const rules = internals(after.sheet("Rehsos")).conditionalFormattings;
    expect(rules.map((r) => [r.ref, r.rules.length])).toEqual([
      ["K5:K19", 5],
      ["L5:L19", 3],
    ]);
  });
});

describe("the LAKIP plan on an .xlsx file", () => {
  it("replaces an unchanged report, keeps an edited one under a new name, and records the fingerprint", async () => {
    const book = await templateBook();
    fill(book);
    const first = await lakipAction(await roundTrip(book));
    expect(first.report).toMatchObject({ status: "written", mode: "create" });
    let current = await roundTrip(book);
    const written = await lakipAction(current);
    const report = await applyWorkbookPlan(current.workbook, written.plan!);
    expect(report.omissions).toEqual([
      {
        sheet: "LAKIP 2024",
        kind: "chart",
        what: "Capaian Kinerja 2024 per Indikator (%)",
        address: expect.stringMatching(/^D\d+$/),
      },
    ]);
    current = await roundTrip(current);
    expect(current.sheetNames().at(-1)).toBe("LAKIP 2024");
    expect((await lakipAction(current)).report).toMatchObject({
      status: "written",
      mode: "replace",
      kept: null,
    });

    current.sheet("LAKIP 2024")!.getCell("A2").value = "Diedit";
    const edited = await lakipAction(await roundTrip(current));
    expect(edited.report).toMatchObject({
      mode: "create",
      kept: { from: "LAKIP 2024", to: "LAKIP 2024 (diedit 1)", reason: "edited" },
    });
    await applyWorkbookPlan(current.workbook, edited.plan!);
    const after = await roundTrip(current);
    expect(after.sheetNames()).toEqual(expect.arrayContaining(["LAKIP 2024", "LAKIP 2024 (diedit 1)"]));
    expect(after.grids("LAKIP 2024 (diedit 1)")?.values[1]?.[0]).toBe("Diedit");
  });

  it("refuses on a galat and plans nothing", async () => {
    const book = await templateBook();
    fill(book, undefined, (_k, tahun) => (tahun === 2024 ? ["", 1, 2] : [1, "", ""]));
    const result = await lakipAction(await roundTrip(book));
    expect(result.plan).toBeNull();
    expect(result.report).toMatchObject({ status: "blocked", galat: 17 });
    expect((await runAction(validate, {}, await roundTrip(book))).report.galat).toBe(17);
  });

  it("will not write into a sheet protected with a password, and changes nothing before refusing", async () => {
    const book = await templateBook();
    fill(book);
    // A plan made while IKU_Meta could still be written.
    const { plan } = await lakipAction(await roundTrip(book));
    await book.sheet("IKU_Meta")!.protect("rahasia", {});
    const back = await roundTrip(book);
    const before = back.sheetNames();
    // The file tells the password: the core's preflight refuses from the read, in the pane's words.
    await expect(runAction(generateLakip, { generatedAt: NOW() }, back)).rejects.toThrow(
      'IKU_Meta\tgalat\tLembar "IKU_Meta" diproteksi dengan kata sandi.',
    );
    // And the executor refuses such a plan by itself: the journal's IKU_Meta comes first.
    await expect(applyWorkbookPlan(back.workbook, plan!)).rejects.toBeInstanceOf(PasswordProtectedSheet);
    expect(back.sheetNames()).toEqual(before);
  });

  it("refuses a plan that does not fit the workbook before changing anything", async () => {
    const book = await roundTrip(await templateBook());
    const before = book.sheetNames();
    await expect(
      applyWorkbookPlan(book.workbook, {
        sheetOps: [{ kind: "delete", sheet: "Rehsos" }],
        sheets: [{ name: "Rehsos", mode: "update", cells: [], formats: [] }],
        names: [],
      }),
    ).rejects.toThrow('update: lembar "Rehsos" tidak ada di buku kerja');
    await expect(
      applyWorkbookPlan(book.workbook, {
        sheetOps: [{ kind: "rename", sheet: "PM", to: "rehsos" }],
        sheets: [],
        names: [],
      }),
    ).rejects.toThrow('rename: lembar "rehsos" sudah ada');
    await expect(
      applyWorkbookPlan(book.workbook, {
        sheets: [
          { name: "Catatan", mode: "create", cells: [], formats: [] },
          { name: "LAKIP 2024 (diedit 1) [salinan]", mode: "create", cells: [], formats: [] },
        ],
        names: [],
      }),
    ).rejects.toThrow("bukan nama lembar yang sah");
    expect(book.sheetNames()).toEqual(before);
  });

  it("applies each plan part to a new sheet: merges, widths, heights, sheet operations and position", async () => {
    const book = XlsxWorkbook.empty();
    const sheet: SheetPlan = {
      name: "Uji",
      mode: "create",
      cells: [
        {
          address: "B2",
          values: [
            ["'0012", "=1+1", null],
            ["a", 2, true],
          ],
        },
      ],
      formats: [{ address: "B2:C2", format: { bold: true, numberFormat: "0.00", fill: "#FFF2CC" } }],
      merges: ["B5:D5"],
      columnWidths: [{ column: "B", width: 96 }],
      rowHeights: [{ address: "A3", height: 30 }],
    };
    await applyWorkbookPlan(book.workbook, {
      sheets: [sheet, { name: "Lain", mode: "create", cells: [], formats: [] }],
      names: [],
    });
    await applyWorkbookPlan(book.workbook, {
      sheetOps: [{ kind: "rename", sheet: "Lain", to: "Baru" }],
      sheets: [{ name: "Baru", mode: "update", position: 0, cells: [], formats: [] }],
      names: [],
    });
    const back = await roundTrip(book);
    expect(back.sheetNames()).toEqual(["Baru", "Uji"]);
    const uji = back.sheet("Uji");
    // The apostrophe keeps "0012" text; `null` left D2 alone.
    expect(back.grids("Uji")?.values[1]).toEqual(["", "0012", 2, ""]);
    expect(back.grids("Uji")?.values[2]).toEqual(["", "a", 2, true]);
    expect(uji?.getCell("B2").font?.bold).toBe(true);
    expect(uji?.getCell("C2").numFmt).toBe("0.00");
    expect(uji?.getCell("C5").isMerged).toBe(true);
    // 96 pt = 128 px = 5 px padding + 123 px of 7-px digits = 17.57 characters
    expect(uji?.getColumn("B").width).toBeCloseTo(17.57, 2);
    expect(uji?.getRow(3).height).toBe(30);
    await applyWorkbookPlan(back.workbook, {
      sheetOps: [{ kind: "delete", sheet: "baru" }],
      sheets: [],
      names: [],
    });
    expect(back.sheetNames()).toEqual(["Uji"]);
  });
});

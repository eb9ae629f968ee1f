/*
 * The add-in's own custom functions (src/functions) running inside the development
 * workbook host's formula engine: same results as the core, Excel's error values and
 * messages.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { Workbook } from "@iku-lakip/excel-host";
import { capaian, persen, predikat, rasio } from "../../src/core";
import * as fns from "../../src/functions/functions";
import { addinCustomFunctions } from "../support/addinCustomFunctions";

describe("IKU custom functions in the development host give what Excel gives", () => {
  let workbook: Workbook;
  let restore: () => void;
  beforeEach(() => {
    workbook = new Workbook({ customFunctions: addinCustomFunctions });
    restore = workbook.installGlobals();
  });
  afterEach(() => restore());

  const valueOf = (formula: string): unknown => {
    workbook.write("Sheet1", "Z1", [[formula]]);
    return workbook.read("Sheet1", "Z1").values[0]?.[0];
  };

  test("=IKU.PERSEN(F5,G5) is 25 for 1 of 4, and the formula reads back as written", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("F5:G5").values = [[1, 4]];
      sheet.getRange("H5").formulas = [["=IKU.PERSEN(F5,G5)"]];
      const h5 = sheet.getRange("H5").load("values, formulas");
      await context.sync();
      expect(h5.values).toEqual([[25]]);
      expect(h5.formulas).toEqual([["=IKU.PERSEN(F5,G5)"]]);
    });
  });

  test.each([
    [1, 4],
    [1, 3],
    [0, 5],
    [45, 50],
    [2, 7],
  ])("PERSEN(%p, %p) and RASIO equal the core's results", (a, b) => {
    const p = persen(a, b);
    const r = rasio(a, b);
    expect(p.ok && r.ok).toBe(true);
    expect(valueOf(`=IKU.PERSEN(${a},${b})`)).toBe(p.ok ? p.value : NaN);
    expect(valueOf(`=IKU.RASIO(${a},${b})`)).toBe(r.ok ? r.value : NaN);
  });

  test("CAPAIAN with polaritas and batas equals the core's result", () => {
    const expected = capaian(60, 50, { polaritas: "negatif", batas: null });
    expect(valueOf('=IKU.CAPAIAN(60,50,"negatif")')).toBe(expected.ok ? expected.value : NaN);
    expect(valueOf("=IKU.CAPAIAN(60,50,,100)")).toBe(100);
    expect(valueOf("=IKU.CAPAIAN(45,50)")).toBe(90);
  });

  test("a penyebut of 0 or an empty penyebut cell gives #DIV/0!", () => {
    workbook.write("Sheet1", "F5:H5", [[1, 0, "=IKU.PERSEN(F5,G5)"]]);
    workbook.write("Sheet1", "F6:H6", [[1, "", "=IKU.PERSEN(F6,G6)"]]);
    expect(workbook.read("Sheet1", "H5:H6").values).toEqual([["#DIV/0!"], ["#DIV/0!"]]);
    expect(workbook.cellError("Sheet1", "H5")?.value).toBe("#DIV/0!");
  });

  test("an empty pembilang cell arrives as null and counts as 0", () => {
    workbook.write("Sheet1", "G5:H5", [[4, "=IKU.PERSEN(F5,G5)"]]);
    expect(workbook.read("Sheet1", "H5").values).toEqual([[0]]);
  });

  test("text gives #VALUE! with the core's Indonesian message", () => {
    workbook.write("Sheet1", "F5:H5", [["12,5", 4, "=IKU.PERSEN(F5,G5)"]]);
    const expected = persen("12,5", 4);
    expect(workbook.read("Sheet1", "H5").values).toEqual([["#VALUE!"]]);
    expect(workbook.cellError("Sheet1", "H5")).toEqual({
      value: "#VALUE!",
      message: expected.ok ? "" : expected.error.message,
    });
    expect(workbook.cellError("Sheet1", "H5")?.message).toMatch(/Pembilang berupa teks "12,5"/);
  });

  test("=IKU.PREDIKAT(90) is Tinggi and 90.5 is Sangat Tinggi (Permendagri 86/2017)", () => {
    expect(valueOf("=IKU.PREDIKAT(90)")).toBe("Tinggi");
    expect(valueOf("=IKU.PREDIKAT(90.5)")).toBe("Sangat Tinggi");
    const core = predikat(42);
    expect(valueOf("=IKU.PREDIKAT(42)")).toBe(core.ok ? core.value : "");
  });

  test("PREDIKAT takes a 2-column range as its scale", () => {
    workbook.write("Sheet1", "K1:L3", [
      [80, "Baik"],
      [60, "Cukup"],
      ["", "Kurang"],
    ]);
    workbook.write("Sheet1", "A1:A3", [
      ["=IKU.PREDIKAT(85,K1:L3)"],
      ["=IKU.PREDIKAT(70,K1:L3)"],
      ["=IKU.PREDIKAT(10,K1:L3)"],
    ]);
    expect(workbook.read("Sheet1", "A1:A3").values).toEqual([["Baik"], ["Cukup"], ["Kurang"]]);
  });

  test("PREDIKAT below every band of a scale without a catch-all gives #N/A with a message", () => {
    workbook.write("Sheet1", "K1:L2", [
      [80, "Baik"],
      [60, "Cukup"],
    ]);
    workbook.write("Sheet1", "A1", [["=IKU.PREDIKAT(10,K1:L2)"]]);
    expect(workbook.cellError("Sheet1", "A1")).toEqual({
      value: "#N/A",
      message: expect.stringMatching(/di bawah semua batas/) as unknown,
    });
  });

  test("=IKU.KRITERIA reads a capaian as printed, the Bidang sheets' Kriteria formula on one row", () => {
    expect(valueOf("=IKU.KRITERIA(100.004,2)")).toBe("Tercapai");
    expect(valueOf("=IKU.KRITERIA(100.004)")).toBe("Terlampaui");
    // Target Renstra 80, Target PK blank, realisasi 90, cap 100 at J: capped 100, yet Terlampaui.
    workbook.write("Sheet1", "E5:L5", [
      [
        80,
        "",
        "",
        "",
        90,
        '=IF(OR(I5="",E5&F5=""),"",IKU.CAPAIAN(I5,IF(F5="",E5,F5),"positif",100))',
        "",
        '=IF(J5="","",IKU.KRITERIA(IKU.CAPAIAN(I5,IF(F5="",E5,F5)),2))',
      ],
    ]);
    expect(workbook.read("Sheet1", "J5:L5").values).toEqual([[100, "", "Terlampaui"]]);
    expect(valueOf('=IKU.KRITERIA("100",2)')).toBe("#VALUE!");
  });

  test("an error in an argument propagates without calling the function", () => {
    expect(valueOf("=IKU.PERSEN(1/0,4)")).toBe("#DIV/0!");
    expect(valueOf("=IKU.PREDIKAT(NA())")).toBe("#N/A");
  });

  test("dependent formulas recompute after a write", () => {
    workbook.write("Sheet1", "F5:H5", [[1, 4, "=IKU.PERSEN(F5,G5)"]]);
    workbook.write("Sheet1", "I5", [["=IKU.PREDIKAT(H5)"]]);
    expect(workbook.read("Sheet1", "H5:I5").values).toEqual([[25, "Sangat Rendah"]]);
    workbook.write("Sheet1", "F5", [[3.8]]);
    expect(workbook.read("Sheet1", "H5:I5").values).toEqual([[95, "Sangat Tinggi"]]);
  });

  test("named ranges can feed custom functions", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Pengaturan");
      sheet.getRange("C5:C6").values = [[45], [50]];
      context.workbook.names.add("Realisasi", "=Pengaturan!$C$5");
      context.workbook.names.add("Target", sheet.getRange("C6"));
      await context.sync();
    });
    expect(valueOf("=IKU.CAPAIAN(Realisasi,Target)")).toBe(90);
  });

  test("function names are case-insensitive, as in Excel", () => {
    expect(valueOf("=iku.persen(1,4)")).toBe(25);
  });

  test("CustomFunctions.associate from the installed shim registers into the workbook", () => {
    const other = new Workbook({ customFunctions: { namespace: "IKU" } });
    const restoreOther = other.installGlobals();
    const shim = (globalThis as unknown as { CustomFunctions: { associate(id: string, fn: unknown): void } })
      .CustomFunctions;
    shim.associate("RASIO", fns.rasio);
    other.write("Sheet1", "A1", [["=IKU.RASIO(30,12)"]]);
    expect(other.read("Sheet1", "A1").values).toEqual([[2.5]]);
    restoreOther();
    expect(CustomFunctions.ErrorCode.divisionByZero).toBe("#DIV/0!");
    expect(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "pesan").message).toBe("pesan");
  });
});

test("the host is given the namespace the manifest declares", () => {
  const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
  expect(manifest).toContain(
    `<bt:String id="Functions.Namespace" DefaultValue="${addinCustomFunctions.namespace}"/>`,
  );
});

/*
 * Semantic corners of the host's fast paths: interned per-column format storage, the
 * per-sync evaluation batch, writes that leave null cells alone, the lazy IF that skips
 * a custom-function branch, and a stackless CustomFunctions.Error.
 */
import { CustomFunctionsError, Workbook } from "../src";

function setUp(): { workbook: Workbook; restore: () => void } {
  const workbook = new Workbook();
  const restore = workbook.installGlobals();
  return { workbook, restore };
}

describe("formats stored per column run", () => {
  let workbook: Workbook;
  let restore: () => void;
  beforeEach(() => ({ workbook, restore } = setUp()));
  afterEach(() => restore());

  test("overlapping ranges resolve per cell: the last write wins per property", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C3").format.fill.color = "#FF0000";
      sheet.getRange("A1:C3").format.font.bold = true;
      sheet.getRange("B2:D4").format.fill.color = "#00FF00";
      sheet.getRange("B2:D4").format.font.italic = true;
      sheet.getRange("C3").format.font.bold = false;
      await context.sync();
    });
    const f = (a: string) => workbook.cellFormat("Sheet1", a);
    expect([f("A1").fill, f("A1").bold, f("A1").italic]).toEqual(["#FF0000", true, false]);
    expect([f("B2").fill, f("B2").bold, f("B2").italic]).toEqual(["#00FF00", true, true]);
    expect([f("C3").fill, f("C3").bold, f("C3").italic]).toEqual(["#00FF00", false, true]);
    expect([f("D4").fill, f("D4").bold, f("D4").italic]).toEqual(["#00FF00", false, true]);
    expect([f("E5").fill, f("E5").bold]).toEqual([null, false]);
    await workbook.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D4");
      r.format.fill.load("color");
      r.format.font.load("bold");
      const b2 = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C2");
      b2.format.fill.load("color");
      await context.sync();
      expect(r.format.fill.color).toBeNull();
      expect(r.format.font.bold).toBeNull();
      expect(b2.format.fill.color).toBe("#00FF00");
    });
    expect(workbook.sheet("Sheet1").usedRange).toBe("A1:D4");
  });

  test("whole columns and rows layer under cell formats; clearing formats removes the cells' own", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").format.font.color = "#0000FF";
      sheet.getRange("B:B").format.fill.color = "#FFFF00";
      sheet.getRange("3:3").format.font.bold = true;
      sheet.getRange("A1:B2").numberFormat = [
        ["0.00", null],
        [null, "0%"],
      ];
      await context.sync();
    });
    const f = (a: string) => workbook.cellFormat("Sheet1", a);
    expect([f("B2").fill, f("B2").fontColor, f("B2").numberFormat]).toEqual(["#FFFF00", "#0000FF", "0%"]);
    expect([f("B100").fill, f("B3").bold, f("Z3").bold, f("A1").numberFormat]).toEqual([
      "#FFFF00",
      true,
      true,
      "0.00",
    ]);
    // A null number format still gives the cell a format of its own (as before).
    expect(workbook.sheet("Sheet1").usedRange).toBe("A1:B2");
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").clear("Formats");
      await context.sync();
    });
    expect([f("B2").fill, f("B2").fontColor, f("B2").numberFormat]).toEqual([
      "#FFFF00",
      "#000000",
      "General",
    ]);
    expect(workbook.sheet("Sheet1").usedRange).toBeNull();
  });

  test("a border colour draws a continuous line only where none was drawn", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.borders.getItem("EdgeTop").style = "Dash";
      sheet.getRange("A1:B1").format.borders.getItem("EdgeTop").color = "#A6A6A6";
      await context.sync();
    });
    expect(workbook.cellFormat("Sheet1", "A1").borders.EdgeTop).toEqual({
      style: "Dash",
      color: "#A6A6A6",
      weight: "Thin",
    });
    expect(workbook.cellFormat("Sheet1", "B1").borders.EdgeTop?.style).toBe("Continuous");
  });

  test("a returned format is a copy: changing it changes nothing stored", () => {
    const f = workbook.cellFormat("Sheet1", "A1");
    f.bold = true;
    const border = f.borders.EdgeTop;
    if (border) border.style = "Double";
    expect(workbook.cellFormat("Sheet1", "A1").bold).toBe(false);
    expect(workbook.cellFormat("Sheet1", "A1").borders.EdgeTop?.style).toBe("None");
  });
});

describe("a sync's writes are evaluated together", () => {
  let workbook: Workbook;
  let restore: () => void;
  beforeEach(() => ({ workbook, restore } = setUp()));
  afterEach(() => restore());

  test("values read in the same sync after writes and a name are up to date", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").formulas = [["=Batas*2", "=A1+1"]];
      context.workbook.names.add("Batas", sheet.getRange("C1"));
      sheet.getRange("C1").values = [[5]];
      const read = sheet.getRange("A1:B1").load("values");
      sheet.getRange("C1").values = [[7]];
      const again = sheet.getRange("A1:B1").load("values");
      await context.sync();
      expect(read.values).toEqual([[10, 11]]);
      expect(again.values).toEqual([[14, 15]]);
    });
    expect(workbook.read("Sheet1", "A1:B1").values).toEqual([[14, 15]]);
    expect(workbook.engine.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(15);
  });

  test("an invalid formula still fails the sync and leaves the cells as they were", async () => {
    workbook.write("Sheet1", "A1:B1", [[1, "=A1*3"]]);
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C1").values = [[2]];
      sheet.getRange("A1:B1").formulas = [[4, "=SUM(A1"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(workbook.read("Sheet1", "A1:C1").formulas).toEqual([[1, "=A1*3", 2]]);
    expect(workbook.read("Sheet1", "A1:C1").values).toEqual([[1, 3, 2]]);
  });

  test("null leaves cells alone, in any pattern, formulas and typed dates included", async () => {
    workbook.write("Sheet1", "A1:D3", [
      [1, 2, 3, 4],
      ["=A1*10", "x", "'12", "=B3"],
      [5, 6, 7, 8],
    ]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:D3").values = [
        [null, 20, null, 40],
        [null, null, null, null],
        ["1/2/2024", null, "50%", null],
      ];
      await context.sync();
    });
    const { formulas, values, numberFormat } = workbook.read("Sheet1", "A1:D3");
    expect(formulas).toEqual([
      [1, 20, 3, 40],
      ["=A1*10", "x", "12", "=B3"],
      [45293, 6, 0.5, 8],
    ]);
    expect(values[1]).toEqual([10, "x", "12", 6]);
    expect(numberFormat[2]).toEqual(["m/d/yyyy", "General", "0%", "General"]);
  });
});

describe("IF and custom functions", () => {
  test("the branch IF does not take is not called; results are HyperFormula's", () => {
    const workbook = new Workbook({ customFunctions: { namespace: "IKU" } });
    const restore = workbook.installGlobals();
    const calls: unknown[][] = [];
    workbook.associate("TWICE", (x: unknown) => {
      calls.push([x]);
      if (x === null) throw new CustomFunctionsError("#VALUE!", "empty");
      return (x as number) * 2;
    });
    workbook.write("Sheet1", "A1:A2", [[3], [""]]);
    workbook.write("Sheet1", "B1:B6", [
      ['=IF(A1="","",IKU.TWICE(A1))'],
      ['=IF(A2="","",IKU.TWICE(A2))'],
      ['=IF(A2<>"",IKU.TWICE(A2),"none")'],
      ["=IF(1/0,IKU.TWICE(A1),2)"],
      ['=IF("x",IKU.TWICE(A1),2)'],
      ["=IF(A1,IKU.TWICE(A2),IKU.TWICE(A1))"],
    ]);
    expect(workbook.read("Sheet1", "B1:B6").values).toEqual([
      [6],
      [""],
      ["none"],
      ["#DIV/0!"],
      ["#VALUE!"],
      ["#VALUE!"],
    ]);
    // B1 took its branch; B2, B3 skipped theirs; B4, B5 (condition errors) evaluated both
    // as HyperFormula always did; B6 (true) called only IKU.TWICE(A2).
    expect(calls.filter(([x]) => x === null)).toHaveLength(1);
    expect(calls.filter(([x]) => x === 3)).toHaveLength(3);
    restore();
  });

  test("CustomFunctions.Error keeps its code and message, without a stack trace", () => {
    const error = new CustomFunctionsError("#N/A", "no data");
    expect(error).toBeInstanceOf(Error);
    expect([error.code, error.message, error.name]).toEqual(["#N/A", "no data", "CustomFunctions.Error"]);
    expect(Error.stackTraceLimit).toBeGreaterThan(0);
    expect(new Error("x").stack).toContain("performance.test");
  });
});

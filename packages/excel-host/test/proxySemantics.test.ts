/*
 * office.js proxy semantics: queued writes, loads visible only after sync,
 * PropertyNotLoaded, ItemNotFound at sync, null objects, shape checks.
 */
import { HostError, Workbook } from "../src";
import { rejectsWithCode, throwsWithCode } from "./helpers";

describe("the development host's proxies behave like office.js proxies", () => {
  let workbook: Workbook;
  beforeEach(() => {
    workbook = new Workbook();
    workbook.write("Sheet1", "A1:B2", [
      [1, 2],
      [3, "=A1+B1"],
    ]);
  });

  test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      const error = throwsWithCode(() => range.values, "PropertyNotLoaded");
      expect(error.message).toMatch(/values/);
      await context.sync();
      throwsWithCode(() => range.values, "PropertyNotLoaded");
    });
  });

  test("loaded values appear only after context.sync() resolves", async () => {
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.load("values");
      throwsWithCode(() => range.values, "PropertyNotLoaded");
      const pending = context.sync();
      throwsWithCode(() => range.values, "PropertyNotLoaded");
      await pending;
      expect(range.values).toEqual([
        [1, 2],
        [3, 3],
      ]);
    });
  });

  test("two loads of a collection in one batch add up, as in office.js", async () => {
    await workbook.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      sheets.load("items/protection/protected");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([["Sheet1", false]]);
    });
  });

  test("writes are queued and applied only at sync, in order", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C1").values = [[10]];
      sheet.getRange("C1").values = [[20]];
      expect(workbook.read("Sheet1", "C1").values).toEqual([[""]]);
      const c1 = sheet.getRange("C1").load("values");
      sheet.getRange("C1").values = [[30]];
      await context.sync();
      // The load ran between the second and third write.
      expect(c1.values).toEqual([[20]]);
      expect(workbook.read("Sheet1", "C1").values).toEqual([[30]]);
    });
  });

  test("a value just assigned can be read back without a load, as office.js caches it", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.name = "Data";
      expect(sheet.name).toBe("Data");
      await context.sync();
    });
    expect(workbook.sheetNames()).toEqual(["Data"]);
  });

  test("getItem of a missing sheet rejects the sync with ItemNotFound", async () => {
    await workbook.run(async (context) => {
      const missing = context.workbook.worksheets.getItem("Missing");
      missing.load("name");
      const error = await rejectsWithCode(context.sync(), "ItemNotFound");
      expect(error.debugInfo.errorLocation).toBe("Worksheet.load");
      expect(error.debugInfo.code).toBe("ItemNotFound");
    });
  });

  test("a failed sync keeps earlier operations, skips later ones and publishes no loads", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("D1").values = [["before"]];
      const a1 = sheet.getRange("A1").load("values");
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [[1]];
      sheet.getRange("D2").values = [["after"]];
      await rejectsWithCode(context.sync(), "ItemNotFound");
      throwsWithCode(() => a1.values, "PropertyNotLoaded");
    });
    expect(workbook.read("Sheet1", "D1:D2").values).toEqual([["before"], [""]]);
  });

  test("getItemOrNullObject gives isNullObject after sync, and no error", async () => {
    await workbook.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      throwsWithCode(() => missing.isNullObject, "PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      // Writes through a null object are ignored, as in Excel.
      missing.getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
    expect(workbook.read("Sheet1", "A1").values).toEqual([[1]]);
  });

  test("a 2-D array whose shape differs from the range fails with InvalidArgument", async () => {
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2, 3]];
      await rejectsWithCode(context.sync(), "InvalidArgument");
    });
    expect(workbook.read("Sheet1", "A1").values).toEqual([[1]]);
  });

  test("a scalar assigned to a multi-cell range fills every cell", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("E1:F3").values = 7 as unknown as unknown[][];
      sheet.getRange("G1:G2").formulas = "=E1*2" as unknown as unknown[][];
      await context.sync();
    });
    expect(workbook.read("Sheet1", "E1:F3").values).toEqual([
      [7, 7],
      [7, 7],
      [7, 7],
    ]);
    // The same formula text in each cell (Excel does not shift it for a scalar).
    expect(workbook.read("Sheet1", "G1:G2").values).toEqual([[14], [14]]);
  });

  test("null inside a values array leaves that cell unchanged", async () => {
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, 9]];
      await context.sync();
    });
    expect(workbook.read("Sheet1", "A1:B1").values).toEqual([[1, 9]]);
  });

  test("load accepts a string list, an array, an object and navigation paths", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.fill.color = "#FFFF00";
      const a = sheet.getRange("A1:B2").load("values, address");
      const b = sheet.getRange("A1").load(["rowCount", "columnCount"]);
      const c = sheet.getRange("A1").load({ select: "formulas", expand: "format/fill" });
      const d = sheet.getRange("A1").load("format/fill/color, format/font/bold");
      const e = sheet.getRange("A1").load({ format: { font: { bold: true } }, text: true });
      await context.sync();
      expect(a.address).toBe("Sheet1!A1:B2");
      expect(a.values[1]).toEqual([3, 3]);
      expect([b.rowCount, b.columnCount]).toEqual([1, 1]);
      expect(c.formulas).toEqual([[1]]);
      expect(c.format.fill.color).toBe("#FFFF00");
      expect(d.format.fill.color).toBe("#FFFF00");
      expect(d.format.font.bold).toBe(false);
      expect(e.text).toEqual([["1"]]);
      throwsWithCode(() => e.values, "PropertyNotLoaded");
    });
  });

  test("a bare load() loads every scalar property", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1").load();
      await context.sync();
      expect(sheet.name).toBe("Sheet1");
      expect(sheet.position).toBe(0);
      expect(sheet.visibility).toBe("Visible");
      expect(sheet.toJSON()).toEqual({
        id: sheet.id,
        name: "Sheet1",
        position: 0,
        visibility: "Visible",
        tabColor: "",
        showGridlines: true,
        showHeadings: true,
        standardWidth: 8.43,
        standardHeight: 15,
      });
      expect(typeof sheet.id).toBe("string");
      // Navigation properties are not scalars: a bare load leaves them unloaded.
      throwsWithCode(() => sheet.protection.protected, "PropertyNotLoaded");
    });
  });

  test("collections load their items, and 'items/name' equals 'name'", async () => {
    await workbook.run(async (context) => {
      context.workbook.worksheets.add("Linjamsos");
      const sheets = context.workbook.worksheets;
      throwsWithCode(() => sheets.items, "PropertyNotLoaded");
      sheets.load("items/name");
      const count = context.workbook.worksheets.getCount();
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Linjamsos"]);
      expect(count.value).toBe(2);
      expect(sheets.toJSON()).toEqual({ items: [{ name: "Sheet1" }, { name: "Linjamsos" }] });
      sheets.load("position");
      await context.sync();
      expect(sheets.items.map((s) => s.position)).toEqual([0, 1]);
    });
  });

  test("loading an unknown property fails at sync with InvalidArgument", async () => {
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("valuez");
      await rejectsWithCode(context.sync(), "InvalidArgument");
    });
  });

  test("a proxy keeps pointing at its sheet after a rename in an earlier sync", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.name = "Renamed";
      await context.sync();
      sheet.getRange("Z1").values = [["still here"]];
      await context.sync();
    });
    expect(workbook.read("Renamed", "Z1").values).toEqual([["still here"]]);
  });

  test("Excel.run flushes what is still queued when the batch returns", async () => {
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("H1").values = [["queued"]];
      return Promise.resolve();
    });
    expect(workbook.read("Sheet1", "H1").values).toEqual([["queued"]]);
    expect(workbook.stats().syncs).toBe(1);
  });

  test("installGlobals defines Excel.run, the enums and OfficeExtension.Error", async () => {
    const target: Record<string, unknown> = {};
    const restore = workbook.installGlobals(target);
    const excel = target.Excel as typeof Excel;
    expect(excel.SheetVisibility.veryHidden).toBe("VeryHidden");
    expect(excel.ChartType.columnClustered).toBe("ColumnClustered");
    expect(excel.BorderIndex.edgeBottom).toBe("EdgeBottom");
    expect(excel.DataValidationType.decimal).toBe("Decimal");
    expect(excel.HorizontalAlignment.center).toBe("Center");
    expect(excel.PageOrientation.landscape).toBe("Landscape");
    const officeExtension = target.OfficeExtension as { Error: typeof HostError };
    const names = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["Sheet1"]);
    const error = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(officeExtension.Error);
    expect(target.CustomFunctions).toBeDefined();
    restore();
    expect(target.Excel).toBeUndefined();
    expect(target.CustomFunctions).toBeUndefined();
  });

  test("range.set() assigns several properties, including nested format ones", async () => {
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("J1");
      range.set({
        values: [[5]],
        numberFormat: [["0.00"]],
        format: { font: { bold: true }, fill: { color: "red" } },
      });
      await context.sync();
    });
    expect(workbook.read("Sheet1", "J1").text).toEqual([["5.00"]]);
    expect(workbook.cellFormat("Sheet1", "J1")).toMatchObject({ bold: true, fill: "#FF0000" });
  });
});

test("a formula Excel cannot parse fails with InvalidArgument and leaves the cells as they were", async () => {
  const workbook = new Workbook();
  workbook.write("Sheet1", "A1:B1", [[1, 2]]);
  await workbook.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = [[5, "=SUM(A1"]];
    await rejectsWithCode(context.sync(), "InvalidArgument");
  });
  expect(workbook.read("Sheet1", "A1:B1").values).toEqual([[1, 2]]);
});

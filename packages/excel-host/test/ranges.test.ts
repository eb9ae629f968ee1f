/*
 * Ranges: addresses, navigation, number formats and text, formats, merges, data
 * validation, conditional formats, charts, named items, selection.
 */
import { Workbook } from "../src";
import { rejectsWithCode } from "./helpers";

describe("ranges in the development host follow Excel", () => {
  let workbook: Workbook;
  beforeEach(async () => {
    workbook = new Workbook();
    await workbook.run(async (context) => {
      context.workbook.worksheets.add("LAKIP 2024");
      await context.sync();
    });
  });

  test("addresses are sheet-qualified, quoting names that need it", async () => {
    await workbook.run(async (context) => {
      const plain = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("b2:c3")
        .load("address, rowIndex, columnIndex, rowCount, columnCount, cellCount");
      const quoted = context.workbook.worksheets.getItem("LAKIP 2024").getRange("A1").load("address");
      const columns = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A:C")
        .load("address, isEntireColumn, rowCount");
      const rows = context.workbook.worksheets.getItem("Sheet1").getRange("1:4").load("address, isEntireRow");
      const qualified = context.workbook.worksheets
        .getItem("LAKIP 2024")
        .getRange("'LAKIP 2024'!$B$2")
        .load("address");
      await context.sync();
      expect(plain.address).toBe("Sheet1!B2:C3");
      expect([plain.rowIndex, plain.columnIndex, plain.rowCount, plain.columnCount, plain.cellCount]).toEqual(
        [1, 1, 2, 2, 4],
      );
      expect(quoted.address).toBe("'LAKIP 2024'!A1");
      expect(columns.address).toBe("Sheet1!A:C");
      expect(columns.isEntireColumn).toBe(true);
      expect(columns.rowCount).toBe(1048576);
      expect(rows.address).toBe("Sheet1!1:4");
      expect(rows.isEntireRow).toBe(true);
      expect(qualified.address).toBe("'LAKIP 2024'!B2");
    });
  });

  test("an invalid address or one on another sheet fails with InvalidArgument", async () => {
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A0").load("address");
      const invalid = await rejectsWithCode(context.sync(), "InvalidArgument");
      expect(invalid.debugInfo.hostDetail).toMatch(/not a valid address/);
      context.workbook.worksheets.getItem("Sheet1").getRange("'LAKIP 2024'!A1").load("address");
      const elsewhere = await rejectsWithCode(context.sync(), "InvalidArgument");
      expect(elsewhere.debugInfo.hostDetail).toMatch(/not on the sheet "Sheet1"/);
    });
  });

  test("getCell, getOffsetRange, getResizedRange, getRow, getColumn and getEntireRow navigate like Excel", async () => {
    await workbook.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D5");
      const addresses = [
        base.getCell(1, 2),
        base.getOffsetRange(1, -1),
        base.getResizedRange(-1, 2),
        base.getRow(0),
        base.getColumn(2),
        base.getEntireRow(),
        base.getEntireColumn(),
        base.getLastCell(),
        base.getRowsAbove(1),
        base.getColumnsAfter(2),
        context.workbook.worksheets.getItem("Sheet1").getCell(9, 0),
        context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, 2, 3),
      ].map((r) => r.load("address"));
      await context.sync();
      expect(addresses.map((r) => r.address)).toEqual([
        "Sheet1!D3",
        "Sheet1!A3:C6",
        "Sheet1!B2:F4",
        "Sheet1!B2:D2",
        "Sheet1!D2:D5",
        "Sheet1!2:5",
        "Sheet1!B:D",
        "Sheet1!D5",
        "Sheet1!B1:D1",
        "Sheet1!E2:F5",
        "Sheet1!A10",
        "Sheet1!A1:C2",
      ]);
      base.getOffsetRange(-5, 0).load("address");
      await rejectsWithCode(context.sync(), "InvalidArgument");
    });
  });

  test("values, formulas, valueTypes and text report what Excel reports", async () => {
    workbook.write("Sheet1", "A1:E1", [[12.5, "teks", true, "=A1*2", "=1/0"]]);
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:F1")
        .load("values, formulas, valueTypes, text");
      await context.sync();
      expect(range.values).toEqual([[12.5, "teks", true, 25, "#DIV/0!", ""]]);
      expect(range.formulas).toEqual([[12.5, "teks", true, "=A1*2", "=1/0", ""]]);
      expect(range.valueTypes).toEqual([["Double", "String", "Boolean", "Double", "Error", "Empty"]]);
      expect(range.text).toEqual([["12.5", "teks", "TRUE", "25", "#DIV/0!", ""]]);
    });
  });

  test("number formats drive text: 0, 0.00, #,##0, 0.00%, @ and General", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("A1:F1");
      range.numberFormat = [["0", "0.00", "#,##0", "0.00%", "@", "General"]];
      range.values = [[2.5, 3.14159, 1234567.891, 0.256, "007", 1 / 3]];
      sheet.getRange("A2:C2").numberFormat = "#,##0.00" as unknown as unknown[][];
      sheet.getRange("A2:C2").values = [[-1234.5, 0, 1e6]];
      const loaded = sheet.getRange("A1:F2").load("text, values, numberFormat");
      await context.sync();
      expect(loaded.text).toEqual([
        ["3", "3.14", "1,234,568", "25.60%", "007", "0.333333333"],
        ["-1,234.50", "0.00", "1,000,000.00", "", "", ""],
      ]);
      // "@" keeps the leading zeros: the value stays text.
      expect(loaded.values[0]?.[4]).toBe("007");
      expect(loaded.numberFormat[1]).toEqual([
        "#,##0.00",
        "#,##0.00",
        "#,##0.00",
        "General",
        "General",
        "General",
      ]);
    });
  });

  test("fill, font, alignment, wrap, borders, widths and heights are stored and loaded", async () => {
    await workbook.run(async (context) => {
      const header = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      header.format.fill.color = "#D9E1F2";
      header.format.font.bold = true;
      header.format.font.color = "#1F4E79";
      header.format.font.size = 12;
      header.format.font.name = "Arial";
      header.format.horizontalAlignment = "Center";
      header.format.verticalAlignment = "Center";
      header.format.wrapText = true;
      header.format.columnWidth = 90;
      header.format.rowHeight = 30;
      header.format.borders.getItem("EdgeBottom").style = "Double";
      header.format.borders.getItem("InsideVertical").style = "Continuous";
      header.format.load("horizontalAlignment, columnWidth, rowHeight, wrapText");
      header.format.fill.load("color");
      header.format.font.load("bold, color, size, name");
      const bottom = header.format.borders.getItem("EdgeBottom").load("style, weight, color");
      const top = header.format.borders.getItem("EdgeTop").load("style");
      await context.sync();
      expect(header.format.fill.color).toBe("#D9E1F2");
      expect([
        header.format.font.bold,
        header.format.font.color,
        header.format.font.size,
        header.format.font.name,
      ]).toEqual([true, "#1F4E79", 12, "Arial"]);
      expect([
        header.format.horizontalAlignment,
        header.format.columnWidth,
        header.format.rowHeight,
        header.format.wrapText,
      ]).toEqual(["Center", 90, 30, true]);
      expect([bottom.style, top.style]).toEqual(["Double", "None"]);
      header.format.horizontalAlignment = "Sideways";
      await rejectsWithCode(context.sync(), "InvalidArgument");
    });
    expect(workbook.cellFormat("Sheet1", "B1")).toMatchObject({
      fill: "#D9E1F2",
      bold: true,
      fontColor: "#1F4E79",
      horizontalAlignment: "Center",
      columnWidth: 90,
      rowHeight: 30,
      locked: true,
    });
    expect(workbook.cellFormat("Sheet1", "B1").borders.EdgeLeft?.style).toBe("Continuous");
    expect(workbook.cellFormat("Sheet1", "D1")).toMatchObject({ fill: null, bold: false, columnWidth: 48 });
  });

  test("a format property of mixed cells loads as null", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.font.bold = true;
      const font = sheet.getRange("A1:B1").format.font.load("bold");
      await context.sync();
      expect(font.bold).toBeNull();
    });
  });

  test("whole-column formats apply to every cell of the column without storing a million cells", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C:C").numberFormat = "0.00" as unknown as unknown[][];
      sheet.getRange("C:C").format.font.italic = true;
      sheet.getRange("C500000").values = [[1]];
      await context.sync();
    });
    expect(workbook.read("Sheet1", "C500000").text).toEqual([["1.00"]]);
    expect(workbook.cellFormat("Sheet1", "C7").italic).toBe(true);
    expect(workbook.cellFormat("Sheet1", "D7").italic).toBe(false);
  });

  test("autofitColumns widens a column to its longest text", async () => {
    workbook.write("Sheet1", "A1:A2", [["Indikator Kinerja Utama yang panjang sekali"], ["x"]]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A:B").format.autofitColumns();
      await context.sync();
    });
    expect(workbook.cellFormat("Sheet1", "A1").columnWidth).toBeGreaterThan(150);
    expect(workbook.cellFormat("Sheet1", "B1").columnWidth).toBe(48);
  });

  test("merge keeps the top-left value; merge(across) merges each row; unmerge removes merges", async () => {
    workbook.write("Sheet1", "A1:C2", [
      ["Judul", "x", "y"],
      ["a", "b", "c"],
    ]);
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").merge();
      sheet.getRange("A4:B5").merge(true);
      await context.sync();
    });
    expect(workbook.sheet("Sheet1").merges).toEqual(["A1:C1", "A4:B4", "A5:B5"]);
    expect(workbook.read("Sheet1", "A1:C1").values).toEqual([["Judul", "", ""]]);
    expect(workbook.cellFormat("Sheet1", "B1").mergedArea).toBe("A1:C1");
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A4:B5").unmerge();
      await context.sync();
    });
    expect(workbook.sheet("Sheet1").merges).toEqual(["A1:C1"]);
  });

  test("clear() removes contents and formats; clear('Contents') keeps formats", async () => {
    workbook.write("Sheet1", "A1:B1", [[1, 2]]);
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").format.fill.color = "#FFFF00";
      await context.sync();
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1").clear();
      await context.sync();
    });
    expect(workbook.read("Sheet1", "A1:B1").values).toEqual([["", ""]]);
    expect(workbook.cellFormat("Sheet1", "A1").fill).toBe("#FFFF00");
    expect(workbook.cellFormat("Sheet1", "B1").fill).toBeNull();
  });

  test("data validation rules, prompts and alerts are stored in office.js shapes", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const realisasi = sheet.getRange("F5:F20");
      realisasi.dataValidation.clear();
      realisasi.dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      realisasi.dataValidation.prompt = { showPrompt: true, title: "Realisasi", message: "Isi angka ≥ 0" };
      realisasi.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "Salah",
        message: "Harus angka ≥ 0",
      };
      realisasi.dataValidation.ignoreBlanks = true;
      sheet.getRange("H5:H20").dataValidation.rule = {
        list: { inCellDropDown: true, source: "positif,negatif" },
      };
      sheet.getRange("I5").dataValidation.rule = {
        wholeNumber: { formula1: 1, formula2: 10, operator: "Between" },
      };
      const dv = realisasi.dataValidation.load("type, rule, prompt");
      const listType = sheet.getRange("H5:H6").dataValidation.load("type");
      const none = sheet.getRange("A1").dataValidation.load("type");
      await context.sync();
      expect(dv.type).toBe("Decimal");
      expect(dv.rule).toEqual({ decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
      expect(dv.prompt).toEqual({ showPrompt: true, title: "Realisasi", message: "Isi angka ≥ 0" });
      expect(listType.type).toBe("List");
      expect(none.type).toBe("None");
      sheet.getRange("J5").dataValidation.rule = { wholeNumber: { formula1: 1, operator: "Between" } };
      await rejectsWithCode(context.sync(), "InvalidArgument");
      sheet.getRange("J5").dataValidation.rule = {
        decimal: { formula1: 0, operator: "GreaterThan" },
        list: { source: "a" },
      };
      await rejectsWithCode(context.sync(), "InvalidArgument");
    });
    const validations = workbook.sheet("Sheet1").dataValidations;
    expect(validations.map((v) => v.address)).toEqual(["F5:F20", "H5:H20", "I5"]);
    expect(validations[0]?.errorAlert).toEqual({
      showAlert: true,
      style: "Stop",
      title: "Salah",
      message: "Harus angka ≥ 0",
    });
  });

  test("write() ignores validation, and dataValidation.valid reports the bad entries", async () => {
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").dataValidation.rule = {
        decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
      };
      await context.sync();
    });
    workbook.write("Sheet1", "A1:A2", [[5], [-1]]);
    expect(workbook.read("Sheet1", "A2").values).toEqual([[-1]]);
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const all = sheet.getRange("A1:A3").dataValidation.load("valid");
      const first = sheet.getRange("A1").dataValidation.load("valid");
      await context.sync();
      expect(all.valid).toBe(false);
      expect(first.valid).toBe(true);
    });
  });

  test("conditional formats (cellValue, containsText, custom) are stored with rule and format", async () => {
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C2:C10");
      const low = range.conditionalFormats.add("CellValue");
      low.cellValue.format.fill.color = "#FFC7CE";
      low.cellValue.format.font.color = "#9C0006";
      low.cellValue.rule = { formula1: "=50", operator: "LessThan" };
      const text = range.conditionalFormats.add("ContainsText");
      text.textComparison.format.font.bold = true;
      text.textComparison.rule = { operator: "Contains", text: "Rendah" };
      const custom = range.conditionalFormats.add("Custom");
      custom.custom.rule.formula = "=$C2>100";
      custom.custom.format.fill.color = "green";
      const count = range.conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(3);
      range.conditionalFormats.add("CellValue").cellValue.rule = { formula1: "=1", operator: "Sideways" };
      await rejectsWithCode(context.sync(), "InvalidArgument");
    });
    const formats = workbook.sheet("Sheet1").conditionalFormats;
    expect(formats.map((f) => [f.type, f.address, f.priority])).toEqual([
      ["CellValue", "Sheet1!C2:C10", 0],
      ["Custom", "Sheet1!C2:C10", 1],
      ["ContainsText", "Sheet1!C2:C10", 2],
      ["CellValue", "Sheet1!C2:C10", 3],
    ]);
    const low = formats[3];
    expect(low?.rule).toEqual({ formula1: "=50", operator: "LessThan" });
    expect(low?.format).toEqual({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(formats[1]?.rule).toEqual({ formula: "=$C2>100" });
  });

  test("displayFormat applies matching cellValue and containsText formats", async () => {
    workbook.write("Sheet1", "C2:C4", [[40], [80], ["Rendah"]]);
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C2:C4");
      const low = range.conditionalFormats.add("CellValue");
      low.cellValue.format.fill.color = "#FFC7CE";
      low.cellValue.rule = { formula1: "=50", operator: "LessThan" };
      const text = range.conditionalFormats.add("ContainsText");
      text.textComparison.format.font.color = "#9C0006";
      text.textComparison.rule = { operator: "Contains", text: "rendah" };
      await context.sync();
    });
    expect(workbook.displayFormat("Sheet1", "C2").fill).toBe("#FFC7CE");
    expect(workbook.displayFormat("Sheet1", "C3").fill).toBeNull();
    expect(workbook.displayFormat("Sheet1", "C4").fontColor).toBe("#9C0006");
    expect(workbook.cellFormat("Sheet1", "C2").fill).toBeNull();
  });

  test("charts keep type, source, title, axes, legend and position", async () => {
    workbook.write("Sheet1", "A1:C4", [
      ["IKU", "Target", "Realisasi"],
      ["A", 10, 9],
      ["B", 20, 21],
      ["C", 30, 25],
    ]);
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"), "Auto");
      chart.title.text = "Capaian IKU 2024";
      chart.name = "CapaianChart";
      chart.axes.valueAxis.title.text = "Persen";
      chart.legend.position = "Bottom";
      chart.setPosition("E2", "L18");
      const loaded = sheet.charts.getItem("CapaianChart").load("name, chartType, sourceAddress");
      const missing = sheet.charts.getItemOrNullObject("Nope");
      await context.sync();
      expect([loaded.name, loaded.chartType, loaded.sourceAddress]).toEqual([
        "CapaianChart",
        "ColumnClustered",
        "Sheet1!A1:C4",
      ]);
      expect(missing.isNullObject).toBe(true);
      sheet.charts.add("Sideways", sheet.getRange("A1:C4"));
      await rejectsWithCode(context.sync(), "InvalidArgument");
    });
    expect(workbook.sheet("Sheet1").charts).toEqual([
      expect.objectContaining({
        name: "CapaianChart",
        type: "ColumnClustered",
        source: "Sheet1!A1:C4",
        seriesBy: "Columns",
        title: "Capaian IKU 2024",
        legend: { visible: true, position: "Bottom" },
        axisTitles: expect.objectContaining({ value: "Persen" }) as unknown,
        position: { start: "E2", end: "L18" },
      }),
    ]);
  });

  test("select() records the selection and activates the sheet", async () => {
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("LAKIP 2024").getRange("B3:C4").select();
      await context.sync();
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("'LAKIP 2024'!B3:C4");
    });
    expect(workbook.selection()).toEqual({ sheet: "LAKIP 2024", address: "B3:C4" });
    expect(workbook.activeSheetName()).toBe("LAKIP 2024");
  });

  test("named ranges work in formulas and in getRange, and duplicates are refused", async () => {
    await workbook.run(async (context) => {
      const pengaturan = context.workbook.worksheets.add("Pengaturan");
      pengaturan.getRange("C5").values = [[2024]];
      context.workbook.names.add("TahunLaporan", "=Pengaturan!$C$5", "Tahun laporan");
      context.workbook.names.add("TargetRange", pengaturan.getRange("D1:D3"));
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=TahunLaporan+1"]];
      const byName = pengaturan.getRange("TahunLaporan").load("address");
      const item = context.workbook.names.getItem("TahunLaporan").load("name, type, value, formula, comment");
      const range = context.workbook.names.getItem("TargetRange").getRange().load("address");
      const missing = context.workbook.names.getItemOrNullObject("Nope");
      await context.sync();
      expect(byName.address).toBe("Pengaturan!C5");
      expect([item.name, item.type, item.value, item.formula, item.comment]).toEqual([
        "TahunLaporan",
        "Range",
        "Pengaturan!$C$5",
        "=Pengaturan!$C$5",
        "Tahun laporan",
      ]);
      expect(range.address).toBe("Pengaturan!D1:D3");
      expect(missing.isNullObject).toBe(true);
      context.workbook.names.add("tahunlaporan", "=Pengaturan!$C$6");
      await rejectsWithCode(context.sync(), "ItemAlreadyExists");
      context.workbook.names.add("A1", "=Pengaturan!$C$6");
      await rejectsWithCode(context.sync(), "InvalidArgument");
    });
    expect(workbook.read("Sheet1", "A1").values).toEqual([[2025]]);
    workbook.write("Pengaturan", "C5", [[2030]]);
    expect(workbook.read("Sheet1", "A1").values).toEqual([[2031]]);
    expect(workbook.names().map((n) => n.name)).toEqual(["TahunLaporan", "TargetRange"]);
    // NamedItem.delete (ExcelApi 1.4): the name is gone; a formula using it shows #NAME?.
    await workbook.run(async (context) => {
      context.workbook.names.getItem("TahunLaporan").delete();
      await context.sync();
    });
    expect(workbook.names().map((n) => n.name)).toEqual(["TargetRange"]);
    expect(workbook.read("Sheet1", "A1").values).toEqual([["#NAME?"]]);
  });

  test("workbook settings store JSON values", async () => {
    await workbook.run(async (context) => {
      context.workbook.settings.add("versiTemplate", { versi: 2 });
      await context.sync();
      const setting = context.workbook.settings.getItem("versiTemplate").load("value");
      const missing = context.workbook.settings.getItemOrNullObject("nope");
      await context.sync();
      expect(setting.value).toEqual({ versi: 2 });
      expect(missing.isNullObject).toBe(true);
    });
    expect(workbook.settings()).toEqual({ versiTemplate: { versi: 2 } });
  });
});

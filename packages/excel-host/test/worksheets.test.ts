/*
 * Worksheets: the default workbook, Excel's naming rules, visibility, order,
 * freeze panes, protection, page layout, used range, events.
 */
import { Workbook } from "../src";
import type { WorksheetProxy } from "../src/proxies/WorksheetProxy";
import { rejectsWithCode } from "./helpers";

describe("worksheets in the development host follow Excel", () => {
  let workbook: Workbook;
  beforeEach(() => {
    workbook = new Workbook();
  });

  test("a new workbook has one empty, active sheet named Sheet1", async () => {
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
    expect(workbook.activeSheetName()).toBe("Sheet1");
    await workbook.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject();
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(active.name).toBe("Sheet1");
    });
    expect(workbook.selection()).toEqual({ sheet: "Sheet1", address: "A1" });
  });

  test("add() appends sheets, default names count up, and position can be changed", async () => {
    await workbook.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("Linjamsos");
      const unnamed = sheets.add().load("name");
      const pengaturan = sheets.add("Pengaturan");
      pengaturan.position = 0;
      await context.sync();
      expect(unnamed.name).toBe("Sheet3");
    });
    expect(workbook.sheetNames()).toEqual(["Pengaturan", "Sheet1", "Linjamsos", "Sheet3"]);
    expect(workbook.activeSheetName()).toBe("Sheet1");
  });

  test.each([
    ["longer than 31 characters", "A".repeat(32)],
    ["with a colon", "IKU: 2024"],
    ["with a slash", "IKU/2024"],
    ["with a backslash", "IKU\\2024"],
    ["with a question mark", "IKU?"],
    ["with an asterisk", "IKU*"],
    ["with brackets", "IKU[1]"],
    ["starting with an apostrophe", "'IKU"],
    ["ending with an apostrophe", "IKU'"],
    ["blank", ""],
  ])("a sheet name %s is refused with InvalidArgument", async (_why, name) => {
    await workbook.run(async (context) => {
      context.workbook.worksheets.add(name);
      await rejectsWithCode(context.sync(), "InvalidArgument");
    });
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").name = name;
      await rejectsWithCode(context.sync(), "InvalidArgument");
    });
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
  });

  test("a 31-character name with spaces and an inner apostrophe is fine", async () => {
    const name = "LAKIP 2024 Dinas's Realisasi IK";
    expect(name).toHaveLength(31);
    await workbook.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
    expect(workbook.sheetNames()).toContain(name);
  });

  test("a duplicate sheet name, ignoring case, is refused with ItemAlreadyExists", async () => {
    await workbook.run(async (context) => {
      context.workbook.worksheets.add("Linjamsos");
      await context.sync();
      context.workbook.worksheets.add("LINJAMSOS");
      await rejectsWithCode(context.sync(), "ItemAlreadyExists");
      context.workbook.worksheets.getItem("Sheet1").name = "linjamsos";
      await rejectsWithCode(context.sync(), "ItemAlreadyExists");
    });
    expect(workbook.sheetNames()).toEqual(["Sheet1", "Linjamsos"]);
  });

  test("getItem finds a sheet ignoring case and by id", async () => {
    await workbook.run(async (context) => {
      const byName = context.workbook.worksheets.getItem("SHEET1").load("id, name");
      await context.sync();
      const byId = context.workbook.worksheets.getItem(byName.id).load("name");
      expect(byName.name).toBe("Sheet1");
      await context.sync();
      expect(byId.name).toBe("Sheet1");
    });
  });

  test("renaming a sheet keeps formulas that refer to it working", async () => {
    await workbook.run(async (context) => {
      const data = context.workbook.worksheets.add("Data");
      data.getRange("A1").values = [[21]];
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=Data!A1*2"]];
      await context.sync();
      data.name = "LAKIP 2024";
      await context.sync();
    });
    expect(workbook.read("Sheet1", "A1")).toMatchObject({
      values: [[42]],
      formulas: [["='LAKIP 2024'!A1*2"]],
    });
  });

  test("deleting the last visible sheet fails; deleting another one works", async () => {
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").delete();
      await rejectsWithCode(context.sync(), "InvalidOperation");
      const second = context.workbook.worksheets.add("Second");
      await context.sync();
      second.delete();
      await context.sync();
    });
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
  });

  test("hiding sheets: Hidden and VeryHidden are stored, and the last visible sheet cannot be hidden", async () => {
    await workbook.run(async (context) => {
      const config = context.workbook.worksheets.add("Config");
      const lists = context.workbook.worksheets.add("Lists");
      config.visibility = "VeryHidden";
      lists.visibility = "Hidden";
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
      await rejectsWithCode(context.sync(), "InvalidOperation");
    });
    expect(workbook.sheet("Config").visibility).toBe("VeryHidden");
    expect(workbook.sheet("Lists").visibility).toBe("Hidden");
    expect(workbook.sheet("Sheet1").visibility).toBe("Visible");
  });

  test("tab colour, activation and freeze panes are stored", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Linjamsos");
      sheet.tabColor = "#1f4e79";
      sheet.activate();
      sheet.freezePanes.freezeRows(3);
      await context.sync();
      const location = sheet.freezePanes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(location.address).toBe("Linjamsos!1:3");
    });
    expect(workbook.sheet("Linjamsos")).toMatchObject({
      tabColor: "#1F4E79",
      active: true,
      freezePanes: { rows: 3, columns: 0 },
    });
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Linjamsos").freezePanes.freezeAt("B4");
      await context.sync();
    });
    expect(workbook.sheet("Linjamsos").freezePanes).toEqual({ rows: 4, columns: 2 });
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Linjamsos").freezePanes.unfreeze();
      await context.sync();
    });
    expect(workbook.sheet("Linjamsos").freezePanes).toEqual({ rows: 0, columns: 0 });
  });

  test("writing to locked cells of a protected sheet fails with AccessDenied", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:B3").format.protection.locked = false;
      sheet.protection.protect({ allowFormatColumns: true });
      await context.sync();
      sheet.getRange("A1").values = [["blocked"]];
      const error = await rejectsWithCode(context.sync(), "AccessDenied");
      expect(error.debugInfo.errorLocation).toBe("Range.values");
      sheet.getRange("A1").format.fill.color = "#FF0000";
      await rejectsWithCode(context.sync(), "AccessDenied");
      // Unlocked input cells and allowed column formatting still work.
      sheet.getRange("B2").values = [[5]];
      sheet.getRange("B:B").format.columnWidth = 80;
      const protection = sheet.protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
    });
    expect(workbook.read("Sheet1", "A1:B2").values).toEqual([
      ["", ""],
      ["", 5],
    ]);
    expect(workbook.sheet("Sheet1").protection).toEqual({
      protected: true,
      options: { allowFormatColumns: true },
      hasPassword: false,
    });
    // A user typing into a locked cell is refused as well.
    expect(() => workbook.write("Sheet1", "A1", [["x"]])).toThrow(
      expect.objectContaining({ code: "AccessDenied" }) as Error,
    );
  });

  // Every change to what a sheet holds passes one gate (SheetEditor): refused on a
  // protected sheet, let through by the option Excel has for its kind.
  test.each<[string, string | null, (sheet: WorksheetProxy) => void]>([
    ["values", null, (s) => (s.getRange("A1").values = [[0]])],
    ["formulas", null, (s) => (s.getRange("A1").formulas = [["=1"]])],
    ["clear contents", null, (s) => s.getRange("A1").clear("Contents")],
    ["merge", null, (s) => s.getRange("A1:B1").merge()],
    ["fill", "allowFormatCells", (s) => (s.getRange("A1").format.fill.color = "#FF0000")],
    ["number format", "allowFormatCells", (s) => (s.getRange("A1").numberFormat = [["0.00"]])],
    ["border", "allowFormatCells", (s) => (s.getRange("A1").format.borders.getItem("EdgeTop").style = "Dot")],
    ["conditional format", "allowFormatCells", (s) => s.getRange("A1").conditionalFormats.add("CellValue")],
    ["clear formats", "allowFormatCells", (s) => s.getRange("A1").clear("Formats")],
    ["column width", "allowFormatColumns", (s) => (s.getRange("A:A").format.columnWidth = 60)],
    ["autofit", "allowFormatColumns", (s) => s.getRange("A:A").format.autofitColumns()],
    ["row height", "allowFormatRows", (s) => (s.getRange("1:1").format.rowHeight = 30)],
    [
      "validation",
      "allowEditObjects",
      (s) => (s.getRange("A1").dataValidation.rule = { decimal: { operator: "GreaterThan", formula1: 0 } }),
    ],
    ["new chart", "allowEditObjects", (s) => s.charts.add("ColumnClustered", s.getRange("A1:C3"))],
    ["chart title", "allowEditObjects", (s) => (s.charts.getItem("Chart 1").title.text = "Judul")],
    ["chart position", "allowEditObjects", (s) => s.charts.getItem("Chart 1").setPosition("E2")],
  ])("%s on a protected sheet needs %s (null: unlocked cells)", async (_what, option, change) => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C3").values = [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ];
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:C3"));
      sheet.protection.protect();
      await context.sync();
      change(sheet);
      await rejectsWithCode(context.sync(), "AccessDenied");
      sheet.protection.unprotect();
      if (option === null) sheet.getRange("A1:C3").format.protection.locked = false;
      sheet.protection.protect(option === null ? {} : { [option]: true });
      change(sheet);
      await context.sync();
    });
  });

  test("the add-in can unprotect, write and protect again within one batch", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.protect(null, "rahasia");
      await context.sync();
      sheet.protection.unprotect("rahasia");
      sheet.getRange("A1").values = [["ok"]];
      sheet.protection.protect(null, "rahasia");
      await context.sync();
      sheet.protection.unprotect("salah");
      await rejectsWithCode(context.sync(), "InvalidArgument");
      sheet.protection.protect();
      await rejectsWithCode(context.sync(), "InvalidOperation");
    });
    expect(workbook.read("Sheet1", "A1").values).toEqual([["ok"]]);
    expect(workbook.sheet("Sheet1").protection).toMatchObject({ protected: true, hasPassword: true });
  });

  test("page layout: orientation, zoom, print area, print titles and margins are stored", async () => {
    await workbook.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.paperSize = "A4";
      layout.leftMargin = 36;
      layout.centerHorizontally = true;
      layout.setPrintArea("A1:N40");
      layout.setPrintTitleRows("$1:$4");
      await context.sync();
      layout.load("orientation, zoom, leftMargin");
      const area = layout.getPrintAreaOrNullObject().load("address");
      await context.sync();
      expect(layout.orientation).toBe("Landscape");
      expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect(area.address).toBe("Sheet1!A1:N40");
      layout.zoom = { scale: 5 };
      await rejectsWithCode(context.sync(), "InvalidArgument");
    });
    expect(workbook.sheet("Sheet1").pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printArea: "A1:N40",
      printTitleRows: "1:4",
      centerHorizontally: true,
      margins: { left: 36 },
    });
  });

  test("page margins: each of the six is stored in points and loads back", async () => {
    await workbook.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.topMargin = 72;
      layout.bottomMargin = 54;
      layout.leftMargin = 36;
      layout.rightMargin = 18;
      layout.headerMargin = 9;
      layout.footerMargin = 0;
      await context.sync();
      layout.load("topMargin, bottomMargin, leftMargin, rightMargin, headerMargin, footerMargin");
      await context.sync();
      expect([
        layout.topMargin,
        layout.bottomMargin,
        layout.leftMargin,
        layout.rightMargin,
        layout.headerMargin,
        layout.footerMargin,
      ]).toEqual([72, 54, 36, 18, 9, 0]);
      layout.topMargin = -1;
      await rejectsWithCode(context.sync(), "InvalidArgument");
    });
    expect(workbook.sheet("Sheet1").pageLayout.margins).toEqual({
      top: 72,
      bottom: 54,
      left: 36,
      right: 18,
      header: 9,
      footer: 0,
    });
  });

  test("getUsedRange covers values and formatted cells; valuesOnly only values; A1 when empty", async () => {
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const empty = sheet.getUsedRange().load("address");
      await context.sync();
      expect(empty.address).toBe("Sheet1!A1");
      sheet.getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      sheet.getRange("E6").format.fill.color = "#EEEEEE";
      const used = sheet.getUsedRange().load("address");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!B2:E6");
      expect(valuesOnly.address).toBe("Sheet1!B2:C3");
    });
  });

  test("onChanged handlers run after API writes and after a user's write", async () => {
    const seen: string[] = [];
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.onChanged.add((event) => {
        seen.push(`${event.address}:${event.triggerSource}`);
        return Promise.resolve();
      });
      await context.sync();
      sheet.getRange("A1:B1").values = [[1, 2]];
      await context.sync();
    });
    workbook.write("Sheet1", "C3", [[9]]);
    await workbook.idle();
    expect(seen).toEqual(["A1:B1:ThisLocalAddin", "C3:Unknown"]);
  });

  test("a handler removed with remove() is not called for later changes", async () => {
    const seen: string[] = [];
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const registration = sheet.onChanged.add((event) => {
        seen.push(event.address);
      });
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      registration.remove();
      sheet.getRange("A2").values = [[2]];
      await context.sync();
    });
    workbook.write("Sheet1", "A3", [[3]]);
    await workbook.idle();
    expect(seen).toEqual(["A1"]);
  });

  test("subscribe() tells the preview which sheets changed after each sync or write", async () => {
    const events: Array<{ source: string; sheets: string[] }> = [];
    const unsubscribe = workbook.subscribe((event) => events.push(event));
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
    });
    workbook.write("Sheet1", "A2", [[2]]);
    unsubscribe();
    workbook.write("Sheet1", "A3", [[3]]);
    expect(events).toEqual([
      { source: "sync", sheets: ["Sheet1"] },
      { source: "write", sheets: ["Sheet1"] },
    ]);
  });
});

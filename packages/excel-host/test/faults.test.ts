/*
 * The fault switches: what real Excel does that its documentation does not say, on demand.
 */
import { Workbook, type RequestContext } from "../src";
import { rejectsWithCode } from "./helpers";

const a1 = (workbook: Workbook, address: string) => workbook.read("Sheet1", address).values[0]?.[0];

/** Queues three writes (A1, A2, A3) and syncs once. */
async function threeWrites(workbook: Workbook): Promise<void> {
  await workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [[1]];
    sheet.getRange("A2").values = [[2]];
    sheet.getRange("A3").values = [[3]];
    await context.sync();
  });
}

describe("a sync that fails part-way", () => {
  test("applies the operations before the failure and none after, and rejects with the code asked for", async () => {
    const workbook = new Workbook();
    workbook.faults({ failSync: { at: 1, code: "GeneralException", applied: 2 } });
    const error = await rejectsWithCode(threeWrites(workbook), "GeneralException");
    expect(error.debugInfo.hostDetail).toContain("Injected fault");
    expect([a1(workbook, "A1"), a1(workbook, "A2"), a1(workbook, "A3")]).toEqual([1, 2, ""]);
  });

  test("counts syncs from the moment the fault is set, and fails only the one asked for", async () => {
    const workbook = new Workbook();
    await threeWrites(workbook);
    workbook.faults({ failSync: { at: 2, code: "ItemNotFound" } });
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["first"]];
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["second"]];
      await rejectsWithCode(context.sync(), "ItemNotFound");
      // The context stays usable after a failed batch, as in office.js.
      context.workbook.worksheets.getItem("Sheet1").getRange("B3").values = [["third"]];
      await context.sync();
    });
    expect(workbook.read("Sheet1", "B1:B3").values).toEqual([["first"], [""], ["third"]]);
  });

  test("fails several syncs when given a list", async () => {
    const workbook = new Workbook();
    workbook.faults({
      failSync: [
        { at: 1, code: "GeneralException" },
        { at: 3, code: "ConnectionFailure" },
      ],
    });
    await rejectsWithCode(threeWrites(workbook), "GeneralException");
    await threeWrites(workbook);
    await rejectsWithCode(threeWrites(workbook), "ConnectionFailure");
    expect(a1(workbook, "A1")).toBe(1);
  });

  test("with applied: Infinity, applies everything and still fails: the answer was lost", async () => {
    const workbook = new Workbook();
    workbook.faults({ failSync: { at: 1, code: "ConnectionFailure", applied: Infinity } });
    const error = await rejectsWithCode(threeWrites(workbook), "ConnectionFailure");
    expect(error.message).toBe("The connection to Excel was lost.");
    expect(a1(workbook, "A3")).toBe(3);
  });

  test("publishes nothing loaded in the failed sync", async () => {
    const workbook = new Workbook();
    workbook.write("Sheet1", "A1", [[42]]);
    workbook.faults({ failSync: { at: 1, code: "AccessDenied", applied: Infinity } });
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await rejectsWithCode(context.sync(), "AccessDenied");
      expect(() => range.values).toThrow();
    });
  });
});

describe("cell-edit mode", () => {
  test("refuses every batch whole while the user edits a cell, and lets them through once switched off", async () => {
    const workbook = new Workbook();
    workbook.faults({ cellEditMode: true });
    const error = await rejectsWithCode(threeWrites(workbook), "InvalidOperationInCellEditMode");
    expect(error.message).toContain("cell-editing mode");
    await rejectsWithCode(threeWrites(workbook), "InvalidOperationInCellEditMode");
    expect(a1(workbook, "A1")).toBe("");
    workbook.faults();
    await threeWrites(workbook);
    expect(a1(workbook, "A1")).toBe(1);
  });

  test("as a failSync code, applies nothing whatever `applied` says", async () => {
    const workbook = new Workbook();
    workbook.faults({ failSync: { at: 1, code: "InvalidOperationInCellEditMode", applied: 2 } });
    await rejectsWithCode(threeWrites(workbook), "InvalidOperationInCellEditMode");
    expect(a1(workbook, "A1")).toBe("");
  });
});

describe("a sync that never returns", () => {
  test("neither resolves nor rejects, applies nothing, and later syncs work", async () => {
    const workbook = new Workbook();
    workbook.faults({ hangSync: 1 });
    let settled = false;
    void threeWrites(workbook).then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    expect(a1(workbook, "A1")).toBe("");
    await threeWrites(workbook);
    expect(a1(workbook, "A1")).toBe(1);
  });
});

describe("protect and unprotect refused (office-js#6784)", () => {
  test("every call fails with AccessDenied when switched on for all", async () => {
    const workbook = new Workbook();
    workbook.faults({ protectionAccessDenied: true });
    const error = await rejectsWithCode(
      workbook.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").protection.protect();
        await context.sync();
      }),
      "AccessDenied",
    );
    expect(error.debugInfo.errorLocation).toBe("WorksheetProtection.protect");
    expect(workbook.sheet("Sheet1").protection.protected).toBe(false);
  });

  test("only the listed calls fail, counted from when the fault is set", async () => {
    const workbook = new Workbook();
    workbook.faults({ protectionAccessDenied: [2] });
    const protection = (context: RequestContext) => context.workbook.worksheets.getItem("Sheet1").protection;
    await workbook.run(async (context) => {
      protection(context).protect();
      await context.sync();
      protection(context).unprotect();
      const error = await rejectsWithCode(context.sync(), "AccessDenied");
      expect(error.debugInfo.errorLocation).toBe("WorksheetProtection.unprotect");
      protection(context).unprotect();
      await context.sync();
    });
    expect(workbook.sheet("Sheet1").protection.protected).toBe(false);
  });
});

describe("isPasswordProtected (ExcelApiOnline 1.1)", () => {
  test("tells a password from none", async () => {
    const workbook = new Workbook();
    await workbook.run(async (context) => {
      context.workbook.worksheets.add("Rahasia").protection.protect({}, "sandi");
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
      await context.sync();
    });
    const found = await workbook.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/protection/isPasswordProtected");
      await context.sync();
      return sheets.items.map((s) => [s.name, s.protection.isPasswordProtected]);
    });
    expect(found).toEqual([
      ["Sheet1", false],
      ["Rahasia", true],
    ]);
  });
});

describe("fit-to-pages ignored (office-js#1860)", () => {
  test("drops the fit values silently and keeps the scale", async () => {
    const workbook = new Workbook();
    workbook.faults({ ignoreFitToPages: true });
    const zoom = await workbook.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.load("zoom");
      await context.sync();
      return layout.zoom;
    });
    expect(zoom.horizontalFitToPages).toBeUndefined();
    expect(workbook.sheet("Sheet1").pageLayout.orientation).toBe("Landscape");
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = { scale: 80 };
      await context.sync();
    });
    expect(workbook.sheet("Sheet1").pageLayout.zoom).toEqual({ scale: 80 });
    workbook.faults();
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = { horizontalFitToPages: 1 };
      await context.sync();
    });
    expect(workbook.sheet("Sheet1").pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
  });
});

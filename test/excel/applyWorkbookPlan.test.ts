import type { SheetPlan, WorkbookPlan } from "../../src/core/workbook/SheetPlan";
import { applyWorkbookPlan, WriteState } from "../../src/excel/applyWorkbookPlan";

/**
 * A stand-in request context that records every property set and method called on the
 * proxies, as paths ("worksheets.getItem(PM).protection.unprotect()"), so a test can
 * see exactly what a batch would ask Excel to do.
 */
function recordingContext(): { context: Excel.RequestContext; log: string[] } {
  const log: string[] = [];
  const proxy = (path: string): unknown =>
    new Proxy(function () {}, {
      get: (_t, key) => proxy(`${path}.${String(key)}`),
      set: (_t, key) => {
        log.push(`${path}.${String(key)} =`);
        return true;
      },
      apply: (_t, _this, args: unknown[]) => {
        const call = `${path}(${args.filter((a) => typeof a === "string").join(",")})`;
        log.push(call);
        return proxy(call);
      },
    });
  return { context: { workbook: proxy("workbook") } as unknown as Excel.RequestContext, log };
}

const sheet = (name: string, mode: SheetPlan["mode"], protect: boolean): SheetPlan => ({
  name,
  mode,
  cells: [{ address: "A1", values: [["x"]] }],
  formats: [],
  protect,
});

const plan = (...sheets: SheetPlan[]): WorkbookPlan => ({ sheets, names: [] });

const calls = (log: string[], name: string, method: "protect" | "unprotect") =>
  log.filter((l) =>
    l.toLowerCase().startsWith(`workbook.worksheets.getitem(${name.toLowerCase()}).protection.${method}(`),
  ).length;

/** The executor's state after reading these sheets, the listed ones protected. */
const stateWith = (...protectedSheets: string[]) =>
  new WriteState(protectedSheets.map((name) => ({ name, protected: true })));

describe("applyWorkbookPlan and sheet protection", () => {
  it("unprotects only a sheet that is protected, and protects it again", () => {
    const { context, log } = recordingContext();
    applyWorkbookPlan(
      context,
      plan(sheet("Rehsos", "update", true), sheet("IKU_Meta", "update", false)),
      stateWith("Rehsos"),
    );
    expect(calls(log, "Rehsos", "unprotect")).toBe(1);
    expect(calls(log, "Rehsos", "protect")).toBe(1);
    // Excel has answered unprotect() on an unprotected sheet with AccessDenied: never ask.
    expect(calls(log, "IKU_Meta", "unprotect")).toBe(0);
    expect(calls(log, "IKU_Meta", "protect")).toBe(0);
  });

  it("leaves a user's protected sheet protected after writing to it", () => {
    const { context, log } = recordingContext();
    const state = stateWith("pengaturan");
    applyWorkbookPlan(context, plan(sheet("Pengaturan", "update", false)), state);
    expect(calls(log, "Pengaturan", "unprotect")).toBe(1);
    expect(calls(log, "Pengaturan", "protect")).toBe(1);
    expect(state.protection.has("PENGATURAN")).toBe(true);
  });

  it("carries the state across the parts of a split plan, and protects with the last part only", () => {
    const { context, log } = recordingContext();
    const state = stateWith("PM");
    applyWorkbookPlan(context, plan(sheet("PM", "update", true)), state, false);
    expect(calls(log, "PM", "unprotect")).toBe(1);
    expect(calls(log, "PM", "protect")).toBe(0);
    applyWorkbookPlan(context, plan(sheet("PM", "update", false)), state, true);
    expect(calls(log, "PM", "unprotect")).toBe(1);
    expect(calls(log, "PM", "protect")).toBe(1);
    expect(state.protection.has("PM")).toBe(true);
  });

  it("unprotects first, writes the journal, renames, writes, clears, commits, protects, retires, selects", () => {
    const { context, log } = recordingContext();
    const meta = (value: string): SheetPlan => ({
      name: "IKU_Meta",
      mode: "update",
      cells: [{ address: "A9", values: [[value]] }],
      formats: [],
    });
    applyWorkbookPlan(
      context,
      {
        begin: meta("menulis"),
        sheetOps: [{ kind: "rename", sheet: "LAKIP 2024", to: "LAKIP 2024 (lama 1)" }],
        sheets: [
          { ...sheet("Rehsos", "update", true), clear: [{ address: "A90:N99", applyTo: "all" }] },
          sheet("LAKIP 2024", "create", false),
        ],
        names: [],
        commit: meta("selesai"),
        retire: ["LAKIP 2024 (lama 1)"],
        select: { sheet: "LAKIP 2024", address: "A1" },
      },
      stateWith("Rehsos"),
    );
    const steps = log
      .filter((l) => /unprotect\(|protect\(|\.name =|\.values =|\.clear\(All\)|delete\(\)|select\(\)/.test(l))
      .map((l) => l.replace(/^workbook\.worksheets\./, ""));
    expect(steps).toEqual([
      "getItem(Rehsos).protection.unprotect()",
      "getItem(IKU_Meta).getRange(A9).values =",
      "getItem(LAKIP 2024).name =",
      "getItem(Rehsos).getRange(A1).values =",
      "add(LAKIP 2024).getRange(A1).values =",
      "getItem(Rehsos).getRange(A90:N99).clear(All)",
      "getItem(IKU_Meta).getRange(A9).values =",
      "getItem(Rehsos).protection.protect()",
      "getItem(LAKIP 2024 (lama 1)).delete()",
      "getItem(LAKIP 2024).getRange(A1).select()",
    ]);
  });

  it("never unprotects a sheet it creates", () => {
    const { context, log } = recordingContext();
    applyWorkbookPlan(context, plan(sheet("LAKIP 2025", "create", false)), stateWith("LAKIP 2025"));
    expect(log.some((l) => l.includes("unprotect"))).toBe(false);
  });

  it("deletes and renames sheets before writing, and places a created sheet at its position", () => {
    const { context, log } = recordingContext();
    const state = stateWith("LAKIP 2024");
    applyWorkbookPlan(
      context,
      {
        sheetOps: [
          { kind: "rename", sheet: "LAKIP 2024", to: "LAKIP 2024 (diedit 1)" },
          { kind: "delete", sheet: "LAKIP 2023" },
        ],
        sheets: [{ ...sheet("LAKIP 2024", "create", false), position: 3 }],
        names: [],
      },
      state,
    );
    const changes = log.filter(
      (l) => l.endsWith(" =") || l.endsWith("delete()") || l.endsWith(".add(LAKIP 2024)"),
    );
    expect(changes.slice(0, 5)).toEqual([
      "workbook.worksheets.getItem(LAKIP 2024).name =",
      "workbook.worksheets.getItem(LAKIP 2023).delete()",
      "workbook.worksheets.add(LAKIP 2024)",
      "workbook.worksheets.add(LAKIP 2024).position =",
      "workbook.worksheets.add(LAKIP 2024).getRange(A1).values =",
    ]);
    // The protection follows the renamed sheet; the new sheet of the old name is not protected.
    expect(state.protection.has("LAKIP 2024 (diedit 1)")).toBe(true);
    expect(state.protection.has("LAKIP 2024")).toBe(false);
    expect(log.some((l) => l.includes("unprotect"))).toBe(false);
  });
});

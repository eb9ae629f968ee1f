import { estimatePlanBytes, splitWorkbookPlan } from "../../../src/core/workbook/splitWorkbookPlan";
import type { WorkbookPlan } from "../../../src/core/workbook/SheetPlan";

const bigPlan = (rows: number): WorkbookPlan => ({
  sheets: [
    {
      name: "Data",
      mode: "create",
      cells: [
        { address: "B3", values: Array.from({ length: rows }, (_, i) => [`baris ${i}`, i, `=C${i + 3}*2`]) },
      ],
      formats: [{ address: "A1", format: { bold: true } }],
      protect: true,
    },
  ],
  names: [{ name: "X", sheet: "Data", address: "$A$1" }],
  select: { sheet: "Data", address: "A1" },
});

describe("splitWorkbookPlan", () => {
  it("returns a plan that fits as it is", () => {
    const plan = bigPlan(10);
    expect(splitWorkbookPlan(plan, 1_000_000)).toEqual([plan]);
  });

  it("cuts a plan too big for one request between rows, every part under the limit and no row lost", () => {
    const plan = bigPlan(5_000);
    const limit = Math.ceil(estimatePlanBytes(plan) / 3);
    const parts = splitWorkbookPlan(plan, limit);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) expect(estimatePlanBytes(part)).toBeLessThanOrEqual(limit);
    // The first part creates the sheet (asking for its protection, which the shell applies
    // once the last part is written); the others write into it; rows come back in order.
    expect(parts[0]?.sheets[0]).toMatchObject({ mode: "create", protect: true });
    expect(
      parts.slice(1).every((p) => p.sheets.every((s) => s.mode === "update" && s.protect === undefined)),
    ).toBe(true);
    const rows = parts.flatMap((p) => p.sheets.flatMap((s) => s.cells.flatMap((c) => c.values)));
    expect(rows).toEqual(plan.sheets[0]?.cells[0]?.values);
    const starts = parts.flatMap((p) => p.sheets.flatMap((s) => s.cells.map((c) => c.address)));
    expect(starts[0]).toBe("B3");
    expect(parts.filter((p) => p.select)).toEqual([parts[parts.length - 1]]);
    expect(parts.filter((p) => p.names.length > 0)).toEqual([parts[0]]);
  });

  it("holds back clears, the commit and the sheets to retire to the last part", () => {
    const plan: WorkbookPlan = {
      ...bigPlan(5_000),
      sheets: bigPlan(5_000).sheets.map((s) => ({
        ...s,
        clear: [{ address: "A6000:D6100", applyTo: "all" as const }],
      })),
      begin: {
        name: "IKU_Meta",
        mode: "update",
        cells: [{ address: "A1", values: [["penulisan"]] }],
        formats: [],
      },
      commit: {
        name: "IKU_Meta",
        mode: "update",
        cells: [{ address: "A1", values: [["selesai"]] }],
        formats: [],
      },
      retire: ["Lama"],
    };
    const parts = splitWorkbookPlan(plan, Math.ceil(estimatePlanBytes(plan) / 3));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const last = parts[parts.length - 1];
    expect(parts[0]?.begin).toEqual(plan.begin);
    expect(parts.filter((p) => p.commit || p.retire)).toEqual([last]);
    expect(parts[0]?.sheets.every((s) => s.clear === undefined)).toBe(true);
    expect(last?.sheets.filter((s) => s.clear)).toEqual([
      {
        name: "Data",
        mode: "update",
        clear: [{ address: "A6000:D6100", applyTo: "all" }],
        cells: [],
        formats: [],
      },
    ]);
  });

  it("deletes, renames and places sheets in the first part only, before any later part writes", () => {
    const plan: WorkbookPlan = {
      ...bigPlan(5_000),
      sheetOps: [
        { kind: "delete", sheet: "Data" },
        { kind: "rename", sheet: "Lama", to: "Lama (1)" },
      ],
    };
    const withPosition: WorkbookPlan = {
      ...plan,
      sheets: plan.sheets.map((s) => ({ ...s, position: 2 })),
    };
    const parts = splitWorkbookPlan(withPosition, Math.ceil(estimatePlanBytes(plan) / 3));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts[0]?.sheetOps).toEqual(plan.sheetOps);
    expect(parts[0]?.sheets[0]?.position).toBe(2);
    expect(parts.slice(1).every((p) => p.sheetOps === undefined)).toBe(true);
    expect(parts.slice(1).every((p) => p.sheets.every((s) => s.position === undefined))).toBe(true);
  });
});

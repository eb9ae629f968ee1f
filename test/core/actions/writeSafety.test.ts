import { performAction, type Shell } from "../../../src/core/actions/performAction";
import { planRecovery, recoveryRead } from "../../../src/core/actions/planRecovery";
import { preflight } from "../../../src/core/actions/preflight";
import { newRunId, withJournal } from "../../../src/core/actions/withJournal";
import type { Action } from "../../../src/core/actions/Action";
import { planMetaSheet, readMeta } from "../../../src/core/sheets/ikuMeta";
import type { Grid } from "../../../src/core/workbook/a1";
import type { WorkbookRead } from "../../../src/core/workbook/ReadSpec";
import type { SheetPlan, WorkbookPlan } from "../../../src/core/workbook/SheetPlan";

const sheetPlan = (name: string, mode: SheetPlan["mode"], values: unknown[][] = [["x"]]): SheetPlan => ({
  name,
  mode,
  cells: [{ address: "A1", values: values as SheetPlan["cells"][number]["values"] }],
  formats: [],
});

const META: Grid = [
  ["versi_template", 1],
  ["lembar", "Rehsos", "bidang:REHSOS", "{R}"],
  ["sidik", "LAKIP 2024", "fnv1a:lama"],
];

const read = (
  sheets: WorkbookRead["sheets"],
  meta: Grid | null = META,
  names: string[] = [],
): WorkbookRead => ({
  sheets,
  names,
  grids: meta === null ? {} : { IKU_Meta: { values: meta } },
});

describe("preflight: what would make the write fail, found before anything is written", () => {
  const before = read([
    { name: "Rehsos", id: "{R}", protected: true, passwordProtected: false },
    { name: "Rahasia", id: "{X}", protected: true, passwordProtected: true },
    { name: "LAKIP 2024", id: "{L}" },
    { name: "IKU_Meta", id: "{M}" },
  ]);

  it("accepts a plan the workbook can take", () => {
    const plan: WorkbookPlan = {
      sheetOps: [{ kind: "rename", sheet: "LAKIP 2024", to: "LAKIP 2024 (lama 1)" }],
      sheets: [
        sheetPlan("LAKIP 2024", "create"),
        sheetPlan("Rehsos", "update"),
        sheetPlan("IKU_Meta", "update"),
      ],
      names: [{ name: "IKU_TahunLaporan", sheet: "Rehsos", address: "$B$6" }],
      retire: ["LAKIP 2024 (lama 1)"],
    };
    expect(preflight(plan, before, { maxBatchBytes: 4_500_000 })).toEqual([]);
  });

  it("names every problem: a password, a name taken, a bad name, a missing sheet, a taken name, NaN, beyond the grid", () => {
    const plan: WorkbookPlan = {
      sheetOps: [{ kind: "rename", sheet: "Rehsos", to: "rehsos lama?" }],
      sheets: [
        sheetPlan("Rahasia", "update"),
        sheetPlan("LAKIP 2024", "create"),
        sheetPlan("Hilang", "update"),
        sheetPlan("Baru", "create", [[1, Number.NaN, Infinity]]),
        { ...sheetPlan("Besar", "create"), cells: [{ address: "A1048576", values: [["a"], ["b"]] }] },
      ],
      names: [{ name: "Ada", sheet: "Baru", address: "$A$1" }],
    };
    expect(preflight(plan, read(before.sheets, META, ["ada"]))).toEqual([
      { code: "sheetNameInvalid", sheet: "rehsos lama?" },
      { code: "sheetPasswordProtected", sheet: "Rahasia" },
      { code: "sheetExists", sheet: "LAKIP 2024" },
      { code: "sheetNotFound", sheet: "Hilang" },
      { code: "notFinite", sheet: "Baru", address: "B1" },
      { code: "notFinite", sheet: "Baru", address: "C1" },
      { code: "outsideGrid", sheet: "Besar", address: "A1048576" },
      { code: "nameExists", name: "Ada" },
    ]);
  });

  it("follows a rename: a sheet written under its new name is checked as the sheet it was", () => {
    const plan: WorkbookPlan = {
      sheetOps: [{ kind: "rename", sheet: "Rahasia", to: "Terbuka" }],
      sheets: [sheetPlan("Terbuka", "update")],
      names: [],
    };
    expect(preflight(plan, before)).toEqual([{ code: "sheetPasswordProtected", sheet: "Rahasia" }]);
  });

  it("says when a plan cannot be cut small enough for one request", () => {
    const plan: WorkbookPlan = {
      sheets: [{ ...sheetPlan("Baru", "create"), formats: [{ address: "A1", format: { bold: true } }] }],
      names: [],
    };
    expect(preflight(plan, before, { maxBatchBytes: 50 })).toEqual([{ code: "tooLarge" }]);
  });
});

describe("withJournal: IKU_Meta says a write is under way, then that it is complete", () => {
  const plan: WorkbookPlan = {
    sheets: [
      sheetPlan("LAKIP 2025", "create"),
      {
        name: "IKU_Meta",
        mode: "update",
        cells: [{ address: "A4:C4", values: [["sidik", "LAKIP 2025", "f"]] }],
        formats: [],
      },
    ],
    names: [],
  };

  it("writes the journal row first, with the run and the sheets it creates, and completes it last", () => {
    const journaled = withJournal(plan, META, "run-1");
    expect(journaled.sheets.map((s) => s.name)).toEqual(["LAKIP 2025"]);
    expect(journaled.begin?.cells).toEqual([
      { address: "A5", values: [["penulisan", "menulis", "run-1", "LAKIP 2025"]] },
      { address: "A4:C4", values: [["sidik", "LAKIP 2025", "f"]] },
    ]);
    expect(journaled.commit?.cells).toEqual([
      { address: "A5", values: [["penulisan", "selesai", "run-1", ""]] },
    ]);
  });

  it("keeps the journal row where it is, so IKU_Meta does not grow with each run", () => {
    const withRow: Grid = [...META, ["penulisan", "selesai", "run-0"]];
    expect(readMeta(withRow).journal).toEqual({ row: 4, status: "selesai", runId: "run-0", sheets: [] });
    const journaled = withJournal({ ...plan, sheets: [plan.sheets[1]!] }, withRow, "run-2");
    // Row 4 is written by the plan itself here: the journal goes after it.
    expect(journaled.commit?.cells[0]?.address).toBe("A5");
    const kept = withJournal(
      {
        sheets: [{ ...plan.sheets[1]!, cells: [{ address: "A2:C2", values: [["lembar", "X", "y"]] }] }],
        names: [],
      },
      withRow,
      "run-3",
    );
    expect(kept.commit?.cells[0]?.address).toBe("A4");
  });

  it("leaves a template rewrite's journal row out of the rows it keeps", () => {
    const meta = readMeta([...META, ["penulisan", "menulis", "run-0", "Rehsos"]]);
    const rewrite = planMetaSheet({ mode: "update", previous: meta, sheets: [], previousRows: 4 });
    const written = rewrite.cells[0]?.values.map((r) => r[0]);
    expect(written).toEqual(["versi_template", "sidik"]);
  });

  it("leaves a plan that does not touch IKU_Meta as it is, and makes distinct run ids", () => {
    const plain: WorkbookPlan = { sheets: [sheetPlan("X", "update")], names: [] };
    expect(withJournal(plain, META, "r")).toBe(plain);
    expect(newRunId(1, () => 0.5)).not.toBe(newRunId(1, () => 0.25));
  });
});

describe("planRecovery: after a failed write, undo what began or finish what completed", () => {
  const before = read([
    { name: "Rehsos", id: "{R}", protected: true },
    { name: "LAKIP 2024", id: "{L}" },
    { name: "IKU_Meta", id: "{M}" },
  ]);
  const plan = withJournal(
    {
      sheetOps: [{ kind: "rename", sheet: "LAKIP 2024", to: "LAKIP 2024 (lama 1)" }],
      sheets: [
        sheetPlan("LAKIP 2024", "create"),
        { ...sheetPlan("Rehsos", "update"), protect: true },
        {
          name: "IKU_Meta",
          mode: "update",
          cells: [{ address: "A3:C3", values: [["sidik", "LAKIP 2024", "baru"]] }],
          formats: [],
        },
      ],
      names: [{ name: "IKU_Baru", sheet: "LAKIP 2024", address: "$A$1" }],
      retire: ["LAKIP 2024 (lama 1)"],
      select: { sheet: "LAKIP 2024", address: "A1" },
    },
    META,
    "run-1",
  );
  const journal = (status: string): Grid => [
    ["versi_template", 1],
    ["lembar", "Rehsos", "bidang:REHSOS", "{R}"],
    ["sidik", "LAKIP 2024", "baru"],
    ["penulisan", status, "run-1", status === "menulis" ? "LAKIP 2024" : ""],
  ];

  it("reads the sheets, the names and IKU_Meta, in one round trip", () => {
    expect(recoveryRead()).toEqual({
      sheetList: true,
      names: true,
      sheets: [{ sheet: "IKU_Meta", load: "values" }],
    });
  });

  it("never begun: protects again what was unprotected first, nothing else", () => {
    const now = read(
      [
        { name: "Rehsos", id: "{R}", protected: false },
        { name: "LAKIP 2024", id: "{L}" },
        { name: "IKU_Meta", id: "{M}" },
      ],
      META,
    );
    const r = planRecovery(before, plan, now, "run-1");
    expect(r.status).toBe("nothingWritten");
    expect(r.plan?.sheets).toEqual([
      { name: "Rehsos", mode: "update", cells: [], formats: [], protect: true },
    ]);
  });

  it("begun: deletes what it created (a sheet the user added meanwhile stays), renames back, restores IKU_Meta", () => {
    const now = read(
      [
        { name: "Rehsos", id: "{R}", protected: false },
        { name: "LAKIP 2024 (lama 1)", id: "{L}" },
        { name: "IKU_Meta", id: "{M}" },
        { name: "LAKIP 2024", id: "{N}" },
        { name: "Catatan", id: "{U}" },
      ],
      journal("menulis"),
      ["IKU_Baru"],
    );
    const r = planRecovery(before, plan, now, "run-1");
    expect(r.status).toBe("rolledBack");
    expect(r.plan?.removeNames).toEqual(["IKU_Baru"]);
    expect(r.plan?.sheetOps).toEqual([
      { kind: "delete", sheet: "LAKIP 2024" },
      { kind: "rename", sheet: "LAKIP 2024 (lama 1)", to: "LAKIP 2024" },
    ]);
    const meta = r.plan?.sheets.find((s) => s.name === "IKU_Meta");
    // The record's row and the journal row, back as they were: only the cells the write wrote.
    expect(meta?.cells[0]?.values.slice(2, 4)).toEqual([
      ["sidik", "LAKIP 2024", "fnv1a:lama", null],
      ["", "", "", ""],
    ]);
    expect(r.partial).toEqual(["Rehsos"]);
  });

  it("completed: retires the old report and selects, protects what is left unprotected, with a fallback that says so", () => {
    const now = read(
      [
        { name: "Rehsos", id: "{R}", protected: false },
        { name: "LAKIP 2024 (lama 1)", id: "{L}" },
        { name: "IKU_Meta", id: "{M}" },
        { name: "LAKIP 2024", id: "{N}" },
      ],
      journal("selesai"),
    );
    const r = planRecovery(before, plan, now, "run-1");
    expect(r.status).toBe("completed");
    expect(r.plan).toMatchObject({
      retire: ["LAKIP 2024 (lama 1)"],
      select: { sheet: "LAKIP 2024", address: "A1" },
    });
    expect(r.plan?.sheets.map((s) => [s.name, s.protect])).toEqual([["Rehsos", true]]);
    expect(r.fallback?.notices).toEqual([{ code: "protectionNotRestored", sheets: ["Rehsos"] }]);
  });
});

describe("performAction: a failure is an outcome, never a throw", () => {
  const action: Action<Record<string, never>, string> = {
    reads: [() => ({ sheetList: true })],
    decide: () => ({ plan: { sheets: [sheetPlan("Baru", "create")], names: [] }, report: "rencana" }),
  };
  const sheets = [{ name: "Sheet1", id: "{1}" }];

  it("a read that fails: failed at membaca, classified by the shell, nothing to recover", async () => {
    const cause = new Error("putus");
    const outcome = await performAction(
      action,
      {},
      {
        read: () => Promise.reject(cause),
        write: () => Promise.resolve(),
        classify: () => "connection",
      },
    );
    expect(outcome).toEqual({
      status: "failed",
      report: null,
      failure: { code: "connection", step: "membaca", cause },
      recovery: null,
    });
  });

  it("a write that fails: one more read, then the recovery's plan, and the outcome says what became of it", async () => {
    const calls: string[] = [];
    let reads = 0;
    let writes = 0;
    const shell: Shell = {
      read: () => {
        calls.push("read");
        reads++;
        // After the failure the new sheet is there, and IKU_Meta was never begun (no journal).
        return Promise.resolve({
          sheets: reads === 1 ? sheets : [...sheets, { name: "Baru", id: "{2}" }],
          names: [],
          grids: {},
        });
      },
      write: (plan) => {
        calls.push(plan.sheetOps?.length ? `write ${JSON.stringify(plan.sheetOps)}` : "write");
        writes++;
        return writes === 1 ? Promise.reject(new Error("gagal")) : Promise.resolve();
      },
      onStep: (step) => calls.push(step),
    };
    const outcome = await performAction(action, {}, shell, { runId: "r" });
    expect(calls).toEqual([
      "membaca",
      "read",
      "menghitung",
      "menulis",
      "write",
      "memulihkan",
      "read",
      'write [{"kind":"delete","sheet":"Baru"}]',
    ]);
    expect(outcome).toMatchObject({
      status: "failed",
      report: "rencana",
      failure: { code: "unexpected", step: "menulis" },
      recovery: { status: "rolledBack", partial: [] },
    });
  });
});

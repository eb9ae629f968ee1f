/*
 * Fault injection: every action, every sync of it failing, with each error code Excel
 * can give and at several points of its batch, and what the workbook is afterwards.
 *
 * The promise under test (issue 14): the workbook afterwards equals the workbook before,
 * apart from what the pane reports as done. Concretely, by outcome:
 * - failed, nothing written or rolled back: every sheet (its full snapshot: formats,
 *   protection, validation, charts, layout), every cell's value and formula, the names
 *   and the active sheet as before; a sheet the outcome names as partly updated (the
 *   add-in's own, updated in place) keeps every input staff typed;
 * - done (the failure came after the commit, or Excel's answer was lost): the workbook
 *   equals the one a run without the fault gives;
 * and running the action again without the fault always gives that same workbook: a
 * retry is safe.
 */
import type { NameSnapshot, SheetSnapshot, Workbook } from "@iku-lakip/excel-host";
import type { ActionOutcome, WriteNotice } from "../../../src/core/actions/ActionOutcome";
import { columnIndex } from "../../../src/core/workbook/a1";
import { BIDANG, SHEET } from "../../../src/core/workbook/workbookLayout";

/** The error codes the add-in can meet in a batch (office.js's, plus a lost connection). */
export const CODES = [
  "AccessDenied",
  "InvalidArgument",
  "ItemNotFound",
  "ItemAlreadyExists",
  "RequestPayloadSizeLimitExceeded",
  "GeneralException",
  "InvalidOperationInCellEditMode",
  "ConnectionFailure",
] as const;

/** What the add-in's classification makes of each code thrown by a whole sync. */
export const EXPECTED_FAILURE: Readonly<Record<(typeof CODES)[number], string>> = {
  AccessDenied: "accessDenied",
  InvalidArgument: "unexpected",
  ItemNotFound: "changedMeanwhile",
  ItemAlreadyExists: "changedMeanwhile",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  GeneralException: "general",
  InvalidOperationInCellEditMode: "cellEditMode",
  ConnectionFailure: "connection",
};

interface SheetState {
  readonly name: string;
  readonly sheet: SheetSnapshot;
  readonly address: string;
  readonly values: unknown[][];
  readonly formulas: unknown[][];
}

export interface WorkbookState {
  readonly sheets: readonly SheetState[];
  readonly names: readonly NameSnapshot[];
  readonly active: string;
}

/**
 * Everything the host stores about a workbook, as plain data. Worksheet ids, which the
 * host numbers across workbooks, are written as the sheet holding them ("id:Rehsos"),
 * in the snapshots and where IKU_Meta records them, so two workbooks built alike compare
 * alike.
 */
export function workbookState(wb: Workbook): WorkbookState {
  const ids = new Map(wb.sheetNames().map((name) => [wb.sheet(name).id, `id:${name}`]));
  const named = (v: unknown) => (typeof v === "string" ? (ids.get(v) ?? v) : v);
  return {
    sheets: wb.sheetNames().map((name) => {
      const { address, values, formulas } = wb.read(name);
      return {
        name,
        // Conditional formats are numbered as they are added: their order is what counts.
        sheet: {
          ...wb.sheet(name),
          id: named(wb.sheet(name).id) as string,
          conditionalFormats: wb.sheet(name).conditionalFormats.map((cf) => ({ ...cf, id: "" })),
        },
        address,
        values: values.map((r) => r.map(named)),
        formulas: formulas.map((r) => r.map(named)),
      };
    }),
    names: wb.names(),
    active: wb.activeSheetName(),
  };
}

const INPUT_COLS = (
  [
    "targetRenstra",
    "targetPK",
    "pembilang",
    "penyebut",
    "pendukung",
    "penghambat",
    "solusi",
    "keterangan",
  ] as const
).map((k) => columnIndex(BIDANG.columns[k].col));

/**
 * What staff typed on a sheet, by what identifies it rather than by where it is (a row
 * may move): Bidang rows by Kode and Tahun with their input cells, Pengaturan's values,
 * Katalog IKU's data rows. The add-in's own sheets (Petunjuk, IKU_Meta) hold none.
 */
function inputsOf(state: SheetState): string[] {
  const v = state.values;
  if (state.name === SHEET.pengaturan) return v.map((r) => JSON.stringify(r.slice(0, 2)));
  if (state.name === SHEET.katalog) return v.slice(4).map((r) => JSON.stringify(r));
  if (state.name === SHEET.petunjuk || state.name === SHEET.meta) return [];
  return v
    .slice(BIDANG.firstDataRow - 1)
    .filter((r) => r[0] !== "" && INPUT_COLS.some((c) => r[c] !== "" && r[c] !== null && r[c] !== undefined))
    .map((r) => JSON.stringify([r[0], r[3], ...INPUT_COLS.map((c) => r[c] ?? "")]))
    .sort();
}

/** The sheets an outcome says may be partly updated. */
export function partialOf(outcome: ActionOutcome<unknown>): readonly string[] {
  return outcome.status === "failed" ? (outcome.recovery?.partial ?? []) : [];
}

/**
 * `after` as `before`, but for the sheets named partly updated: those have every value
 * and formula back (their inputs above all), and may keep some of the add-in's new
 * formats, protection settings and layout.
 */
export function expectSameApartFrom(
  after: WorkbookState,
  before: WorkbookState,
  partial: readonly string[],
  label: string,
): void {
  const lower = new Set(partial.map((p) => p.toLowerCase()));
  const strip = (s: WorkbookState) => ({
    ...s,
    sheets: s.sheets.map(({ sheet, ...contents }) =>
      lower.has(contents.name.toLowerCase()) ? contents : { ...contents, sheet },
    ),
  });
  try {
    expect(strip(after)).toEqual(strip(before));
    for (const name of partial) {
      const was = before.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      const is = after.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      expect(is).toBeDefined();
      if (was && is) expect(inputsOf(is)).toEqual(expect.arrayContaining(inputsOf(was)));
    }
  } catch (error) {
    throw new Error(`${label}\n${error instanceof Error ? error.message : String(error)}`);
  }
}

export function expectState(after: WorkbookState, expected: WorkbookState, label: string): void {
  try {
    expect(after).toEqual(expected);
  } catch (error) {
    throw new Error(`${label}\n${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Where in a write batch of `ops` operations to fail. Every code fails half-way (what
 * becomes of the workbook does not depend on the code, only its message does);
 * GeneralException also at the edges and quarters, or every twentieth of the batch when
 * `dense`; a lost connection also after the whole batch was applied (the answer lost).
 */
export function failurePoints(code: string, ops: number, dense: boolean): number[] {
  const half = Math.floor(ops / 2);
  const points =
    code === "GeneralException"
      ? dense
        ? Array.from({ length: 21 }, (_, i) => Math.min(ops - 1, Math.round((i * ops) / 20)))
        : [0, 1, Math.floor(ops / 4), half, Math.floor((3 * ops) / 4), ops - 1]
      : code === "ConnectionFailure"
        ? [half, Infinity]
        : [half];
  return [...new Set(points.filter((p) => p >= 0))];
}

/** The state with the protection of the sheets a notice names left out: what the pane reported. */
export function withoutProtection(state: WorkbookState, notices: readonly WriteNotice[]): WorkbookState {
  const named = new Set(
    notices.flatMap((n) => (n.code === "protectionNotRestored" ? n.sheets : [])).map((n) => n.toLowerCase()),
  );
  if (named.size === 0) return state;
  return {
    ...state,
    sheets: state.sheets.map((s) =>
      named.has(s.name.toLowerCase())
        ? { ...s, sheet: { ...s.sheet, protection: { protected: false, options: {}, hasPassword: false } } }
        : s,
    ),
  };
}

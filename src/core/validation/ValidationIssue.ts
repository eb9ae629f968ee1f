import { parseRange } from "../workbook/a1";

/**
 * One problem found in the workbook, for the task pane to list and to select.
 *
 * `code` is stable (tests, the task pane and telemetry key on it); `message` is the
 * Indonesian sentence staff read, naming what to fix. `address` is a cell of `sheet`
 * in A1 form, or "" when the problem is the sheet itself (missing, renamed).
 */
export type Severity = "galat" | "peringatan";

export interface ValidationIssue {
  readonly code: string;
  /** `galat` blocks the LAKIP report; `peringatan` is shown but does not. */
  readonly severity: Severity;
  readonly sheet: string;
  readonly address: string;
  readonly message: string;
  /** The facts in the message (kode, tahun, the value read), for a UI that formats its own text. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * Issues in reading order: sheets in tab order (sheets not in the workbook last, by
 * name), sheet-level issues first, then top to bottom and left to right.
 */
export function sortIssues(
  issues: readonly ValidationIssue[],
  sheetOrder: readonly string[],
): ValidationIssue[] {
  const order = new Map(sheetOrder.map((name, i) => [name.toLowerCase(), i]));
  const rank = (sheet: string) => order.get(sheet.toLowerCase()) ?? sheetOrder.length;
  return [...issues].sort((a, b) => {
    const bySheet = rank(a.sheet) - rank(b.sheet) || (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0);
    if (bySheet !== 0) return bySheet;
    const [ar, ac] = addressKey(a.address);
    const [br, bc] = addressKey(b.address);
    return ar - br || ac - bc;
  });
}

/** [row, column] of a single cell; a sheet-level issue ("") comes before every cell. */
function addressKey(address: string): [number, number] {
  const cell = /^[A-Z]+\d+$/.test(address) ? parseRange(address) : null;
  return cell ? [cell.row, cell.col] : [-1, -1];
}

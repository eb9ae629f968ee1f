/**
 * Every change an action makes to a workbook, as plain data.
 *
 * The core computes plans (the IKU template, the LAKIP sheet); `src/excel/applyWorkbookPlan.ts`
 * turns them into Excel API calls in one batch, and another shell (an .xlsx file) can
 * apply the same data. Keeping the plan as data lets the core be tested without Excel
 * and lets the shell stay a thin translator. A plan says everything: sheets deleted or
 * renamed (`sheetOps`), created, moved (`position`, `order`), hidden (`visibility`) or
 * written, names added, the cell selected at the end.
 *
 * Addresses are A1 ranges local to the sheet ("A5:N5"); numbers are numbers; a string
 * starting with "=" in `cells` is a formula in en-US syntax (English names, commas).
 * Colours are "#RRGGBB"; widths and heights are in points; number formats are en-US codes.
 */

/**
 * A cell to write. `null` leaves the cell as it is (Excel's own rule for 2-D arrays), so a
 * block can restore formulas around input cells without touching what users typed.
 * A string starting with an apostrophe is stored as the text after it (Excel's text
 * prefix): see `textCell`.
 */
export type CellInput = string | number | boolean | null;

/** What `SheetPlan.clear` removes: values and formulas, formats (and validation), or both. */
export type ClearTarget = "contents" | "formats" | "all";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

type HorizontalAlignment = "Left" | "Center" | "Right";
type VerticalAlignment = "Top" | "Center" | "Bottom";

export interface CellFormat {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: VerticalAlignment;
  readonly wrap?: boolean;
  readonly numberFormat?: string;
  /** Cell protection; takes effect only on a protected sheet. */
  readonly locked?: boolean;
  /** Thin borders on every edge of every cell of the range. */
  readonly border?: boolean;
}

type ValidationRule =
  | { readonly kind: "decimal"; readonly min: number }
  | { readonly kind: "wholeNumber"; readonly min: number; readonly max?: number }
  /** `source` is a comma-separated list or a reference such as "=$A$1:$A$5". */
  | { readonly kind: "list"; readonly source: string };

export interface SheetValidation {
  readonly address: string;
  readonly rule: ValidationRule;
  readonly prompt?: { readonly title: string; readonly message: string };
  readonly error?: { readonly title: string; readonly message: string };
}

/** Colour cells whose text equals `text` (predikat bands). */
export interface TextHighlight {
  readonly address: string;
  readonly text: string;
  readonly fill: string;
  readonly fontColor?: string;
}

export interface SheetChart {
  readonly type: "ColumnClustered" | "BarClustered" | "Line";
  /** The data, headers included. */
  readonly source: string;
  readonly title: string;
  /** Where the chart sits: a range it covers. */
  readonly placeAt: string;
}

export interface PrintSetup {
  readonly orientation: "Landscape" | "Portrait";
  readonly fitToWidth: boolean;
  /** Rows repeated on every printed page, e.g. "$4:$4". */
  readonly titleRows?: string;
  readonly paper?: "A4";
}

export interface SheetPlan {
  readonly name: string;
  /**
   * The tab's 0-based place, set right after the sheet is created or found: a
   * regenerated report takes the place of the one it replaces.
   */
  readonly position?: number;
  /**
   * `create`: the sheet does not exist and is added; `update`: it exists and only the
   * listed cells are written (everything else, such as what users typed, is untouched);
   * `replace`: it exists and is cleared first (a regenerated report).
   */
  readonly mode: "create" | "update" | "replace";
  /**
   * Ranges emptied of what the sheet no longer uses, e.g. rows a table no longer reaches.
   * One the sheet writes into again (a version upgrade moving a table partly over its
   * old place) is cleared before the sheet's writes; the others after every sheet's
   * cells are written (`heldBackClears`, `WorkbookPlan`). `formats` and `all` also
   * remove data validation and conditional formats there.
   */
  readonly clear?: readonly { readonly address: string; readonly applyTo: ClearTarget }[];
  readonly tabColor?: string;
  readonly visibility?: SheetVisibility;
  /** Cell blocks to write; each block is a rectangle starting at `address`'s top-left. */
  readonly cells: readonly { readonly address: string; readonly values: readonly (readonly CellInput[])[] }[];
  readonly formats: readonly { readonly address: string; readonly format: CellFormat }[];
  readonly merges?: readonly string[];
  readonly columnWidths?: readonly { readonly column: string; readonly width: number }[];
  readonly rowHeights?: readonly { readonly address: string; readonly height: number }[];
  readonly validations?: readonly SheetValidation[];
  readonly highlights?: readonly TextHighlight[];
  readonly charts?: readonly SheetChart[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly print?: PrintSetup;
  /** Locks formula cells; no password, so nobody is ever locked out of their own workbook. */
  readonly protect?: boolean;
}

/** A workbook-level named range, e.g. IKU_TahunLaporan → Pengaturan!$B$6. */
export interface NamedRangePlan {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly comment?: string;
  /**
   * The name already exists in the workbook (the planner read the names), so it is
   * re-pointed rather than added: Excel refuses to add a name twice, and the shell must
   * not need a round trip to find out.
   */
  readonly exists?: boolean;
}

/**
 * A change to the list of sheets, made before any sheet is written, in order: a report's
 * name is freed for its new version by renaming the old one out of the way (and
 * `retire`-ing it at the end), a sheet is given back its name. Names are spelled as in
 * the workbook when the operation runs.
 */
export type SheetOperation =
  | { readonly kind: "delete"; readonly sheet: string }
  | { readonly kind: "rename"; readonly sheet: string; readonly to: string };

/**
 * Every change of one action, applied by a shell in this order (`src/excel/applyWorkbookPlan.ts`
 * for Excel; a file shell follows the same), so that what can fail comes first and a
 * failure part-way leaves something `planRecovery` can undo:
 *
 * 0. `removeNames`;
 * 1. every protected sheet the plan writes is unprotected (a password makes this fail
 *    first, before anything changed);
 * 2. `begin`: the journal, IKU_Meta saying a write is under way (see `withJournal`);
 * 3. `sheetOps`, in order;
 * 4. `sheets`, in order: created or found, placed, cleared (`replace`, and the `clear`
 *    ranges the sheet then writes into), written, formatted; its other `clear` ranges
 *    are held back to step 5 (`heldBackClears`);
 * 5. the held-back `clear` ranges of every sheet: rows that move (within a sheet or to
 *    another) are written at their new place before their old place is emptied, so a
 *    failure in between never loses what was typed;
 * 6. `names`, then `order`;
 * 7. `commit`: the journal says the write is complete;
 * 8. sheets with `protect`, and every sheet unprotected in step 1, are protected
 *    (protect() has failed on some Excel builds: after the commit, such a failure leaves
 *    a complete write whose sheets are unprotected, which the shell reports);
 * 9. `retire`: sheets deleted now that their replacement is written and recorded;
 * 10. `select`.
 */
export interface WorkbookPlan {
  readonly sheetOps?: readonly SheetOperation[];
  /** Written before anything else (after unprotecting): the journal's "under way" record. */
  readonly begin?: SheetPlan;
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamedRangePlan[];
  /** Workbook-level names removed first (a recovery removing the names a failed write added). */
  readonly removeNames?: readonly string[];
  /** Sheet order after the plan is applied; sheets not listed keep their place after these. */
  readonly order?: readonly string[];
  /** Written after everything else: the journal's "complete" record. */
  readonly commit?: SheetPlan;
  /** Sheets deleted last, once the write is complete (an old report renamed out of the way). */
  readonly retire?: readonly string[];
  /** A cell to select when done, e.g. the first issue or the report's title. */
  readonly select?: { readonly sheet: string; readonly address: string };
}

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
   * Ranges cleared before the cells are written, e.g. rows a table no longer uses.
   * `formats` and `all` also remove data validation and conditional formats there.
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
 * A change to the list of sheets, made before any sheet is written: a report's name is
 * freed for its new version by deleting the old one or renaming it out of the way.
 * Names are spelled as in the workbook.
 */
export type SheetOperation =
  | { readonly kind: "delete"; readonly sheet: string }
  | { readonly kind: "rename"; readonly sheet: string; readonly to: string };

export interface WorkbookPlan {
  /** Applied first, in order. */
  readonly sheetOps?: readonly SheetOperation[];
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamedRangePlan[];
  /** Sheet order after the plan is applied; sheets not listed keep their place after these. */
  readonly order?: readonly string[];
  /** A cell to select when done, e.g. the first issue or the report's title. */
  readonly select?: { readonly sheet: string; readonly address: string };
}

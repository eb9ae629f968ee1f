/*
 * Every change to what a worksheet holds goes through here, and so through the one
 * protection check. A proxy says what it changes (contents, a format, a column width, a
 * validation, a chart); the editor knows what protection allows that, checks it, makes
 * the change and notes it for the change listeners.
 *
 * Excel refuses API edits of locked cells on a protected sheet (AccessDenied), and
 * other edits unless the protection allows them: formatting cells needs
 * allowFormatCells, widths allowFormatColumns, heights allowFormatRows, validation and
 * charts allowEditObjects. Unlocked cells stay editable. Sheet-level settings (name,
 * position, visibility, tab colour, panes, page layout) are not the sheet protection's
 * business, as in Excel, and do not come here.
 */
import {
  cellCount,
  formatAddress,
  rectContains,
  rectIntersection,
  rectSubtract,
  type Rect,
} from "../address";
import { accessDenied, invalidArgument } from "../errors";
import type { CellContents } from "./CellContents";
import type { CellFormat } from "./FormatTable";
import {
  SheetModel,
  type ChartModel,
  type ConditionalFormatModel,
  type DataValidationModel,
} from "./SheetModel";
import type { WorkbookEvents } from "./WorkbookEvents";

/** What a protected sheet must allow for a change: unlocked cells, or a protection option. */
type Permission =
  "unlockedCells" | "allowFormatCells" | "allowFormatColumns" | "allowFormatRows" | "allowEditObjects";

/** The words of the AccessDenied message, per option. */
const KIND: Record<Exclude<Permission, "unlockedCells">, string> = {
  allowFormatCells: "format",
  allowFormatColumns: "columns",
  allowFormatRows: "rows",
  allowEditObjects: "object",
};

/** Above this many cells, only the used part of a range (and one cell beyond) is inspected. */
const SAMPLE_LIMIT = 200_000;

export class SheetEditor {
  constructor(
    readonly sheet: SheetModel,
    private readonly contents: CellContents,
    private readonly events: WorkbookEvents,
    /** A direct write that ignores protection (`write(..., { force: true })`). */
    private readonly force = false,
  ) {}

  // ---- contents: locked cells refuse ------------------------------------------------

  setContents(rect: Rect, input: unknown, what: string): void {
    this.change(rect, "unlockedCells", () => this.contents.write(this.sheet, rect, input, what));
  }

  clearContents(rect: Rect): void {
    this.change(rect, "unlockedCells", () => this.contents.clear(this.sheet, rect));
  }

  /** Merges the range (or each of its rows with `across`); only the top-left value is kept. */
  merge(rect: Rect, across: boolean): void {
    this.change(rect, "unlockedCells", () => {
      const areas: Rect[] = across
        ? Array.from({ length: rect.rowCount }, (_, i) => ({ ...rect, row: rect.row + i, rowCount: 1 }))
        : [rect];
      const sheet = this.sheet;
      sheet.merges = sheet.merges.filter((m) => !rectIntersection(m, rect));
      for (const area of areas) {
        if (cellCount(area) < 2) continue;
        const rest = rectSubtract(area, { row: area.row, column: area.column, rowCount: 1, columnCount: 1 });
        for (const part of rest) this.contents.clear(sheet, part);
        sheet.merges.push(area);
      }
    });
  }

  unmerge(rect: Rect): void {
    this.change(rect, "unlockedCells", () => {
      this.sheet.merges = this.sheet.merges.filter((m) => !rectIntersection(m, rect));
    });
  }

  // ---- cell formats: allowFormatCells -----------------------------------------------

  /**
   * Changes cell formats within `rect`: `apply` patches them (SheetModel.applyFormat),
   * after the check, so a refused edit reports AccessDenied before any bad value.
   */
  formatCells(rect: Rect, apply: (sheet: SheetModel) => void): void {
    this.change(rect, "allowFormatCells", () => apply(this.sheet));
  }

  /**
   * Sets number formats: `input` is one format for every cell or a 2-D array of the
   * range's shape, whose null entries leave a cell's format alone.
   */
  setNumberFormats(rect: Rect, input: unknown): void {
    this.change(rect, "allowFormatCells", () => {
      const matrix = this.contents.shapeInput(rect, input, "numberFormat");
      const formatOf = (v: unknown): string => {
        if (typeof v !== "string") throw invalidArgument(`A number format must be text; got ${String(v)}.`);
        return v;
      };
      if (!matrix) {
        this.sheet.applyFormat(rect, { numberFormat: formatOf(input) });
        return;
      }
      // One patch object per distinct format: the sheet interns each object once.
      const keep: CellFormat = {};
      const patches = new Map<string, CellFormat>();
      this.sheet.applyFormat(rect, (r, c) => {
        const v = matrix[r]?.[c];
        if (v === null || v === undefined) return keep;
        const numberFormat = formatOf(v);
        let patch = patches.get(numberFormat);
        if (patch === undefined) {
          patch = { numberFormat };
          patches.set(numberFormat, patch);
        }
        return patch;
      });
    });
  }

  /** What `clear("Formats")` does: formats, merges inside the range, wholly covered conditional formats. */
  clearFormats(rect: Rect): void {
    this.change(rect, "allowFormatCells", () => {
      this.sheet.clearFormats(rect);
      this.sheet.merges = this.sheet.merges.filter((m) => !rectContains(rect, m));
    });
  }

  /** Adds a conditional format over `rect` at the top priority; `typeOf` checks its type. */
  addConditionalFormat(rect: Rect, typeOf: () => string): ConditionalFormatModel {
    return this.change(rect, "allowFormatCells", () => {
      const cf: ConditionalFormatModel = {
        id: this.sheet.nextObjectId("cf"),
        type: typeOf(),
        rect,
        priority: 0,
        rule: {},
        format: {},
      };
      this.sheet.conditionalFormats.unshift(cf);
      this.sheet.reprioritise();
      return cf;
    });
  }

  changeConditionalFormat(cf: ConditionalFormatModel, change: (cf: ConditionalFormatModel) => void): void {
    this.change(cf.rect, "allowFormatCells", () => change(cf));
  }

  /** Removes every conditional format touching `rect`. */
  clearConditionalFormats(rect: Rect): void {
    this.change(rect, "allowFormatCells", () => {
      this.sheet.conditionalFormats = this.sheet.conditionalFormats.filter(
        (cf) => !rectIntersection(cf.rect, rect),
      );
      this.sheet.reprioritise();
    });
  }

  // ---- widths and heights: allowFormatColumns / allowFormatRows ----------------------

  /** Sets the width (points) of each column of `rect`; undefined leaves a column as it is. */
  setColumnWidths(rect: Rect, widthOf: (column: number) => number | undefined): void {
    this.change(rect, "allowFormatColumns", () => {
      for (const c of SheetModel.columnsOf(rect)) {
        const width = widthOf(c);
        if (width !== undefined) this.sheet.columnWidths.set(c, width);
      }
    });
  }

  /** Sets the height (points) of each row of `rect`, computed after the check. */
  setRowHeights(rect: Rect, heightOf: () => number): void {
    this.change(rect, "allowFormatRows", () => {
      const height = heightOf();
      for (const r of SheetModel.rowsOf(rect)) this.sheet.rowHeights.set(r, height);
    });
  }

  // ---- objects: allowEditObjects -----------------------------------------------------

  /**
   * Changes the data validation of exactly `rect` (SheetModel.validationFor): `check`
   * validates the new value first, so a refused value leaves no empty entry behind.
   */
  changeValidation<C>(
    rect: Rect,
    check: () => C,
    apply: (validation: DataValidationModel, checked: C) => void,
  ): void {
    this.change(rect, "allowEditObjects", () => {
      const checked = check();
      apply(this.sheet.validationFor(rect), checked);
    });
  }

  clearValidation(rect: Rect): void {
    this.change(rect, "allowEditObjects", () => this.sheet.removeValidation(rect));
  }

  /** Adds the chart `make` builds (after the check: building it checks the arguments). */
  addChart(make: () => ChartModel): ChartModel {
    return this.change(CHART_ANCHOR, "allowEditObjects", () => {
      const chart = make();
      this.sheet.charts.push(chart);
      return chart;
    });
  }

  changeChart(chart: ChartModel, change: (chart: ChartModel) => void): void {
    this.change(CHART_ANCHOR, "allowEditObjects", () => change(chart));
  }

  // ---- the check ---------------------------------------------------------------------

  /** The one gate: the protection check, the change, the note for listeners. */
  private change<T>(rect: Rect, permission: Permission, apply: () => T): T {
    if (!this.force) this.check(rect, permission);
    const result = apply();
    this.events.touch(this.sheet);
    return result;
  }

  private check(rect: Rect, permission: Permission): void {
    const { sheet } = this;
    const p = sheet.protection;
    if (!p.protected) return;
    if (permission !== "unlockedCells") {
      if (p.options[permission] === true) return;
      throw accessDenied(
        `The sheet "${sheet.name}" is protected; ${KIND[permission]} changes are not allowed.`,
      );
    }
    const used = cellCount(rect) > SAMPLE_LIMIT ? this.contents.usedRect(sheet, false) : null;
    for (const [r, c] of sheet.sampleCells(rect, used)) {
      if (sheet.rawFormat(r, c).locked !== false) {
        throw accessDenied(
          `The cell ${formatAddress(sheet.name, { row: r, column: c, rowCount: 1, columnCount: 1 })} is locked on a protected sheet.`,
        );
      }
    }
  }
}

/** Charts float over the sheet: their protection check looks at A1, as adding one always did. */
const CHART_ANCHOR: Rect = { row: 0, column: 0, rowCount: 1, columnCount: 1 };

/*
 * Excel.Range: a rectangle on a sheet, resolved at sync.
 *
 * Contents go through WorkbookModel.setContents (shape checks, formula parsing,
 * protection); formats through SheetModel. Relative navigation (getCell,
 * getOffsetRange, getResizedRange...) builds a new proxy whose resolver starts from
 * this range's resolved rectangle, so bounds errors surface at sync, as in Excel.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  cellCount,
  formatAddress,
  isEntireColumn,
  isEntireRow,
  rectIntersection,
  type Rect,
} from "../address";
import { ClientObject } from "./ClientObject";
import { ConditionalFormatCollectionProxy } from "./ConditionalFormatProxy";
import { DataValidationProxy } from "./DataValidationProxy";
import { invalidArgument } from "../errors";
import { RangeFormatProxy } from "./RangeFormatProxy";
import type { SyncState } from "../RequestContext";
import type { SheetModel } from "../model/SheetModel";
import { ClearApplyTo } from "../enums";
import { expectInteger, expectOneOf } from "../values";

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

function checkedRect(row: number, column: number, rowCount: number, columnCount: number): Rect {
  if (
    row < 0 ||
    column < 0 ||
    rowCount < 1 ||
    columnCount < 1 ||
    row + rowCount > MAX_ROWS ||
    column + columnCount > MAX_COLUMNS
  ) {
    throw invalidArgument("The range would extend beyond the worksheet.");
  }
  return { row, column, rowCount, columnCount };
}

export class RangeProxy extends ClientObject<RangeTarget> {
  protected readonly _typeName = "Range";
  protected readonly _scalarProperties = [
    "address",
    "cellCount",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "values",
    "formulas",
    "numberFormat",
    "text",
    "valueTypes",
    "isEntireColumn",
    "isEntireRow",
  ] as const;

  protected override _isAlive(target: RangeTarget, state: SyncState): boolean {
    return state.model.isAlive(target.sheet);
  }

  protected _read({ sheet, rect }: RangeTarget, name: string, state: SyncState): unknown {
    const contents = state.model.contents;
    switch (name) {
      case "address":
        return formatAddress(sheet.name, rect);
      case "cellCount":
        return cellCount(rect);
      case "rowCount":
        return rect.rowCount;
      case "columnCount":
        return rect.columnCount;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "values":
        return contents.grid(rect, (r, c) => contents.value(sheet, r, c));
      case "formulas":
        return contents.grid(rect, (r, c) => contents.formula(sheet, r, c));
      case "numberFormat":
        return contents.grid(rect, (r, c) => sheet.rawFormat(r, c).numberFormat ?? "General");
      case "text":
        return contents.grid(rect, (r, c) => contents.text(sheet, r, c));
      case "valueTypes":
        return contents.grid(rect, (r, c) => contents.valueType(sheet, r, c));
      case "isEntireColumn":
        return isEntireColumn(rect);
      case "isEntireRow":
        return isEntireRow(rect);
    }
    throw invalidArgument(`Range has no property "${name}".`);
  }

  // ---- scalar properties -------------------------------------------------------------

  get address(): string {
    return this._get("address");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  private setContents(name: string, value: unknown): void {
    this._set(name, value, ({ sheet, rect }, state) =>
      state.model.edit(sheet).setContents(rect, value, name),
    );
  }

  /** A 2-D array of the range's shape, or one value for every cell. */
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(value: unknown[][]) {
    this.setContents("values", value);
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(value: unknown[][]) {
    this.setContents("formulas", value);
  }

  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this._set("numberFormat", value, ({ sheet, rect }, state) =>
      state.model.edit(sheet).setNumberFormats(rect, value),
    );
  }

  // ---- navigation -------------------------------------------------------------------

  get format(): RangeFormatProxy {
    return this._nested("format", RangeFormatProxy);
  }
  get dataValidation(): DataValidationProxy {
    return this._nested("dataValidation", DataValidationProxy);
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this._nested("conditionalFormats", ConditionalFormatCollectionProxy);
  }

  // ---- derived ranges ---------------------------------------------------------------

  /** A range computed from this one at sync. */
  private derive(
    path: string,
    compute: (rect: Rect, target: RangeTarget, state: SyncState) => Rect | null,
    nullable = false,
  ): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._path}.${path}`,
      (state) => {
        const target = this._resolve(state);
        if (!target) return null;
        const rect = compute(target.rect, target, state);
        return rect ? { sheet: target.sheet, rect } : null;
      },
      nullable,
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive(`getCell(${row},${column})`, (r) => {
      expectInteger(row, "row");
      expectInteger(column, "column");
      return checkedRect(r.row + row, r.column + column, 1, 1);
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive(`getOffsetRange(${rowOffset},${columnOffset})`, (r) =>
      checkedRect(
        r.row + expectInteger(rowOffset, "rowOffset"),
        r.column + expectInteger(columnOffset, "columnOffset"),
        r.rowCount,
        r.columnCount,
      ),
    );
  }

  /** Grows or shrinks from the top-left corner. */
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive(`getResizedRange(${deltaRows},${deltaColumns})`, (r) =>
      checkedRect(
        r.row,
        r.column,
        r.rowCount + expectInteger(deltaRows, "deltaRows"),
        r.columnCount + expectInteger(deltaColumns, "deltaColumns"),
      ),
    );
  }

  getRow(row: number): RangeProxy {
    return this.derive(`getRow(${row})`, (r) => {
      expectInteger(row, "row", 0, r.rowCount - 1);
      return { ...r, row: r.row + row, rowCount: 1 };
    });
  }

  getColumn(column: number): RangeProxy {
    return this.derive(`getColumn(${column})`, (r) => {
      expectInteger(column, "column", 0, r.columnCount - 1);
      return { ...r, column: r.column + column, columnCount: 1 };
    });
  }

  getEntireRow(): RangeProxy {
    return this.derive("getEntireRow()", (r) => ({
      row: r.row,
      rowCount: r.rowCount,
      column: 0,
      columnCount: MAX_COLUMNS,
    }));
  }

  getEntireColumn(): RangeProxy {
    return this.derive("getEntireColumn()", (r) => ({
      row: 0,
      rowCount: MAX_ROWS,
      column: r.column,
      columnCount: r.columnCount,
    }));
  }

  getLastCell(): RangeProxy {
    return this.derive("getLastCell()", (r) =>
      checkedRect(r.row + r.rowCount - 1, r.column + r.columnCount - 1, 1, 1),
    );
  }

  getRowsAbove(count = 1): RangeProxy {
    return this.derive(`getRowsAbove(${count})`, (r) =>
      checkedRect(r.row - count, r.column, count, r.columnCount),
    );
  }

  getColumnsAfter(count = 1): RangeProxy {
    return this.derive(`getColumnsAfter(${count})`, (r) =>
      checkedRect(r.row, r.column + r.columnCount, r.rowCount, count),
    );
  }

  private otherRect(other: RangeProxy | string, target: RangeTarget, state: SyncState): Rect {
    if (other instanceof RangeProxy) {
      const resolved = other._resolve(state);
      if (!resolved || resolved.sheet !== target.sheet)
        throw invalidArgument("The ranges are on different sheets.");
      return resolved.rect;
    }
    const resolved = state.model.resolveAddress(target.sheet, other);
    if (!resolved || resolved.sheet !== target.sheet)
      throw invalidArgument(`"${other}" is not a valid address on this sheet.`);
    return resolved.rect;
  }

  getIntersectionOrNullObject(anotherRange: RangeProxy | string): RangeProxy {
    return this.derive(
      "getIntersectionOrNullObject()",
      (r, target, state) => rectIntersection(r, this.otherRect(anotherRange, target, state)),
      true,
    )._instantiate();
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return this.derive(`getUsedRange(${valuesOnly})`, (r, { sheet }, state) => {
      const used = state.model.contents.usedRect(sheet, valuesOnly);
      const cut = used ? rectIntersection(r, used) : null;
      if (!cut) throw invalidArgument("The range has no used cells.");
      return cut;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.derive(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      (r, { sheet }, state) => {
        const used = state.model.contents.usedRect(sheet, valuesOnly);
        return used ? rectIntersection(r, used) : null;
      },
      true,
    )._instantiate();
  }

  // ---- methods ---------------------------------------------------------------------

  /** Merges the range (or each of its rows with `across`); only the top-left value is kept. */
  merge(across = false): void {
    this._call("merge", [across], ({ sheet, rect }, state) => state.model.edit(sheet).merge(rect, across));
  }

  unmerge(): void {
    this._call("unmerge", [], ({ sheet, rect }, state) => state.model.edit(sheet).unmerge(rect));
  }

  /** applyTo: "All" (default), "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks". */
  clear(applyTo: string = "All"): void {
    this._call("clear", [applyTo], ({ sheet, rect }, state) => {
      const what = expectOneOf(
        applyTo,
        Object.values(ClearApplyTo).filter((v) => v !== ClearApplyTo.resetContents),
        "applyTo",
      );
      const edit = state.model.edit(sheet);
      if (what === "All" || what === "Contents") edit.clearContents(rect);
      if (what === "All" || what === "Formats") edit.clearFormats(rect);
      state.model.touch(sheet);
    });
  }

  /** Selects the range (and activates its sheet). */
  select(): void {
    this._call("select", [], ({ sheet, rect }, state) => state.model.select(sheet, rect));
  }

  activate(): void {
    this.select();
  }
}

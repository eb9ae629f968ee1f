/*
 * Excel.Worksheet: its properties, its ranges, and its companions (freeze panes,
 * protection, page layout, charts, onChanged).
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "../address";
import { invalidArgument } from "../errors";
import type { SheetModel } from "../model/SheetModel";
import type { SyncState } from "../RequestContext";
import { expectBoolean, expectInteger, expectString, normalizeColor } from "../values";
import { ChartCollectionProxy } from "./ChartProxy";
import { ClientObject } from "./ClientObject";
import { EventSource } from "./EventSource";
import { FreezePanesProxy } from "./FreezePanesProxy";
import { PageLayoutProxy } from "./PageLayoutProxy";
import { RangeProxy } from "./RangeProxy";
import { WorksheetProtectionProxy } from "./WorksheetProtectionProxy";

const WHOLE_SHEET: Rect = { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };

export class WorksheetProxy extends ClientObject<SheetModel> {
  protected readonly _typeName = "Worksheet";
  protected readonly _scalarProperties = [
    "id",
    "name",
    "position",
    "visibility",
    "tabColor",
    "showGridlines",
    "showHeadings",
    "standardWidth",
    "standardHeight",
  ] as const;

  protected override _isAlive(sheet: SheetModel, state: SyncState): boolean {
    return state.model.isAlive(sheet);
  }

  protected _read(sheet: SheetModel, name: string, state: SyncState): unknown {
    switch (name) {
      case "id":
        return sheet.id;
      case "name":
        return sheet.name;
      case "position":
        return state.model.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.tabColor;
      case "showGridlines":
        return sheet.showGridlines;
      case "showHeadings":
        return sheet.showHeadings;
      case "standardWidth":
        return 8.43;
      case "standardHeight":
        return 15;
    }
    throw invalidArgument(`Worksheet has no property "${name}".`);
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, (sheet, state) => state.model.renameSheet(sheet, value));
  }
  get position(): number {
    return this._get("position");
  }
  set position(value: number) {
    this._set("position", value, (sheet, state) => state.model.moveSheet(sheet, value));
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(value: string) {
    this._set("visibility", value, (sheet, state) => state.model.setVisibility(sheet, value));
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(value: string) {
    this._set("tabColor", value, (sheet, state) => {
      sheet.tabColor = value === "" ? "" : normalizeColor(value, "tabColor");
      state.model.touch(sheet);
    });
  }
  get showGridlines(): boolean {
    return this._get("showGridlines");
  }
  set showGridlines(value: boolean) {
    this._set("showGridlines", value, (sheet, state) => {
      sheet.showGridlines = expectBoolean(value, "showGridlines");
      state.model.touch(sheet);
    });
  }
  get showHeadings(): boolean {
    return this._get("showHeadings");
  }
  set showHeadings(value: boolean) {
    this._set("showHeadings", value, (sheet, state) => {
      sheet.showHeadings = expectBoolean(value, "showHeadings");
      state.model.touch(sheet);
    });
  }
  get standardWidth(): number {
    return this._get("standardWidth");
  }
  get standardHeight(): number {
    return this._get("standardHeight");
  }

  // ---- navigation -------------------------------------------------------------------

  get freezePanes(): FreezePanesProxy {
    return this._nested("freezePanes", FreezePanesProxy);
  }
  get protection(): WorksheetProtectionProxy {
    return this._nested("protection", WorksheetProtectionProxy);
  }
  get pageLayout(): PageLayoutProxy {
    return this._nested("pageLayout", PageLayoutProxy);
  }
  get charts(): ChartCollectionProxy {
    return this._nested("charts", ChartCollectionProxy);
  }
  /** Fires after cells of this sheet change (API writes and direct `write`s). */
  get onChanged(): EventSource {
    return new EventSource(this.context, `${this._path}.onChanged`, (s) => this._resolve(s));
  }

  // ---- ranges -------------------------------------------------------------------------

  private range(
    path: string,
    compute: (sheet: SheetModel, state: SyncState) => Rect | null,
    nullable = false,
  ): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._path}.${path}`,
      (state) => {
        const sheet = this._resolve(state);
        if (!sheet) return null;
        const rect = compute(sheet, state);
        return rect ? { sheet, rect } : null;
      },
      nullable,
    );
  }

  /** `getRange()` is the whole sheet; an address may be A1-style or a defined name. */
  getRange(address?: string): RangeProxy {
    return this.range(address === undefined ? "getRange()" : `getRange(${address})`, (sheet, state) => {
      if (address === undefined || address === "") return WHOLE_SHEET;
      const resolved = state.model.resolveAddress(sheet, expectString(address, "The address"));
      if (!resolved) throw invalidArgument(`"${address}" is not a valid address.`);
      if (resolved.sheet !== sheet)
        throw invalidArgument(`"${address}" is not on the sheet "${sheet.name}".`);
      return resolved.rect;
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return this.range(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      expectInteger(startRow, "startRow", 0, MAX_ROWS - 1);
      expectInteger(startColumn, "startColumn", 0, MAX_COLUMNS - 1);
      expectInteger(rowCount, "rowCount", 1, MAX_ROWS - startRow);
      expectInteger(columnCount, "columnCount", 1, MAX_COLUMNS - startColumn);
      return { row: startRow, column: startColumn, rowCount, columnCount };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The used range; A1 on an empty sheet, as in Excel. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range(`getUsedRange(${valuesOnly})`, (sheet, state) => {
      return (
        state.model.contents.usedRect(sheet, valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 }
      );
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      (sheet, state) => state.model.contents.usedRect(sheet, valuesOnly),
      true,
    )._instantiate();
  }

  // ---- methods ---------------------------------------------------------------------

  activate(): void {
    this._call("activate", [], (sheet, state) => state.model.activate(sheet));
  }

  delete(): void {
    this._call("delete", [], (sheet, state) => state.model.deleteSheet(sheet));
  }
}

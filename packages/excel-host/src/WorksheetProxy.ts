/*
 * Excel.Worksheet and its small companions: freeze panes, protection, page layout.
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./address";
import { ChartCollectionProxy } from "./ChartProxy";
import { ClientObject } from "./ClientObject";
import { invalidArgument, invalidOperation } from "./errors";
import { RangeProxy, type RangeTarget } from "./RangeProxy";
import type { SyncState } from "./RequestContext";
import type { SheetModel } from "./SheetModel";
import {
  expectBoolean,
  expectInteger,
  expectNumber,
  expectOneOf,
  expectString,
  normalizeColor,
} from "./values";
import { EventSource } from "./events";

const WHOLE_SHEET: Rect = { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };

/** A range argument: a Range proxy or an address on this sheet. Resolved at sync. */
export type RangeArgument = RangeProxy | string;

export function resolveRangeArgument(
  sheet: SheetModel,
  argument: RangeArgument,
  state: SyncState,
): RangeTarget {
  if (argument instanceof RangeProxy) {
    const target = argument._resolve(state);
    if (!target) throw invalidArgument("The range is a null object.");
    return target;
  }
  const resolved = state.model.resolveAddress(sheet, expectString(argument, "The address"));
  if (!resolved) throw invalidArgument(`"${argument}" is not a valid address.`);
  return resolved;
}

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
    return new EventSource(this.context, `${this._path}.onChanged`, (s) => this._resolve(s), "changed");
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
      return state.model.usedRect(sheet, valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range(
      `getUsedRangeOrNullObject(${valuesOnly})`,
      (sheet, state) => state.model.usedRect(sheet, valuesOnly),
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

export class FreezePanesProxy extends ClientObject<SheetModel> {
  protected readonly _typeName = "WorksheetFreezePanes";
  protected readonly _scalarProperties = [] as const;

  protected _read(): unknown {
    throw invalidArgument("WorksheetFreezePanes has no scalar properties.");
  }

  private setFreeze(
    method: string,
    args: unknown[],
    compute: (sheet: SheetModel, state: SyncState) => { rows: number; columns: number },
  ): void {
    this._call(method, args, (sheet, state) => {
      sheet.freeze = compute(sheet, state);
      state.model.touch(sheet);
    });
  }

  freezeRows(count = 1): void {
    this.setFreeze("freezeRows", [count], () => ({
      rows: expectInteger(count, "count", 0, MAX_ROWS - 1),
      columns: 0,
    }));
  }

  freezeColumns(count = 1): void {
    this.setFreeze("freezeColumns", [count], () => ({
      rows: 0,
      columns: expectInteger(count, "count", 0, MAX_COLUMNS - 1),
    }));
  }

  /** Freezes the rows above and columns left of the range's bottom-right corner, inclusive. */
  freezeAt(frozenRange: RangeArgument): void {
    this.setFreeze("freezeAt", [rangeArgumentJson(frozenRange)], (sheet, state) => {
      const { rect } = resolveRangeArgument(sheet, frozenRange, state);
      return { rows: rect.row + rect.rowCount, columns: rect.column + rect.columnCount };
    });
  }

  unfreeze(): void {
    this.setFreeze("unfreeze", [], () => ({ rows: 0, columns: 0 }));
  }

  /** The frozen cells, or a null object when nothing is frozen. */
  getLocationOrNullObject(): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._path}.getLocationOrNullObject()`,
      (state) => {
        const sheet = this._resolve(state);
        if (!sheet || (sheet.freeze.rows === 0 && sheet.freeze.columns === 0)) return null;
        const rows = sheet.freeze.rows || MAX_ROWS;
        const columns = sheet.freeze.columns || MAX_COLUMNS;
        return { sheet, rect: { row: 0, column: 0, rowCount: rows, columnCount: columns } };
      },
      true,
    )._instantiate();
  }
}

const PROTECTION_OPTIONS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
  "selectionMode",
];

export class WorksheetProtectionProxy extends ClientObject<SheetModel> {
  protected readonly _typeName = "WorksheetProtection";
  protected readonly _scalarProperties = ["protected", "options"] as const;

  protected _read(sheet: SheetModel, name: string): unknown {
    switch (name) {
      case "protected":
        return sheet.protection.protected;
      case "options":
        return { ...sheet.protection.options };
    }
    throw invalidArgument(`WorksheetProtection has no property "${name}".`);
  }

  get protected(): boolean {
    return this._get("protected");
  }
  get options(): Record<string, unknown> {
    return this._get("options");
  }

  /** Fails (InvalidOperation) when the sheet is already protected, as documented for Excel. */
  protect(options?: Record<string, unknown> | null, password?: string): void {
    this._call("protect", [options ?? null, password === undefined ? null : "***"], (sheet, state) => {
      if (sheet.protection.protected)
        throw invalidOperation(`The sheet "${sheet.name}" is already protected.`);
      const stored: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(options ?? {})) {
        if (!PROTECTION_OPTIONS.includes(key)) throw invalidArgument(`Unknown protection option "${key}".`);
        stored[key] = value;
      }
      sheet.protection = { protected: true, options: stored };
      if (password !== undefined && password !== "") sheet.protection.password = password;
      state.model.touch(sheet);
    });
  }

  /** A wrong password fails with InvalidArgument; unprotecting an unprotected sheet does nothing. */
  unprotect(password?: string): void {
    this._call("unprotect", [password === undefined ? null : "***"], (sheet, state) => {
      const current = sheet.protection;
      if (!current.protected) return;
      if (current.password !== undefined && current.password !== password) {
        throw invalidArgument(`Wrong password for the sheet "${sheet.name}".`);
      }
      sheet.protection = { protected: false, options: {} };
      state.model.touch(sheet);
    });
  }
}

export class PageLayoutProxy extends ClientObject<SheetModel> {
  protected readonly _typeName = "PageLayout";
  protected readonly _scalarProperties = [
    "orientation",
    "paperSize",
    "zoom",
    "topMargin",
    "bottomMargin",
    "leftMargin",
    "rightMargin",
    "headerMargin",
    "footerMargin",
    "centerHorizontally",
  ] as const;

  protected _read(sheet: SheetModel, name: string): unknown {
    const p = sheet.pageLayout;
    switch (name) {
      case "zoom":
        return { ...p.zoom };
      case "topMargin":
      case "bottomMargin":
      case "leftMargin":
      case "rightMargin":
      case "headerMargin":
      case "footerMargin":
        return p.margins[name.replace("Margin", "") as keyof typeof p.margins];
      default:
        if (name in p) return p[name as keyof typeof p];
    }
    throw invalidArgument(`PageLayout has no property "${name}".`);
  }

  private setLayout<V>(name: string, value: V, apply: (sheet: SheetModel) => void): void {
    this._set(name, value, (sheet, state) => {
      apply(sheet);
      state.model.touch(sheet);
    });
  }

  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(value: string) {
    this.setLayout(
      "orientation",
      value,
      (s) => (s.pageLayout.orientation = expectOneOf(value, ["Portrait", "Landscape"], "orientation")),
    );
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(value: string) {
    this.setLayout("paperSize", value, (s) => (s.pageLayout.paperSize = expectString(value, "paperSize")));
  }
  /** { scale } or { horizontalFitToPages, verticalFitToPages }; scale 10–400. */
  get zoom(): SheetModel["pageLayout"]["zoom"] {
    return this._get("zoom");
  }
  set zoom(value: SheetModel["pageLayout"]["zoom"]) {
    this.setLayout("zoom", value, (s) => {
      const zoom: SheetModel["pageLayout"]["zoom"] = {};
      if (value.scale !== undefined) zoom.scale = expectNumber(value.scale, "zoom.scale", 10, 400);
      if (value.horizontalFitToPages !== undefined)
        zoom.horizontalFitToPages = expectInteger(value.horizontalFitToPages, "zoom.horizontalFitToPages", 0);
      if (value.verticalFitToPages !== undefined)
        zoom.verticalFitToPages = expectInteger(value.verticalFitToPages, "zoom.verticalFitToPages", 0);
      s.pageLayout.zoom = zoom;
    });
  }

  private margin(name: keyof SheetModel["pageLayout"]["margins"], value: number): void {
    this.setLayout(
      `${name}Margin`,
      value,
      (s) => (s.pageLayout.margins[name] = expectNumber(value, `${name}Margin`, 0)),
    );
  }
  get topMargin(): number {
    return this._get("topMargin");
  }
  set topMargin(value: number) {
    this.margin("top", value);
  }
  get bottomMargin(): number {
    return this._get("bottomMargin");
  }
  set bottomMargin(value: number) {
    this.margin("bottom", value);
  }
  get leftMargin(): number {
    return this._get("leftMargin");
  }
  set leftMargin(value: number) {
    this.margin("left", value);
  }
  get rightMargin(): number {
    return this._get("rightMargin");
  }
  set rightMargin(value: number) {
    this.margin("right", value);
  }
  get headerMargin(): number {
    return this._get("headerMargin");
  }
  set headerMargin(value: number) {
    this.margin("header", value);
  }
  get footerMargin(): number {
    return this._get("footerMargin");
  }
  set footerMargin(value: number) {
    this.margin("footer", value);
  }

  get centerHorizontally(): boolean {
    return this._get("centerHorizontally");
  }
  set centerHorizontally(value: boolean) {
    this.setLayout(
      "centerHorizontally",
      value,
      (s) => (s.pageLayout.centerHorizontally = expectBoolean(value, "centerHorizontally")),
    );
  }

  setPrintArea(printArea: RangeArgument): void {
    this._call("setPrintArea", [rangeArgumentJson(printArea)], (sheet, state) => {
      sheet.pageLayout.printArea = resolveRangeArgument(sheet, printArea, state).rect;
      state.model.touch(sheet);
    });
  }

  setPrintTitleRows(titleRows: RangeArgument): void {
    this._call("setPrintTitleRows", [rangeArgumentJson(titleRows)], (sheet, state) => {
      const { rect } = resolveRangeArgument(sheet, titleRows, state);
      sheet.pageLayout.printTitleRows = {
        row: rect.row,
        column: 0,
        rowCount: rect.rowCount,
        columnCount: MAX_COLUMNS,
      };
      state.model.touch(sheet);
    });
  }

  getPrintAreaOrNullObject(): RangeProxy {
    return new RangeProxy(
      this.context,
      `${this._path}.getPrintAreaOrNullObject()`,
      (state) => {
        const sheet = this._resolve(state);
        const area = sheet?.pageLayout.printArea;
        return sheet && area ? { sheet, rect: area } : null;
      },
      true,
    )._instantiate();
  }
}

export function rangeArgumentJson(argument: RangeArgument): string {
  return argument instanceof RangeProxy ? argument._path : String(argument);
}

/*
 * Excel.RangeFormat and its parts: fill, font, borders, protection.
 *
 * Reading a format property of a multi-cell range gives the common value, or null
 * when the cells differ, as office.js does.
 */
import { cellCount, type Rect } from "../address";
import { ClientCollection, ClientObject } from "./ClientObject";
import { invalidArgument } from "../errors";
import type { RangeTarget } from "./RangeProxy";
import type { RequestContext, SyncState } from "../RequestContext";
import {
  BORDER_INDEXES,
  type BorderFormat,
  type CellFormat,
  type ResolvedCellFormat,
} from "../model/FormatTable";
import { SheetModel } from "../model/SheetModel";
import { BorderLineStyle, BorderWeight, HorizontalAlignment, VerticalAlignment } from "../enums";
import { expectBoolean, expectNumber, expectOneOf, expectString, normalizeColor, uniform } from "../values";

type Resolver = (state: SyncState) => RangeTarget | null;

const HORIZONTAL = Object.values(HorizontalAlignment);
const VERTICAL = Object.values(VerticalAlignment);
const LINE_STYLES = Object.values(BorderLineStyle);
const WEIGHTS = Object.values(BorderWeight);

/** The common value of a format property over a range, or null if mixed. */
function readUniform<V>(
  { sheet, rect }: RangeTarget,
  state: SyncState,
  pick: (f: ResolvedCellFormat) => V,
): V | null {
  // The used range only matters for huge ranges (whole columns), and costs a scan.
  const used = cellCount(rect) > 200_000 ? state.model.contents.usedRect(sheet, false) : null;
  return uniform(sheet.distinctFormatValues(sheet.sampleCells(rect, used), pick));
}

/** Base for the format proxies: a queued format patch (`make` checks the value). */
abstract class FormatPart extends ClientObject<RangeTarget> {
  protected patch<V>(name: string, value: V, make: (value: V) => CellFormat): void {
    this._set(name, value, ({ sheet, rect }, state) =>
      state.model.edit(sheet).formatCells(rect, (s) => s.applyFormat(rect, make(value))),
    );
  }
}

export class RangeFormatProxy extends FormatPart {
  protected readonly _typeName = "RangeFormat";
  protected readonly _scalarProperties = [
    "columnWidth",
    "rowHeight",
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
  ] as const;

  protected _read(target: RangeTarget, name: string, state: SyncState): unknown {
    const { sheet, rect } = target;
    switch (name) {
      case "columnWidth":
        return uniform(SheetModel.columnsOf(rect).map((c) => sheet.columnWidth(c)));
      case "rowHeight":
        return uniform(SheetModel.cappedRowsOf(rect).map((r) => sheet.rowHeight(r)));
      case "horizontalAlignment":
      case "verticalAlignment":
      case "wrapText":
        return readUniform(target, state, (f) => f[name]);
    }
    throw invalidArgument(`RangeFormat has no property "${name}".`);
  }

  get fill(): RangeFillProxy {
    return this._nested("fill", RangeFillProxy);
  }
  get font(): RangeFontProxy {
    return this._nested("font", RangeFontProxy);
  }
  get borders(): RangeBorderCollectionProxy {
    return this._nested("borders", RangeBorderCollectionProxy);
  }
  get protection(): FormatProtectionProxy {
    return this._nested("protection", FormatProtectionProxy);
  }

  /** Width in points (Excel's default column is 48 pt, 64 px). */
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(value: number) {
    this._set("columnWidth", value, ({ sheet, rect }, state) =>
      state.model.edit(sheet).setColumnWidths(rect, () => expectNumber(value, "columnWidth", 0, 255 * 7.5)),
    );
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(value: number) {
    this._set("rowHeight", value, ({ sheet, rect }, state) =>
      state.model.edit(sheet).setRowHeights(rect, () => expectNumber(value, "rowHeight", 0, 409)),
    );
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.patch("horizontalAlignment", value, (v) => ({
      horizontalAlignment: expectOneOf(v, HORIZONTAL, "horizontalAlignment"),
    }));
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.patch("verticalAlignment", value, (v) => ({
      verticalAlignment: expectOneOf(v, VERTICAL, "verticalAlignment"),
    }));
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(value: boolean) {
    this.patch("wrapText", value, (v) => ({ wrapText: expectBoolean(v, "wrapText") }));
  }

  /**
   * Estimates what Excel's autofit gives: the widest displayed text of each column in
   * the used part of the range (≈7 px per character at 11 pt, plus padding).
   */
  autofitColumns(): void {
    this._call("autofitColumns", [], ({ sheet, rect }, state) => {
      state.model.edit(sheet).setColumnWidths(rect, (c) => autofitWidth(state, sheet, rect, c));
    });
  }
}

/** The autofit width of column `c` within `rect` (points), or undefined when it has no text. */
function autofitWidth(state: SyncState, sheet: SheetModel, rect: Rect, c: number): number | undefined {
  const used = state.model.contents.usedRect(sheet, true);
  if (!used || c < used.column || c >= used.column + used.columnCount) return undefined;
  const rows = SheetModel.rowsOf(
    { ...rect, row: Math.max(rect.row, used.row) },
    Math.min(rect.row + rect.rowCount, used.row + used.rowCount),
  );
  let widest = 0;
  for (const r of rows) {
    const merged = sheet.merges.some(
      (m) =>
        m.columnCount > 1 &&
        r >= m.row &&
        r < m.row + m.rowCount &&
        c >= m.column &&
        c < m.column + m.columnCount,
    );
    if (merged) continue;
    const text = state.model.contents.text(sheet, r, c);
    const f = sheet.resolvedFormat(r, c);
    const longestLine = Math.max(0, ...text.split("\n").map((line) => line.length));
    widest = Math.max(widest, longestLine * 7 * (f.fontSize / 11) * (f.bold ? 1.1 : 1));
  }
  return widest > 0 ? Math.min(255 * 7.5, Math.round((widest + 10) * 0.75 * 100) / 100) : undefined;
}

export class RangeFillProxy extends FormatPart {
  protected readonly _typeName = "RangeFill";
  protected readonly _scalarProperties = ["color"] as const;

  /** office.js reports "#FFFFFF" for no fill, null when cells differ. */
  protected _read(target: RangeTarget, name: string, state: SyncState): unknown {
    if (name === "color") return readUniform(target, state, (f) => f.fill ?? "#FFFFFF");
    throw invalidArgument(`RangeFill has no property "${name}".`);
  }

  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this.patch("color", value, (v) => ({ fill: normalizeColor(v, "fill.color") }));
  }
}

export class RangeFontProxy extends FormatPart {
  protected readonly _typeName = "RangeFont";
  protected readonly _scalarProperties = ["bold", "italic", "color", "size", "name"] as const;

  protected _read(target: RangeTarget, name: string, state: SyncState): unknown {
    const fields: Record<string, keyof ResolvedCellFormat> = {
      bold: "bold",
      italic: "italic",
      color: "fontColor",
      size: "fontSize",
      name: "fontName",
    };
    const field = fields[name];
    if (field === undefined) throw invalidArgument(`RangeFont has no property "${name}".`);
    return readUniform(target, state, (f) => f[field]);
  }

  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this.patch("bold", value, (v) => ({ bold: expectBoolean(v, "font.bold") }));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this.patch("italic", value, (v) => ({ italic: expectBoolean(v, "font.italic") }));
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this.patch("color", value, (v) => ({ fontColor: normalizeColor(v, "font.color") }));
  }
  get size(): number {
    return this._get("size");
  }
  set size(value: number) {
    this.patch("size", value, (v) => ({ fontSize: expectNumber(v, "font.size", 1, 409) }));
  }
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this.patch("name", value, (v) => ({ fontName: expectString(v, "font.name") }));
  }
}

export class FormatProtectionProxy extends FormatPart {
  protected readonly _typeName = "FormatProtection";
  protected readonly _scalarProperties = ["locked"] as const;

  protected _read(target: RangeTarget, name: string, state: SyncState): unknown {
    if (name === "locked") return readUniform(target, state, (f) => f[name]);
    throw invalidArgument(`FormatProtection has no property "${name}".`);
  }

  get locked(): boolean {
    return this._get("locked");
  }
  set locked(value: boolean) {
    this.patch("locked", value, (v) => ({ locked: expectBoolean(v, "protection.locked") }));
  }
}

/**
 * Where a border index lands on the cells of a range: each cell stores its own four
 * edges (plus diagonals), so "InsideHorizontal" becomes the bottom edge of every row
 * but the last and the top edge of every row but the first.
 */
function borderCells(index: string, rect: Rect): Array<{ area: Rect; edge: string }> {
  const lastRow = rect.row + rect.rowCount - 1;
  const lastColumn = rect.column + rect.columnCount - 1;
  const rows = (row: number, rowCount: number): Rect => ({ ...rect, row, rowCount });
  const columns = (column: number, columnCount: number): Rect => ({ ...rect, column, columnCount });
  switch (index) {
    case "EdgeTop":
      return [{ area: rows(rect.row, 1), edge: "EdgeTop" }];
    case "EdgeBottom":
      return [{ area: rows(lastRow, 1), edge: "EdgeBottom" }];
    case "EdgeLeft":
      return [{ area: columns(rect.column, 1), edge: "EdgeLeft" }];
    case "EdgeRight":
      return [{ area: columns(lastColumn, 1), edge: "EdgeRight" }];
    case "InsideHorizontal":
      if (rect.rowCount < 2) return [];
      return [
        { area: rows(rect.row, rect.rowCount - 1), edge: "EdgeBottom" },
        { area: rows(rect.row + 1, rect.rowCount - 1), edge: "EdgeTop" },
      ];
    case "InsideVertical":
      if (rect.columnCount < 2) return [];
      return [
        { area: columns(rect.column, rect.columnCount - 1), edge: "EdgeRight" },
        { area: columns(rect.column + 1, rect.columnCount - 1), edge: "EdgeLeft" },
      ];
    default:
      return [{ area: rect, edge: index }];
  }
}

export class RangeBorderProxy extends ClientObject<RangeTarget> {
  protected readonly _typeName = "RangeBorder";
  protected readonly _scalarProperties = ["style", "color", "weight"] as const;

  constructor(
    context: RequestContext,
    path: string,
    resolver: Resolver,
    private readonly index: string,
  ) {
    super(context, path, resolver);
  }

  protected _read(target: RangeTarget, name: string, state: SyncState): unknown {
    if (name !== "style" && name !== "color" && name !== "weight")
      throw invalidArgument(`RangeBorder has no property "${name}".`);
    const parts = borderCells(this.index, target.rect);
    if (parts.length === 0) return name === "style" ? "None" : name === "color" ? "#000000" : "Thin";
    const values = parts.map((p) =>
      readUniform({ sheet: target.sheet, rect: p.area }, state, (f) => f.borders[p.edge]?.[name] ?? null),
    );
    return uniform(values);
  }

  private setBorder(name: keyof BorderFormat, value: string, check: (v: string) => string): void {
    this._set(name, value, ({ sheet, rect }, state) =>
      state.model.edit(sheet).formatCells(rect, () => {
        const checked = check(value);
        // Setting a colour or weight on an edge without a line draws a continuous one, as Excel does.
        const extra: BorderFormat = name !== "style" ? { style: "Continuous" } : {};
        for (const { area, edge } of borderCells(this.index, rect)) {
          const keepingStyle: CellFormat = { borders: { [edge]: { [name]: checked } } };
          const drawing: CellFormat = { borders: { [edge]: { ...extra, [name]: checked } } };
          sheet.applyFormat(area, (r, c) => {
            const current = sheet.resolvedFormat(area.row + r, area.column + c).borders[edge];
            return current && current.style !== "None" ? keepingStyle : drawing;
          });
        }
      }),
    );
  }

  get style(): string {
    return this._get("style");
  }
  set style(value: string) {
    this.setBorder("style", value, (v) => expectOneOf(v, LINE_STYLES, "border.style"));
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this.setBorder("color", value, (v) => normalizeColor(v, "border.color"));
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(value: string) {
    this.setBorder("weight", value, (v) => expectOneOf(v, WEIGHTS, "border.weight"));
  }
}

export class RangeBorderCollectionProxy extends ClientCollection<RangeTarget, RangeBorderProxy> {
  protected readonly _typeName = "RangeBorderCollection";

  protected _list(target: RangeTarget): RangeBorderProxy[] {
    return BORDER_INDEXES.map((index) => this.getItem(index)._pin(target));
  }

  getItem(index: string): RangeBorderProxy {
    const side = BORDER_INDEXES.find((i) => i.toLowerCase() === String(index).toLowerCase());
    return new RangeBorderProxy(
      this.context,
      `${this._path}.getItem(${index})`,
      (state) => {
        if (side === undefined) throw invalidArgument(`"${index}" is not a border index.`);
        return this._resolve(state);
      },
      side ?? String(index),
    );
  }
}

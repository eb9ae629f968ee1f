/*
 * Excel.PageLayout: orientation, paper, zoom (fit to pages), margins, centring, print
 * area and title rows. Stored for tests and the preview; nothing is printed.
 */
import { MAX_COLUMNS } from "../address";
import { invalidArgument } from "../errors";
import type { SheetModel } from "../model/SheetModel";
import { PageOrientation } from "../enums";
import { expectBoolean, expectInteger, expectNumber, expectOneOf, expectString } from "../values";
import type { SyncState } from "../RequestContext";
import { ClientObject } from "./ClientObject";
import { rangeArgumentJson, resolveRangeArgument, type RangeArgument } from "./rangeArgument";
import { RangeProxy } from "./RangeProxy";

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

  private setLayout<V>(name: string, value: V, apply: (sheet: SheetModel, state: SyncState) => void): void {
    this._set(name, value, (sheet, state) => {
      apply(sheet, state);
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
      (s) => (s.pageLayout.orientation = expectOneOf(value, Object.values(PageOrientation), "orientation")),
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
    this.setLayout("zoom", value, (s, state) => {
      const zoom: SheetModel["pageLayout"]["zoom"] = {};
      if (value.scale !== undefined) zoom.scale = expectNumber(value.scale, "zoom.scale", 10, 400);
      // Desktop Excel ignores fit-to-pages unless its Page Layout tab shows (a fault switch).
      if (state.model.faults.ignoreFitToPages) {
        s.pageLayout.zoom = zoom.scale === undefined ? s.pageLayout.zoom : zoom;
        return;
      }
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

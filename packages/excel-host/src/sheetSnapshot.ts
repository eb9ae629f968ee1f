/*
 * A worksheet's state besides its cell contents, as plain data for tests and the
 * preview: `workbook.sheet(name)`. Addresses are local ("A1:D1"), rows 1-based.
 */
import { columnToLetters, formatAddress, formatLocal, type Rect } from "./address";
import type { PageLayoutModel, SheetModel } from "./model/SheetModel";
import type { WorkbookModel } from "./model/WorkbookModel";

export interface SheetSnapshot {
  name: string;
  id: string;
  position: number;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  active: boolean;
  freezePanes: { rows: number; columns: number };
  protection: { protected: boolean; options: Record<string, unknown>; hasPassword: boolean };
  pageLayout: Omit<PageLayoutModel, "printArea" | "printTitleRows"> & {
    printArea: string | null;
    printTitleRows: string | null;
  };
  merges: string[];
  dataValidations: Array<{
    address: string;
    rule: Record<string, unknown> | null;
    prompt: { showPrompt: boolean; title: string; message: string };
    errorAlert: { showAlert: boolean; style: string; title: string; message: string };
    ignoreBlanks: boolean;
  }>;
  conditionalFormats: Array<{
    id: string;
    type: string;
    /** Sheet-qualified. */
    address: string;
    priority: number;
    rule: Record<string, unknown>;
    format: { fill?: string; fontColor?: string; bold?: boolean };
  }>;
  charts: Array<{
    name: string;
    type: string;
    /** Sheet-qualified. */
    source: string;
    seriesBy: string;
    title: string;
    legend: { visible: boolean; position: string };
    axisTitles: Record<string, string>;
    position: { start: string; end?: string };
    size: { top: number; left: number; width: number; height: number };
  }>;
  /** Column letter → width in points, for columns with a set width. */
  columnWidths: Record<string, number>;
  /** 1-based row number → height in points, for rows with a set height. */
  rowHeights: Record<number, number>;
  usedRange: string | null;
}

export function sheetSnapshot(model: WorkbookModel, sheet: SheetModel): SheetSnapshot {
  const local = (rect: Rect | null) => (rect ? formatLocal(rect) : null);
  const { printArea, printTitleRows, ...layout } = sheet.pageLayout;
  const columnWidths: Record<string, number> = {};
  for (const [c, w] of [...sheet.columnWidths].sort((a, b) => a[0] - b[0]))
    columnWidths[columnToLetters(c)] = w;
  const rowHeights: Record<number, number> = {};
  for (const [r, h] of [...sheet.rowHeights].sort((a, b) => a[0] - b[0])) rowHeights[r + 1] = h;
  const snapshot: SheetSnapshot = {
    name: sheet.name,
    id: sheet.id,
    position: model.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    showGridlines: sheet.showGridlines,
    active: model.activeSheet === sheet,
    freezePanes: { ...sheet.freeze },
    protection: {
      protected: sheet.protection.protected,
      options: { ...sheet.protection.options },
      hasPassword: sheet.protection.password !== undefined,
    },
    pageLayout: {
      ...layout,
      zoom: { ...layout.zoom },
      margins: { ...layout.margins },
      printArea: local(printArea),
      printTitleRows: local(printTitleRows),
    },
    merges: sheet.merges.map((m) => formatLocal(m)),
    dataValidations: sheet.validations.map((v) => ({
      address: formatLocal(v.rect),
      rule: v.rule,
      prompt: { ...v.prompt },
      errorAlert: { ...v.errorAlert },
      ignoreBlanks: v.ignoreBlanks,
    })),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({
      id: cf.id,
      type: cf.type,
      address: formatAddress(sheet.name, cf.rect),
      priority: cf.priority,
      rule: cf.rule,
      format: cf.format,
    })),
    charts: sheet.charts.map((c) => ({
      name: c.name,
      type: c.type,
      source: formatAddress(sheet.name, c.source),
      seriesBy: c.seriesBy,
      title: c.title.text,
      legend: { ...c.legend },
      axisTitles: Object.fromEntries(Object.entries(c.axes).map(([k, a]) => [k, a.title])),
      position: { ...c.position },
      size: { ...c.size },
    })),
    columnWidths,
    rowHeights,
    usedRange: local(model.contents.usedRect(sheet, false)),
  };
  return JSON.parse(JSON.stringify(snapshot)) as SheetSnapshot;
}

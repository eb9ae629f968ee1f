/*
 * The workbook's state, and Excel's rules for it. Its parts:
 *
 * - `engine`: HyperFormula behind an adapter (contents, formulas, named expressions);
 * - the sheets (here): names, order, visibility, the active sheet and selection, each
 *   sheet's own state in a SheetModel;
 * - `contents`: reading and writing cells as office.js does;
 * - `names`: defined names;
 * - `events`: change notification (onChanged handlers, the host's listeners);
 * - `edit(sheet)`: the only way to change what a sheet holds, through its protection.
 *
 * Proxies and the direct helpers both go through this model. Methods throw HostError
 * with Excel's codes; RequestContext turns them into a rejected sync.
 */
import { FaultState } from "../faults";
import { parseAddress, splitSheet, type Rect } from "../address";
import { CustomFunctionRegistry, type CustomFunction } from "../engine/CustomFunctionRegistry";
import { HyperFormulaEngine } from "../engine/HyperFormulaEngine";
import { invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound } from "../errors";
import { CellContents } from "./CellContents";
import { NameRegistry } from "./NameRegistry";
import { SheetEditor } from "./SheetEditor";
import { SheetModel } from "./SheetModel";
import { WorkbookEvents } from "./WorkbookEvents";

/** Excel's rules for a worksheet name. */
function checkSheetName(name: unknown): string {
  if (typeof name !== "string" || name.trim() === "") throw invalidArgument("A sheet name cannot be blank.");
  if (name.length > 31) throw invalidArgument(`The sheet name "${name}" is longer than 31 characters.`);
  if (/[:\\/?*[\]]/.test(name))
    throw invalidArgument(`The sheet name "${name}" contains one of : \\ / ? * [ ].`);
  if (name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(`The sheet name "${name}" cannot begin or end with an apostrophe.`);
  }
  if (name.toLowerCase() === "history") throw invalidArgument('"History" is a reserved sheet name.');
  return name;
}

const A1: Rect = { row: 0, column: 0, rowCount: 1, columnCount: 1 };

export class WorkbookModel {
  readonly functions = new CustomFunctionRegistry();
  readonly engine = new HyperFormulaEngine(this.functions);
  readonly events = new WorkbookEvents();
  readonly contents = new CellContents(this.engine, this.events);
  readonly names = new NameRegistry(
    this.engine,
    (name) => this.findSheet(name),
    () => this.events.touch(null),
  );
  readonly settings = new Map<string, unknown>();
  /** Switched-on misbehaviours of real Excel, for tests (see faults.ts). */
  readonly faults = new FaultState();
  readonly sheets: SheetModel[] = [];
  activeSheet: SheetModel;
  selection: { sheet: SheetModel; rect: Rect };

  constructor() {
    const sheet = this.addSheet("Sheet1");
    this.activeSheet = sheet;
    this.selection = { sheet, rect: A1 };
  }

  /** The way to change a sheet's cells, formats, validation or charts (see SheetEditor). */
  edit(sheet: SheetModel, options: { force?: boolean } = {}): SheetEditor {
    return new SheetEditor(sheet, this.contents, this.events, options.force === true);
  }

  /** Notes a change outside a sheet's contents (a sheet property, or with null the workbook). */
  touch(sheet: SheetModel | null): void {
    this.events.touch(sheet);
  }

  registerFunction(id: string, fn: CustomFunction, matrix: readonly number[] = []): void {
    this.functions.register(id, fn, matrix);
    this.engine.functionsChanged();
    this.events.touch(null);
  }

  // ---- sheets ---------------------------------------------------------------------

  findSheet(nameOrId: string): SheetModel | null {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === nameOrId) ?? null;
  }

  sheet(nameOrId: string): SheetModel {
    const sheet = this.findSheet(nameOrId);
    if (!sheet) throw itemNotFound(`There is no worksheet "${nameOrId}".`);
    return sheet;
  }

  isAlive(sheet: SheetModel): boolean {
    return this.sheets.includes(sheet);
  }

  /** A free default name: Sheet2, Sheet3... */
  private nextSheetName(): string {
    for (let i = this.sheets.length + 1; ; i++) {
      if (!this.findSheet(`Sheet${i}`)) return `Sheet${i}`;
    }
  }

  addSheet(name?: string): SheetModel {
    const finalName = checkSheetName(name ?? this.nextSheetName());
    if (this.findSheet(finalName)) throw itemAlreadyExists(`A sheet named "${finalName}" already exists.`);
    const sheet = new SheetModel(finalName, this.engine.addSheet(finalName));
    this.sheets.push(sheet);
    this.touch(sheet);
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: unknown): void {
    const finalName = checkSheetName(name);
    const other = this.findSheet(finalName);
    if (other && other !== sheet) throw itemAlreadyExists(`A sheet named "${finalName}" already exists.`);
    if (finalName === sheet.name) return;
    this.engine.renameSheet(sheet.hfId, finalName);
    sheet.name = finalName;
    this.touch(sheet);
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }

  /** Excel lets a protected sheet be deleted: workbook structure protection is separate. */
  deleteSheet(sheet: SheetModel): void {
    if (sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw invalidOperation("A workbook must contain at least one visible worksheet.");
    }
    const index = this.sheets.indexOf(sheet);
    this.engine.removeSheet(sheet.hfId);
    this.sheets.splice(index, 1);
    if (this.activeSheet === sheet) {
      this.activeSheet =
        this.visibleSheets()[Math.min(index, this.visibleSheets().length - 1)] ??
        this.visibleSheets()[0] ??
        this.activeSheet;
    }
    if (this.selection.sheet === sheet) this.selection = { sheet: this.activeSheet, rect: A1 };
    this.touch(null);
  }

  moveSheet(sheet: SheetModel, position: unknown): void {
    if (
      typeof position !== "number" ||
      !Number.isInteger(position) ||
      position < 0 ||
      position >= this.sheets.length
    ) {
      throw invalidArgument(`Sheet position ${String(position)} is out of range.`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
    this.touch(null);
  }

  setVisibility(sheet: SheetModel, visibility: unknown): void {
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
      throw invalidArgument(`"${String(visibility)}" is not a sheet visibility.`);
    }
    if (visibility !== "Visible" && sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw invalidOperation("A workbook must contain at least one visible worksheet.");
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeSheet === sheet) {
      this.activeSheet = this.visibleSheets()[0] ?? sheet;
      this.selection = { sheet: this.activeSheet, rect: A1 };
    }
    this.touch(sheet);
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible") throw invalidOperation(`The sheet "${sheet.name}" is hidden.`);
    if (this.activeSheet !== sheet) {
      this.activeSheet = sheet;
      this.selection = { sheet, rect: A1 };
      this.touch(null);
    }
  }

  select(sheet: SheetModel, rect: Rect): void {
    this.activate(sheet);
    this.selection = { sheet, rect };
    this.touch(null);
  }

  // ---- addresses --------------------------------------------------------------------

  /**
   * An address inside a sheet ("A1:B2", "B:B", "3:3", a defined name, or qualified with
   * a sheet's name). Returns null when it does not parse.
   */
  resolveAddress(sheet: SheetModel, address: string): { sheet: SheetModel; rect: Rect } | null {
    const parsed = parseAddress(address);
    if (parsed) {
      if (parsed.sheet !== undefined) {
        const target = this.findSheet(parsed.sheet);
        return target ? { sheet: target, rect: parsed.rect } : null;
      }
      return { sheet, rect: parsed.rect };
    }
    const name = this.names.find(address);
    return name ? this.names.range(name) : null;
  }

  /** A workbook-qualified address ("'LAKIP 2024'!A1:B2", or a name). */
  resolveQualified(address: string): { sheet: SheetModel; rect: Rect } | null {
    const { sheet } = splitSheet(address);
    if (sheet === undefined) {
      const name = this.names.find(address);
      if (name) return this.names.range(name);
      return this.resolveAddress(this.activeSheet, address);
    }
    const target = this.findSheet(sheet);
    return target ? this.resolveAddress(target, address) : null;
  }
}

/*
 * Excel.Workbook (context.workbook), Excel.Application and the settings collection.
 */
import { ClientCollection, ClientObject } from "./ClientObject";
import { invalidArgument, itemNotFound } from "./errors";
import { NamedItemCollectionProxy } from "./NamedItemProxy";
import { RangeProxy } from "./RangeProxy";
import type { RequestContext, SyncState } from "./RequestContext";
import { expectOneOf, expectString } from "./values";
import { WorksheetCollectionProxy } from "./WorksheetCollectionProxy";
import type { WorkbookModel } from "./WorkbookModel";

export class WorkbookProxy extends ClientObject<WorkbookModel> {
  protected readonly _typeName = "Workbook";
  protected readonly _scalarProperties = ["name", "calculationEngineVersion"] as const;

  constructor(context: RequestContext) {
    super(context, "workbook", (state) => state.model);
  }

  protected _read(_model: WorkbookModel, name: string): unknown {
    if (name === "name") return "Book1.xlsx";
    if (name === "calculationEngineVersion") return 0;
    throw invalidArgument(`Workbook has no property "${name}".`);
  }

  get name(): string {
    return this._get("name");
  }

  get worksheets(): WorksheetCollectionProxy {
    return this._child("worksheets", () => new WorksheetCollectionProxy(this.context, "worksheets"));
  }
  get names(): NamedItemCollectionProxy {
    return this._child("names", () => new NamedItemCollectionProxy(this.context, "names", () => "workbook"));
  }
  get settings(): SettingCollectionProxy {
    return this._child("settings", () => new SettingCollectionProxy(this.context, "settings"));
  }
  get application(): ApplicationProxy {
    return this._child("application", () => new ApplicationProxy(this.context, "application"));
  }

  /** The current selection (see Range.select and Workbook.selection()). */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, "workbook.getSelectedRange()", (state) => ({
      ...state.model.selection,
    }));
  }

  getActiveCell(): RangeProxy {
    return new RangeProxy(this.context, "workbook.getActiveCell()", (state) => {
      const { sheet, rect } = state.model.selection;
      return { sheet, rect: { row: rect.row, column: rect.column, rowCount: 1, columnCount: 1 } };
    });
  }
}

export class ApplicationProxy extends ClientObject<WorkbookModel> {
  protected readonly _typeName = "Application";
  protected readonly _scalarProperties = ["calculationMode"] as const;

  constructor(context: RequestContext, path: string) {
    super(context, path, (state) => state.model);
  }

  protected _read(model: WorkbookModel, name: string): unknown {
    if (name === "calculationMode") return model.calculationMode;
    throw invalidArgument(`Application has no property "${name}".`);
  }

  /** Stored only: HyperFormula always recalculates at once. */
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  set calculationMode(value: string) {
    this._set("calculationMode", value, (model) => {
      model.calculationMode = expectOneOf(
        value,
        ["Automatic", "AutomaticExceptTables", "Manual"],
        "calculationMode",
      );
    });
  }

  calculate(calculationType = "Recalculate"): void {
    this._call("calculate", [calculationType], () => undefined);
  }

  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}

interface SettingTarget {
  readonly model: WorkbookModel;
  readonly key: string;
}

export class SettingCollectionProxy extends ClientCollection<WorkbookModel, SettingProxy> {
  protected readonly _typeName = "SettingCollection";

  constructor(context: RequestContext, path: string) {
    super(context, path, (state) => state.model);
  }

  protected _list(model: WorkbookModel): SettingProxy[] {
    return [...model.settings.keys()].map((key) =>
      new SettingProxy(this.context, `settings.getItem(${key})`, () => ({ model, key }))._pin({ model, key }),
    );
  }

  /** Adds or replaces a setting; the value must be JSON-serialisable. */
  add(key: string, value: unknown): SettingProxy {
    this._call("add", [key, value], (model) => {
      model.settings.set(expectString(key, "key"), JSON.parse(JSON.stringify(value)) as unknown);
      model.touch(null);
    });
    return this.getItem(key);
  }

  private find(key: string, nullable: boolean): SettingProxy {
    return new SettingProxy(
      this.context,
      `settings.${nullable ? "getItemOrNullObject" : "getItem"}(${key})`,
      (state: SyncState) => {
        if (state.model.settings.has(key)) return { model: state.model, key };
        if (nullable) return null;
        throw itemNotFound(`There is no setting "${key}".`);
      },
      nullable,
    );
  }

  getItem(key: string): SettingProxy {
    return this.find(key, false);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return this.find(key, true)._instantiate();
  }
}

export class SettingProxy extends ClientObject<SettingTarget> {
  protected readonly _typeName = "Setting";
  protected readonly _scalarProperties = ["key", "value"] as const;

  protected override _isAlive(target: SettingTarget): boolean {
    return target.model.settings.has(target.key);
  }

  protected _read({ model, key }: SettingTarget, name: string): unknown {
    if (name === "key") return key;
    if (name === "value") return model.settings.get(key);
    throw invalidArgument(`Setting has no property "${name}".`);
  }

  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(value: unknown) {
    this._set("value", value, ({ model, key }) => {
      model.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
      model.touch(null);
    });
  }

  delete(): void {
    this._call("delete", [], ({ model, key }) => {
      model.settings.delete(key);
      model.touch(null);
    });
  }
}

/*
 * Excel.Workbook (context.workbook) and its settings collection.
 */
import { ClientCollection, ClientObject } from "./ClientObject";
import { invalidArgument, itemNotFound } from "../errors";
import { NamedItemCollectionProxy } from "./NamedItemProxy";
import { RangeProxy } from "./RangeProxy";
import type { RequestContext, SyncState } from "../RequestContext";
import { expectString } from "../values";
import { WorksheetCollectionProxy } from "./WorksheetCollectionProxy";
import type { WorkbookModel } from "../model/WorkbookModel";

export class WorkbookProxy extends ClientObject<WorkbookModel> {
  protected readonly _typeName = "Workbook";
  protected readonly _scalarProperties = [] as const;

  constructor(context: RequestContext) {
    super(context, "workbook", (state) => state.model);
  }

  protected _read(_model: WorkbookModel, name: string): unknown {
    throw invalidArgument(`Workbook has no property "${name}".`);
  }

  get worksheets(): WorksheetCollectionProxy {
    return this._child("worksheets", () => new WorksheetCollectionProxy(this.context, "worksheets"));
  }
  get names(): NamedItemCollectionProxy {
    return this._child("names", () => new NamedItemCollectionProxy(this.context, "names"));
  }
  get settings(): SettingCollectionProxy {
    return this._child("settings", () => new SettingCollectionProxy(this.context, "settings"));
  }

  /** The current selection (see Range.select and Workbook.selection()). */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, "workbook.getSelectedRange()", (state) => ({
      ...state.model.selection,
    }));
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
  protected readonly _scalarProperties = ["value"] as const;

  protected override _isAlive(target: SettingTarget): boolean {
    return target.model.settings.has(target.key);
  }

  protected _read({ model, key }: SettingTarget, name: string): unknown {
    if (name === "value") return model.settings.get(key);
    throw invalidArgument(`Setting has no property "${name}".`);
  }

  get value(): unknown {
    return this._get("value");
  }
}

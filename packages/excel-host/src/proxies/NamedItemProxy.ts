/*
 * Excel.NamedItemCollection / NamedItem: the workbook's defined names (see NameRegistry).
 */
import { formatAddress } from "../address";
import { invalidArgument, itemNotFound } from "../errors";
import type { NameModel } from "../model/NameRegistry";
import type { WorkbookModel } from "../model/WorkbookModel";
import type { RequestContext, SyncState } from "../RequestContext";
import { expectString } from "../values";
import { ClientCollection, ClientObject } from "./ClientObject";
import { RangeProxy } from "./RangeProxy";

export class NamedItemCollectionProxy extends ClientCollection<WorkbookModel, NamedItemProxy> {
  protected readonly _typeName = "NamedItemCollection";

  constructor(context: RequestContext, path: string) {
    super(context, path, (state) => state.model);
  }

  protected _list(model: WorkbookModel): NamedItemProxy[] {
    return model.names
      .all()
      .map((name) =>
        new NamedItemProxy(this.context, `${this._path}.getItem(${name.name})`, () => name)._pin(name),
      );
  }

  /** `reference` is a Range, an address ("=Pengaturan!$C$5") or a formula / constant ("=0.5"). */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const created: { name?: NameModel } = {};
    const describe = reference instanceof RangeProxy ? reference._path : reference;
    this._call("add", [name, describe, comment ?? null], (model, state) => {
      let formula: string;
      if (reference instanceof RangeProxy) {
        const target = reference._resolve(state);
        if (!target) throw invalidArgument("The reference is a null object.");
        formula = `=${formatAddress(target.sheet.name, target.rect, true)}`;
      } else {
        formula = expectString(reference, "reference");
      }
      created.name = model.names.add(name, formula, comment);
    });
    return new NamedItemProxy(this.context, `${this._path}.add(${name})`, () => {
      if (!created.name) throw itemNotFound(`The name "${name}" was not created.`);
      return created.name;
    });
  }

  private find(name: string, nullable: boolean): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      `${this._path}.${nullable ? "getItemOrNullObject" : "getItem"}(${name})`,
      (state) => {
        const found = state.model.names.find(name);
        if (!found && !nullable) throw itemNotFound(`There is no name "${name}".`);
        return found;
      },
      nullable,
    );
  }

  getItem(name: string): NamedItemProxy {
    return this.find(name, false);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return this.find(name, true)._instantiate();
  }
}

export class NamedItemProxy extends ClientObject<NameModel> {
  protected readonly _typeName = "NamedItem";
  protected readonly _scalarProperties = ["name", "type", "value", "formula", "comment"] as const;

  protected override _isAlive(name: NameModel, state: SyncState): boolean {
    return state.model.names.has(name);
  }

  protected _read(name: NameModel, property: string, state: SyncState): unknown {
    const names = state.model.names;
    switch (property) {
      case "name":
        return name.name;
      case "type":
        return names.type(name);
      case "value":
        return names.value(name);
      case "formula":
        return names.formula(name);
      case "comment":
        return name.comment;
    }
    throw invalidArgument(`NamedItem has no property "${property}".`);
  }

  get name(): string {
    return this._get("name");
  }
  get type(): string {
    return this._get("type");
  }
  get value(): unknown {
    return this._get("value");
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(value: string) {
    this._set("formula", value, (name, state) =>
      state.model.names.setFormula(name, expectString(value, "formula")),
    );
  }
  get comment(): string {
    return this._get("comment");
  }

  /** ExcelApi 1.4: removes the name. */
  delete(): void {
    this._call("delete", [], (name, state) => state.model.names.remove(name));
  }

  /** The range the name refers to; fails with InvalidArgument if it is not a range. */
  getRange(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getRange()`, (state) => {
      const name = this._resolve(state);
      if (!name) return null;
      const range = state.model.names.range(name);
      if (!range) throw invalidArgument(`The name "${name.name}" does not refer to a range.`);
      return range;
    });
  }
}

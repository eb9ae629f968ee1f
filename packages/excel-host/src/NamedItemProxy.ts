/*
 * Excel.NamedItemCollection / NamedItem. Names are HyperFormula named expressions,
 * so `=TahunLaporan*2` in a cell works; a workbook's collection holds workbook-scope
 * names, a worksheet's collection that sheet's names.
 */
import { formatAddress } from "./address";
import { ClientCollection, ClientObject } from "./ClientObject";
import { invalidArgument, itemNotFound } from "./errors";
import { RangeProxy } from "./RangeProxy";
import type { SyncState } from "./RequestContext";
import type { SheetModel } from "./SheetModel";
import type { NameModel } from "./WorkbookModel";
import { expectString } from "./values";

/** The scope object a collection stands for: a sheet, or the workbook ("workbook"). */
type Scope = SheetModel | "workbook";

export class NamedItemCollectionProxy extends ClientCollection<Scope, NamedItemProxy> {
  protected readonly _typeName = "NamedItemCollection";

  private static sheetOf(scope: Scope): SheetModel | null {
    return scope === "workbook" ? null : scope;
  }

  protected _list(scope: Scope, state: SyncState): NamedItemProxy[] {
    return state.model
      .namesIn(NamedItemCollectionProxy.sheetOf(scope))
      .map((name) =>
        new NamedItemProxy(this.context, `${this._path}.getItem(${name.name})`, () => name)._pin(name),
      );
  }

  /** `reference` is a Range, an address ("=Pengaturan!$C$5") or a formula / constant ("=0.5"). */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const created: { name?: NameModel } = {};
    const describe = reference instanceof RangeProxy ? reference._path : reference;
    this._call("add", [name, describe, comment ?? null], (scope, state) => {
      let formula: string;
      if (reference instanceof RangeProxy) {
        const target = reference._resolve(state);
        if (!target) throw invalidArgument("The reference is a null object.");
        formula = `=${formatAddress(target.sheet.name, target.rect, true)}`;
      } else {
        formula = expectString(reference, "reference");
      }
      created.name = state.model.addName(name, formula, comment, NamedItemCollectionProxy.sheetOf(scope));
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
        const scope = this._resolve(state);
        if (!scope) return null;
        const sheet = NamedItemCollectionProxy.sheetOf(scope);
        const found =
          state.model.namesIn(sheet).find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
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
    return [...state.model.names.values()].includes(name);
  }

  protected _read(name: NameModel, property: string, state: SyncState): unknown {
    switch (property) {
      case "name":
        return name.name;
      case "type":
        return state.model.nameType(name);
      case "value":
        return state.model.nameValue(name);
      case "formula":
        return state.model.nameFormula(name);
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
      state.model.setNameFormula(name, expectString(value, "formula")),
    );
  }
  get comment(): string {
    return this._get("comment");
  }

  /** The range the name refers to; fails with InvalidArgument if it is not a range. */
  getRange(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getRange()`, (state) => {
      const name = this._resolve(state);
      if (!name) return null;
      const range = state.model.nameRange(name);
      if (!range) throw invalidArgument(`The name "${name.name}" does not refer to a range.`);
      return range;
    });
  }
}

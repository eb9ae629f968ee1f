/*
 * Excel.WorksheetCollection: getItem / getItemOrNullObject / add / getActiveWorksheet.
 */
import { ClientCollection } from "./ClientObject";
import { itemNotFound } from "../errors";
import type { RequestContext, SyncState } from "../RequestContext";
import type { SheetModel } from "../model/SheetModel";
import type { WorkbookModel } from "../model/WorkbookModel";
import { WorksheetProxy } from "./WorksheetProxy";

export class WorksheetCollectionProxy extends ClientCollection<WorkbookModel, WorksheetProxy> {
  protected readonly _typeName = "WorksheetCollection";

  constructor(context: RequestContext, path: string) {
    super(context, path, (state) => state.model);
  }

  protected _list(model: WorkbookModel): WorksheetProxy[] {
    return model.sheets.map((sheet) =>
      new WorksheetProxy(this.context, `worksheets.getItem(${sheet.name})`, () => sheet)._pin(sheet),
    );
  }

  private sheetProxy(
    path: string,
    find: (state: SyncState) => SheetModel | null,
    nullable = false,
  ): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this._path}.${path}`, find, nullable);
  }

  /** By name (ignoring case) or id; ItemNotFound at sync if missing. */
  getItem(key: string): WorksheetProxy {
    return this.sheetProxy(`getItem(${key})`, (state) => {
      const sheet = state.model.findSheet(key);
      if (!sheet) throw itemNotFound(`There is no worksheet "${key}".`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this.sheetProxy(
      `getItemOrNullObject(${key})`,
      (state) => state.model.findSheet(key),
      true,
    )._instantiate();
  }

  /** Adds a sheet at the end (not activated, as in Excel). Name rules are checked at sync. */
  add(name?: string): WorksheetProxy {
    const created: { sheet?: SheetModel } = {};
    this.context._enqueue({
      json: { op: "call", path: `${this._path}.add`, args: [name ?? null] },
      location: "WorksheetCollection.add",
      run: (state) => {
        created.sheet = state.model.addSheet(name);
      },
    });
    return this.sheetProxy(`add(${name ?? ""})`, () => {
      if (!created.sheet) throw itemNotFound("The worksheet was not created.");
      return created.sheet;
    });
  }

  getActiveWorksheet(): WorksheetProxy {
    return this.sheetProxy("getActiveWorksheet()", (state) => state.model.activeSheet);
  }
}

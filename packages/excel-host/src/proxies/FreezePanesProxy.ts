/*
 * Excel.WorksheetFreezePanes: frozen rows and columns, stored per sheet.
 */
import { MAX_COLUMNS, MAX_ROWS } from "../address";
import { invalidArgument } from "../errors";
import type { SheetModel } from "../model/SheetModel";
import type { SyncState } from "../RequestContext";
import { expectInteger } from "../values";
import { ClientObject } from "./ClientObject";
import { rangeArgumentJson, resolveRangeArgument, type RangeArgument } from "./rangeArgument";
import { RangeProxy } from "./RangeProxy";

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

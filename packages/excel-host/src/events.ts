/*
 * office.js events (worksheet.onChanged, onSelectionChanged, worksheets.onChanged).
 *
 * `add(handler)` is queued like any operation and takes effect at sync. Handlers run
 * asynchronously after the sync or direct `write()` that caused the change, with
 * office.js-shaped arguments. As in Excel, the add-in's own API writes raise onChanged
 * too (triggerSource "ThisLocalAddin"); a user edit through `write()` has "Unknown".
 */
import type { RequestContext, SyncState } from "./RequestContext";
import type { SheetModel } from "./SheetModel";

export type EventKind = "changed" | "selectionChanged";

export interface WorksheetEventArgs {
  type: "WorksheetChanged" | "WorksheetSelectionChanged";
  /** Local address, e.g. "B2:C3". */
  address: string;
  worksheetId: string;
  source: "Local";
  changeType?: "RangeEdited";
  triggerSource: "ThisLocalAddin" | "Unknown";
}

export type EventHandler = (args: WorksheetEventArgs) => unknown;

export interface Registration {
  readonly kind: EventKind;
  /** null: every sheet (worksheets.onChanged). */
  readonly sheet: SheetModel | null;
  readonly handler: EventHandler;
}

/** What office.js returns from `add`: `remove()` unregisters (queued, effective at sync). */
export class EventHandlerResult {
  constructor(
    private readonly source: EventSource,
    private readonly handler: EventHandler,
  ) {}

  remove(): void {
    this.source.remove(this.handler);
  }
}

export class EventSource {
  constructor(
    private readonly context: RequestContext,
    private readonly path: string,
    /** The sheet to listen to; a resolver returning null listens to all sheets. */
    private readonly scope: (state: SyncState) => SheetModel | null,
    private readonly kind: EventKind,
  ) {}

  add(handler: EventHandler): EventHandlerResult {
    this.context._enqueue({
      json: { op: "addHandler", path: this.path },
      location: `${this.path}.add`,
      run: (state) => {
        state.model.events.add({ kind: this.kind, sheet: this.scope(state), handler });
      },
    });
    return new EventHandlerResult(this, handler);
  }

  remove(handler: EventHandler): void {
    this.context._enqueue({
      json: { op: "removeHandler", path: this.path },
      location: `${this.path}.remove`,
      run: (state) => {
        for (const r of state.model.events)
          if (r.handler === handler && r.kind === this.kind) state.model.events.delete(r);
      },
    });
  }
}

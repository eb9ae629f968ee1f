/*
 * office.js's `worksheet.onChanged`. `add(handler)` and `remove()` are queued like any
 * operation and take effect at sync; the handlers run as WorkbookEvents says.
 */
import type { EventHandler } from "../model/WorkbookEvents";
import type { SheetModel } from "../model/SheetModel";
import type { RequestContext, SyncState } from "../RequestContext";

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
    /** The sheet listened to, resolved at sync. */
    private readonly sheetOf: (state: SyncState) => SheetModel | null,
  ) {}

  add(handler: EventHandler): EventHandlerResult {
    this.context._enqueue({
      json: { op: "addHandler", path: this.path },
      location: `${this.path}.add`,
      run: (state) => {
        const sheet = this.sheetOf(state);
        if (sheet) state.model.events.handlers.add({ sheet, handler });
      },
    });
    return new EventHandlerResult(this, handler);
  }

  remove(handler: EventHandler): void {
    this.context._enqueue({
      json: { op: "removeHandler", path: this.path },
      location: `${this.path}.remove`,
      run: (state) => {
        for (const r of state.model.events.handlers)
          if (r.handler === handler) state.model.events.handlers.delete(r);
      },
    });
  }
}

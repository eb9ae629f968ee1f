/*
 * What the workbook tells the outside after a change: office.js `onChanged` handlers
 * (registered through proxies) and the host's own change listeners (the preview).
 *
 * Changes are collected while a sync or a direct write runs and told once, at its end
 * (`flush`). As in Excel, the add-in's own API writes raise onChanged too (triggerSource
 * "ThisLocalAddin"); a user edit through `write()` has "Unknown". Handlers run
 * asynchronously, after the change is complete; what they throw is swallowed, as Excel
 * does.
 */
import { formatLocal, type Rect } from "../address";
import type { SheetModel } from "./SheetModel";

export interface ChangeEvent {
  /** "sync": an Excel.run batch changed the workbook; "write": a direct write (a user edit). */
  source: "sync" | "write";
  /** Sheets whose cells, formats or metadata changed. */
  sheets: string[];
}

export type ChangeListener = (event: ChangeEvent) => void;

/** What an office.js `onChanged` handler receives. */
export interface WorksheetEventArgs {
  type: "WorksheetChanged";
  /** Local address, e.g. "B2:C3". */
  address: string;
  worksheetId: string;
  source: "Local";
  changeType: "RangeEdited";
  triggerSource: "ThisLocalAddin" | "Unknown";
}

export type EventHandler = (args: WorksheetEventArgs) => unknown;

interface Registration {
  readonly sheet: SheetModel;
  readonly handler: EventHandler;
}

export class WorkbookEvents {
  /** office.js onChanged handlers, as registered at sync. */
  readonly handlers = new Set<Registration>();
  private readonly listeners = new Set<ChangeListener>();
  private readonly pending: Array<{ sheet: SheetModel; rect: Rect }> = [];
  private readonly running = new Set<Promise<unknown>>();
  private readonly changedSheets = new Set<SheetModel>();
  private changedMetadata = false;

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Notes a change to a sheet, or (null) to the workbook: sheets, names, settings. */
  touch(sheet: SheetModel | null): void {
    if (sheet) this.changedSheets.add(sheet);
    else this.changedMetadata = true;
  }

  /** Notes an edit of cells, for the onChanged handlers. */
  cellsChanged(sheet: SheetModel, rect: Rect): void {
    if (this.handlers.size > 0) this.pending.push({ sheet, rect });
  }

  /** Resolves when every event handler started so far has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Tells handlers and listeners what changed since the last flush (once per sync or write). */
  flush(source: ChangeEvent["source"]): void {
    this.dispatch(source);
    if (this.changedSheets.size === 0 && !this.changedMetadata) return;
    const event: ChangeEvent = { source, sheets: [...this.changedSheets].map((s) => s.name) };
    this.changedSheets.clear();
    this.changedMetadata = false;
    for (const listener of [...this.listeners]) listener(event);
  }

  private dispatch(source: ChangeEvent["source"]): void {
    for (const { sheet, rect } of this.pending.splice(0)) {
      const args: WorksheetEventArgs = {
        type: "WorksheetChanged",
        address: formatLocal(rect),
        worksheetId: sheet.id,
        source: "Local",
        changeType: "RangeEdited",
        triggerSource: source === "sync" ? "ThisLocalAddin" : "Unknown",
      };
      for (const registration of this.handlers) {
        if (registration.sheet !== sheet) continue;
        const run: Promise<unknown> = Promise.resolve()
          .then(() => registration.handler({ ...args }))
          .catch(() => undefined)
          .finally(() => this.running.delete(run));
        this.running.add(run);
      }
    }
  }
}

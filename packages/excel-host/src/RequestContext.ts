/*
 * office.js's RequestContext: a queue of operations flushed by `sync()`.
 *
 * sync() serialises the queued operations (for the host's accounting: Excel on the web
 * rejects a request over 5 MB), then applies them in order against the model. The first
 * failing operation rejects the sync with its OfficeExtension.Error, as Excel does;
 * operations before it stay applied (Excel batches are not transactions) and loaded
 * values are published only when the whole batch succeeded.
 */
import { ErrorCode, HostError } from "./errors";
import type { WorkbookModel } from "./model/WorkbookModel";
import { WorkbookProxy } from "./proxies/WorkbookProxy";

interface QueuedOp {
  /** The operation as it would travel to Excel, e.g. { op: "set", path, value }. */
  readonly json: Record<string, unknown>;
  /** office.js debugInfo.errorLocation, e.g. "Range.values". */
  readonly location: string;
  run(state: SyncState): void;
}

/** What a RequestContext needs from its Workbook. */
export interface ContextHost {
  readonly model: WorkbookModel;
  readonly payloadLimitBytes: number;
  _recordSync(requestBytes: number, responseBytes: number, operations: number): void;
}

// TextEncoder is in every browser and in Node; the package compiles without DOM or Node
// types (packages/excel-host/tsconfig.json), so it is looked up on globalThis.
const { TextEncoder: Utf8Encoder } = globalThis as unknown as {
  TextEncoder: new () => { encode(text: string): Uint8Array };
};
const encoder = new Utf8Encoder();
const utf8Length = (text: string): number => encoder.encode(text).length;

/** Per-sync scratch: the model, and the changes to publish if the sync succeeds. */
export class SyncState {
  private readonly commits: Array<() => void> = [];
  responseBytes = 0;

  constructor(
    readonly model: WorkbookModel,
    readonly context: RequestContext,
  ) {}

  commit(publish: () => void): void {
    this.commits.push(publish);
  }

  respond(value: unknown): void {
    this.responseBytes += utf8Length(JSON.stringify(value) ?? "");
  }

  publish(): void {
    for (const publish of this.commits) publish();
  }
}

export class RequestContext {
  readonly workbook: WorkbookProxy;
  private queue: QueuedOp[] = [];

  constructor(readonly host: ContextHost) {
    this.workbook = new WorkbookProxy(this);
  }

  _enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  /** Operations waiting for the next sync. */
  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    // Excel answers asynchronously: nothing is applied while the caller still runs.
    await Promise.resolve();
    const fault = this.host.model.faults.nextSync();
    // A sync that never returns (Excel on the web, office-js#6678): nothing is applied.
    if (fault?.kind === "hang") return new Promise<T>(() => undefined);
    const requestBytes = utf8Length(JSON.stringify(ops.map((op) => op.json)));
    const state = new SyncState(this.host.model, this);
    // The sync's writes are evaluated together, when something reads or the sync ends.
    this.host.model.engine.beginBatch();
    try {
      if (requestBytes > this.host.payloadLimitBytes) {
        throw new HostError(
          ErrorCode.requestPayloadSizeLimitExceeded,
          `The batch is ${requestBytes} bytes; Excel on the web accepts at most ${this.host.payloadLimitBytes}.`,
          "RequestContext.sync",
        );
      }
      // A failing batch keeps what it applied before the failure (not a transaction).
      const applied = fault?.kind === "fail" ? Math.min(fault.applied, ops.length) : ops.length;
      for (const op of ops.slice(0, applied)) {
        try {
          op.run(state);
        } catch (error) {
          throw toHostError(error, op.location);
        }
      }
      if (fault?.kind === "fail") throw fault.error;
      if (state.responseBytes > this.host.payloadLimitBytes) {
        throw new HostError(
          ErrorCode.responsePayloadSizeLimitExceeded,
          `The response is ${state.responseBytes} bytes; Excel on the web returns at most ${this.host.payloadLimitBytes}.`,
          "RequestContext.sync",
        );
      }
      state.publish();
    } finally {
      this.host.model.engine.endBatch();
      this.host._recordSync(requestBytes, state.responseBytes, ops.length);
      this.host.model.events.flush("sync");
    }
    return passThroughValue as T;
  }
}

function toHostError(error: unknown, location: string): HostError {
  if (error instanceof HostError) return error.at(location);
  // A HyperFormula or host bug: keep its text, use Excel's catch-all code.
  const message = error instanceof Error ? error.message : String(error);
  return new HostError(ErrorCode.generalException, message, location);
}

import { SyncTimeoutError } from "./classifyError";
import type { ExcelRun } from "./ExcelRun";

/**
 * How long a `context.sync()` may take before the add-in stops waiting: 90 seconds.
 *
 * Excel on the web has syncs that never return (office-js#6678, #4805); without a limit
 * the pane would say "Menulis…" forever. The limit must still let the slowest real
 * batch finish: the largest the add-in sends is just under 4.5 MB (a 1,700-indicator
 * report, split at Excel on the web's 5 MB cap), which an office line of 1 Mbit/s
 * uploads in about 36 s, and the first read of a large workbook can wait while Excel
 * recalculates its custom functions. 90 s is that with room to spare, and still short
 * enough that someone watching the progress display is told what to do rather than
 * left guessing. Tests and the preview pass a shorter one.
 */
export const SYNC_TIMEOUT_MS = 90_000;

/**
 * `run` with every `context.sync()` raced against `ms`: past it the sync rejects with
 * `SyncTimeoutError` (code "Timeout"). The Excel request itself cannot be cancelled; the
 * action's recovery then reads the workbook afresh in a new `Excel.run`.
 */
export function withSyncTimeout(run: ExcelRun, ms: number = SYNC_TIMEOUT_MS): ExcelRun {
  return (batch) =>
    run((context) => {
      const sync = context.sync.bind(context);
      context.sync = <T>(value?: T): Promise<T> => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new SyncTimeoutError(Math.max(1, Math.round(ms / 1000)))), ms);
        });
        return Promise.race([sync(value), timeout]).finally(() => clearTimeout(timer));
      };
      return batch(context);
    });
}

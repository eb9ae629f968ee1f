/** `Excel.run`'s shape, so tests and the preview pass the in-memory host's `run`. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

// Resolved when called, so importing this module needs no Office globals.
export const defaultRun: ExcelRun = (batch) => Excel.run(batch);

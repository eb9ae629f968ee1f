/*
 * The globals office.js would define, pointing at a development workbook: `Excel`
 * (run and the enums), `OfficeExtension` (Error) and `CustomFunctions` (Error,
 * ErrorCode, associate). The add-in's code reads them as globals, so it runs unchanged.
 */
import { CustomFunctionsError, CustomFunctionsErrorCode } from "./engine/CustomFunctionsError";
import type { CustomFunction } from "./engine/CustomFunctionRegistry";
import { excelEnums } from "./enums";
import { HostError } from "./errors";
import type { RequestContext } from "./RequestContext";

type Batch<T> = (context: RequestContext) => Promise<T>;

/** What the globals need from a workbook. */
export interface GlobalsHost {
  run<T>(batchOrOptions: Batch<T> | object, maybeBatch?: Batch<T>): Promise<T>;
  associate(id: string, fn: CustomFunction): void;
}

const SHIM = Symbol.for("@iku-lakip/excel-host.CustomFunctions");

interface CustomFunctionsShim {
  Error: typeof CustomFunctionsError;
  ErrorCode: typeof CustomFunctionsErrorCode;
  associate(idOrMap: string | Record<string, CustomFunction>, fn?: CustomFunction): void;
  [SHIM]: { workbook: GlobalsHost | null };
}

function makeCustomFunctionsShim(workbook: GlobalsHost | null): CustomFunctionsShim {
  const state = { workbook };
  return {
    Error: CustomFunctionsError,
    ErrorCode: CustomFunctionsErrorCode,
    associate(idOrMap, fn) {
      const target = state.workbook;
      if (!target)
        throw new Error("CustomFunctions.associate: no development workbook installed its globals.");
      if (typeof idOrMap === "string") {
        if (typeof fn !== "function")
          throw new Error(`CustomFunctions.associate("${idOrMap}") needs a function.`);
        target.associate(idOrMap, fn);
      } else {
        for (const [id, f] of Object.entries(idOrMap)) target.associate(id, f);
      }
    },
    [SHIM]: state,
  };
}

function isShim(value: unknown): value is CustomFunctionsShim {
  return typeof value === "object" && value !== null && SHIM in value;
}

/** Makes sure a global CustomFunctions exists: the add-in's functions throw CustomFunctions.Error. */
export function ensureCustomFunctionsGlobal(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g.CustomFunctions === undefined) g.CustomFunctions = makeCustomFunctionsShim(null);
}

/**
 * Defines `Excel` and `OfficeExtension` on `target` and, unless a real one is present,
 * `CustomFunctions` (its associate registers into `workbook`). Returns a function
 * restoring the previous globals.
 */
export function installGlobals(workbook: GlobalsHost, target: Record<string, unknown>): () => void {
  const previous = { Excel: target.Excel, OfficeExtension: target.OfficeExtension };
  const had = {
    Excel: "Excel" in target,
    OfficeExtension: "OfficeExtension" in target,
    CustomFunctions: "CustomFunctions" in target,
  };
  target.Excel = {
    ...excelEnums,
    run: <T>(a: Batch<T> | object, b?: Batch<T>) => workbook.run(a, b),
  };
  target.OfficeExtension = { Error: HostError };
  const existing = target.CustomFunctions;
  let previousShimWorkbook: GlobalsHost | null | undefined;
  if (existing === undefined) target.CustomFunctions = makeCustomFunctionsShim(workbook);
  else if (isShim(existing)) {
    previousShimWorkbook = existing[SHIM].workbook;
    existing[SHIM].workbook = workbook;
  }
  return () => {
    for (const key of ["Excel", "OfficeExtension"] as const) {
      if (had[key]) target[key] = previous[key];
      else delete target[key];
    }
    if (!had.CustomFunctions) delete target.CustomFunctions;
    else if (isShim(existing) && previousShimWorkbook !== undefined)
      existing[SHIM].workbook = previousShimWorkbook;
  };
}

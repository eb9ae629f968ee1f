/*
 * An add-in's custom functions inside HyperFormula: with the namespace IKU, a function
 * `persen` is the formula `=IKU.PERSEN(...)`.
 *
 * Excel calls a custom function with plain JavaScript values: numbers, strings,
 * booleans, `null` for an empty cell or an omitted argument, and a 2-D array for a
 * parameter declared as a matrix (`any[][]`). A thrown `CustomFunctions.Error`
 * becomes the matching error value in the cell, message kept. This module gives
 * HyperFormula a FunctionPlugin that does exactly that, so an add-in's very functions
 * run unchanged.
 *
 * HyperFormula accepts dots in function ids (its name token is letters, digits, _ and
 * .), so "IKU.PERSEN" is registered as is; only a translation entry is needed for the
 * parser to recognise it.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from "hyperformula";

import { AST_FUNCTION_CALL } from "./hyperformulaInternals";
import { buildLazyIfPlugin } from "./lazyIfPlugin";

export type CustomFunction = (...args: never[]) => unknown;

interface Entry {
  readonly fn: CustomFunction;
  readonly matrix: ReadonlySet<number>;
  readonly arity: number;
}

/** Excel's custom-function error codes (CustomFunctions.ErrorCode) → HyperFormula's types. */
const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
  "#NULL!": ErrorType.ERROR,
};

/** A thrown value → the cell's error. Duck-typed, so the real runtime's Error class works too. */
function toCellError(thrown: unknown): CellError {
  if (typeof thrown === "object" && thrown !== null && "code" in thrown) {
    const code = thrown.code;
    const message = (thrown as { message?: unknown }).message;
    const type = typeof code === "string" ? ERROR_TYPES[code] : undefined;
    if (type !== undefined) {
      return new CellError(type, typeof message === "string" && message !== "" ? message : undefined);
    }
  }
  // Excel shows any other exception as #VALUE!.
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new CellError(ErrorType.VALUE, message);
}

type Raw = ReturnType<SimpleRangeValue["rawData"]>[number][number];

function plainScalar(value: Raw): unknown {
  return value === EmptyValue ? null : value;
}

type Converted = { ok: true; value: unknown } | { ok: false; error: CellError };

/** One HyperFormula argument → what Excel would pass. */
function toExcelArgument(value: unknown, isMatrix: boolean): Converted {
  if (value === undefined || value === EmptyValue) return { ok: true, value: null };
  if (value instanceof CellError) return { ok: false, error: value };
  if (value instanceof SimpleRangeValue) {
    const data = value.rawData();
    for (const row of data) {
      for (const cell of row) if (cell instanceof CellError) return { ok: false, error: cell };
    }
    if (!isMatrix && value.width() === 1 && value.height() === 1) {
      const only = data[0]?.[0];
      return { ok: true, value: only === undefined ? null : plainScalar(only) };
    }
    return { ok: true, value: data.map((row) => row.map(plainScalar)) };
  }
  // A scalar arrives plain: runFunction unwraps HyperFormula's typed numbers (dates,
  // percents) for a parameter without passSubtype, as these are declared.
  if (isMatrix) return { ok: true, value: [[value]] };
  return { ok: true, value };
}

/** A function's return value → a HyperFormula cell value. */
function toCellValue(result: unknown): number | string | boolean | CellError | typeof EmptyValue {
  if (typeof result === "number") return Number.isFinite(result) ? result : new CellError(ErrorType.NUM);
  if (typeof result === "string" || typeof result === "boolean") return result;
  if (result === null || result === undefined) return EmptyValue;
  if (Array.isArray(result)) {
    const first: unknown = Array.isArray(result[0]) ? (result[0] as unknown[])[0] : undefined;
    if (result.length === 1 && (result[0] as unknown[]).length === 1) return toCellValue(first);
    return new CellError(
      ErrorType.VALUE,
      "The development host does not spill arrays from custom functions.",
    );
  }
  if (result instanceof Promise) {
    return new CellError(ErrorType.VALUE, "The development host runs custom functions synchronously only.");
  }
  return new CellError(ErrorType.VALUE, "Unsupported custom function result.");
}

/** Registered functions of one workbook, and the HyperFormula plugin that runs them. */
export class CustomFunctionRegistry {
  private readonly entries = new Map<string, Entry>();

  /** `id` is the full, upper-case id with namespace, e.g. "IKU.PERSEN". */
  register(id: string, fn: CustomFunction, matrix: readonly number[] = []): void {
    if (!/^[A-Z_][A-Z0-9_.]*$/.test(id)) throw new Error(`Invalid custom function id "${id}".`);
    this.entries.set(id, { fn, matrix: new Set(matrix), arity: Math.max(1, fn.length) });
  }

  /** Calls a function the way Excel would: arguments converted, a throw made a cell error. */
  call(id: string, rawArgs: readonly unknown[]): ReturnType<typeof toCellValue> {
    const entry = this.entries.get(id);
    if (!entry) return new CellError(ErrorType.NAME, `Unknown function ${id}.`);
    const args: unknown[] = [];
    for (let i = 0; i < Math.max(rawArgs.length, entry.arity); i++) {
      const converted = toExcelArgument(rawArgs[i], entry.matrix.has(i));
      if (!converted.ok) return converted.error;
      args.push(converted.value);
    }
    try {
      return toCellValue((entry.fn as (...a: unknown[]) => unknown)(...args));
    } catch (thrown) {
      return toCellError(thrown);
    }
  }

  /**
   * A fresh FunctionPlugin class for the current set of functions. HyperFormula reads
   * `implementedFunctions` when an engine is built, so the workbook rebuilds its
   * engine (updateConfig) after registering.
   */
  buildPlugin(): FunctionPluginDefinition {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const registry = this;
    type RunArgs = Parameters<FunctionPlugin["runFunction"]>;

    class HostCustomFunctionsPlugin extends FunctionPlugin {
      static override implementedFunctions: ImplementedFunctions = {};

      evaluateRegistered(id: string, ast: { args: RunArgs[0] }, state: RunArgs[1]) {
        return this.runFunction(ast.args, state, this.metadata(id), (...args: unknown[]) =>
          registry.call(id, args),
        );
      }
    }

    const implemented: ImplementedFunctions = {};
    const translations: Record<string, string> = {};
    let index = 0;
    for (const [id, entry] of this.entries) {
      const method = `hostCustomFunction${index++}`;
      implemented[id] = {
        method,
        parameters: Array.from({ length: entry.arity }, () => ({
          argumentType: FunctionArgumentType.ANY,
          optionalArg: true,
        })),
        vectorizationForbidden: true,
      };
      translations[id] = id;
      Object.defineProperty(HostCustomFunctionsPlugin.prototype, method, {
        value(this: HostCustomFunctionsPlugin, ast: { args: RunArgs[0] }, state: RunArgs[1]) {
          return this.evaluateRegistered(id, ast, state);
        },
      });
    }
    HostCustomFunctionsPlugin.implementedFunctions = implemented;
    // The parser only knows function names present in the language pack.
    HyperFormula.getLanguage("enGB").extendFunctions(translations);
    return HostCustomFunctionsPlugin;
  }

  /** The plugins an engine needs for these functions: the functions, and IF that skips them. */
  buildPlugins(): FunctionPluginDefinition[] {
    const lazyIf = buildLazyIfPlugin(
      (ast) => ast.type === AST_FUNCTION_CALL && this.entries.has(ast.procedureName ?? ""),
    );
    return lazyIf ? [this.buildPlugin(), lazyIf] : [this.buildPlugin()];
  }
}

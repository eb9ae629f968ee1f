/*
 * The add-in's custom functions (=IKU.PERSEN(...)) inside HyperFormula.
 *
 * Excel calls a custom function with plain JavaScript values: numbers, strings,
 * booleans, `null` for an empty cell or an omitted argument, and a 2-D array for a
 * parameter declared as a matrix (`any[][]`). A thrown `CustomFunctions.Error`
 * becomes the matching error value in the cell, message kept. This module gives
 * HyperFormula a FunctionPlugin that does exactly that, so the very functions of
 * src/functions run unchanged.
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

export type CustomFunction = (...args: never[]) => unknown;

export interface RegisterOptions {
  /**
   * Zero-based indexes of parameters declared as matrices (JSDoc `any[][]`), by function
   * id (e.g. `{ PREDIKAT: [1] }`). Such a parameter always receives a 2-D array, even
   * from a single cell. Without it a multi-cell range still arrives as a 2-D array and a
   * single cell as its value.
   */
  matrixParameters?: Readonly<Record<string, readonly number[]>>;
}

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

/** The runtime's `CustomFunctions.ErrorCode`. */
export const CustomFunctionsErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/**
 * The runtime's `CustomFunctions.Error`: `new CustomFunctions.Error(code?, message?)`.
 *
 * Like the runtime's (which is not even an Error subclass) it carries no stack trace: it
 * is a cell value, thrown by the thousand while a sheet recalculates (an empty input
 * row), and capturing a stack costs more than the rest of a custom function call.
 */
export class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string = CustomFunctionsErrorCode.invalidValue, message?: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message ?? "");
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

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
  if (value === undefined || value === EmptyValue) return { ok: true, value: isMatrix ? null : null };
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
  if (isMatrix) return { ok: true, value: [[value]] };
  // Numbers may arrive wrapped (dates, percents) when HyperFormula tracks a subtype.
  if (typeof value === "object" && value !== null && "val" in value) return { ok: true, value: value.val };
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

  get size(): number {
    return this.entries.size;
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  /** `id` is the full, upper-case id with namespace, e.g. "IKU.PERSEN". */
  register(id: string, fn: CustomFunction, matrix: readonly number[] = []): void {
    if (!/^[A-Z_][A-Z0-9_.]*$/.test(id)) throw new Error(`Invalid custom function id "${id}".`);
    this.entries.set(id, { fn, matrix: new Set(matrix), arity: Math.max(1, fn.length) });
  }

  /** Calls a function the way Excel would, for tests. */
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
      (ast) => ast.type === "FUNCTION_CALL" && this.entries.has(ast.procedureName ?? ""),
    );
    return lazyIf ? [this.buildPlugin(), lazyIf] : [this.buildPlugin()];
  }
}

interface AstLike {
  type: string;
  procedureName?: string;
}

/**
 * HyperFormula's IF evaluates all of its arguments, then picks one; Excel evaluates only
 * the branch it takes. So `=IF(OR(F5="",G5=""),"",IKU.PERSEN(F5,G5))` ran IKU.PERSEN on
 * every empty row, which threw a CustomFunctions.Error just to be discarded. This IF is
 * HyperFormula's (same metadata, same runFunction, same coercions), except that a branch
 * which is a call of one of our custom functions is not evaluated when the condition
 * rules it out. The result cannot differ: such a call always gives a scalar, which IF's
 * SCALAR parameter accepts as is (errors included) and then drops. Anything else (a
 * range condition, array mode, other branches) is evaluated exactly as before.
 */
function buildLazyIfPlugin(skippable: (ast: AstLike) => boolean): FunctionPluginDefinition | null {
  const builtIn = HyperFormula.getFunctionPlugin("IF")?.implementedFunctions.IF;
  if (!builtIn?.parameters?.[0]) return null;
  const metadata = { ...builtIn, method: "hostLazyIf" };
  const conditionType = builtIn.parameters[0];
  type RunArgs = Parameters<FunctionPlugin["runFunction"]>;
  type Evaluated = [unknown, boolean, boolean];
  /** A stand-in for a branch not taken: coerces to itself, then is ignored. */
  const NOT_TAKEN: Evaluated = [0, false, false];

  class HostLazyIfPlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = { IF: metadata };

    hostLazyIf(ast: { args: RunArgs[0] }, state: RunArgs[1]) {
      type Value = ReturnType<FunctionPlugin["runFunction"]>;
      return this.runFunction(
        ast.args,
        state,
        this.metadata("IF"),
        (condition: unknown, whenTrue: Value, whenFalse: Value): Value => (condition ? whenTrue : whenFalse),
      );
    }

    protected override evaluateArguments(
      args: RunArgs[0],
      state: RunArgs[1],
      meta: Parameters<FunctionPlugin["evaluateArguments"]>[2],
    ): ReturnType<FunctionPlugin["evaluateArguments"]> {
      const asts = args as unknown as AstLike[];
      if (meta !== HostLazyIfPlugin.implementedFunctions.IF || state.arraysFlag || asts.length < 2)
        return super.evaluateArguments(args, state, meta);
      const evaluate = (i: number): Evaluated => [
        this.evaluateAst(args[i] as RunArgs[0][number], state),
        false,
        asts[i]?.type === "EMPTY",
      ];
      const first = evaluate(0);
      let skip = -1;
      if (!(first[0] instanceof SimpleRangeValue)) {
        // The very coercion runFunction applies to the condition.
        const condition = this.coerceToType(first[0] as never, conditionType, state);
        if (condition === true) skip = 2;
        else if (condition === false) skip = 1;
      }
      const out: Evaluated[] = [first];
      for (let i = 1; i < asts.length; i++) {
        out.push(i === skip && skippable(asts[i] as AstLike) ? NOT_TAKEN : evaluate(i));
      }
      return out as ReturnType<FunctionPlugin["evaluateArguments"]>;
    }
  }
  return HostLazyIfPlugin;
}

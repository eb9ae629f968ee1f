/*
 * Every HyperFormula internal the host relies on, in one place. HyperFormula's public
 * API has no equivalent for any of them:
 *
 * 1. `dependencyGraph.getCell(address)` and its ParsingErrorVertex (`rawInput`,
 *    `errors`): whether a cell holds an unparsable formula, asked while evaluation is
 *    suspended (the public answer, getCellValue, needs evaluation to run).
 * 2. The FunctionPlugin members the lazy IF uses: it overrides `evaluateArguments` and
 *    calls `evaluateAst` and `coerceToType` (protected, undocumented), and reads
 *    `InterpreterState.arraysFlag`.
 * 3. The parser's AST nodes: `type` ("FUNCTION_CALL", "EMPTY") and `procedureName`.
 *
 * test/hyperformulaContract.test.ts pins each to the version below, so an upgrade that
 * changes one fails there, by name, instead of silently changing results or speed.
 */
import type { HyperFormula, SimpleCellAddress } from "hyperformula";

/** The HyperFormula version these internals were checked against. */
export const CHECKED_HYPERFORMULA_VERSION = "3.5.0";

/** An AST node as HyperFormula's parser builds it: its kind and, for a call, the function. */
export interface AstNode {
  readonly type: string;
  readonly procedureName?: string;
}

/** `AstNodeType.FUNCTION_CALL` and `AstNodeType.EMPTY` (an omitted argument). */
export const AST_FUNCTION_CALL = "FUNCTION_CALL";
export const AST_EMPTY = "EMPTY";

interface DependencyGraphLike {
  getCell?: (address: SimpleCellAddress) => unknown;
}

/**
 * Whether `address` holds a formula HyperFormula could not parse, without evaluating:
 * its vertex is a ParsingErrorVertex, the only one with `rawInput` and `errors`.
 * undefined when the internal is not there (the caller then asks by evaluating).
 */
export function holdsUnparsableFormula(hf: HyperFormula, address: SimpleCellAddress): boolean | undefined {
  const graph = (hf as unknown as { dependencyGraph?: DependencyGraphLike }).dependencyGraph;
  if (typeof graph?.getCell !== "function") return undefined;
  const vertex = graph.getCell(address);
  return typeof vertex === "object" && vertex !== null && "rawInput" in vertex && "errors" in vertex;
}

/*
 * Every HyperFormula internal the host relies on, in one place. They all serve the lazy
 * IF (lazyIfPlugin.ts), for which HyperFormula's public API has no equivalent:
 *
 * 1. FunctionPlugin members: it overrides `evaluateArguments` and calls `evaluateAst`
 *    and `coerceToType` (protected, undocumented), and reads
 *    `InterpreterState.arraysFlag`.
 * 2. The parser's AST nodes: `type` ("FUNCTION_CALL", "EMPTY") and `procedureName`.
 *
 * test/hyperformulaContract.test.ts pins each to the version below, so an upgrade that
 * changes one fails there, by name, instead of silently changing results or speed.
 * Everything else the host does with HyperFormula goes through its public API
 * (HyperFormulaEngine.ts, CustomFunctionRegistry.ts).
 */

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

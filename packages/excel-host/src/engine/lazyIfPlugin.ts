/*
 * An IF that does not call a custom function in the branch it does not take.
 *
 * HyperFormula's IF evaluates all of its arguments, then picks one; Excel evaluates only
 * the branch it takes. So `=IF(OR(F5="",G5=""),"",IKU.PERSEN(F5,G5))` ran IKU.PERSEN on
 * every empty row, which threw a CustomFunctions.Error just to be discarded. This IF is
 * HyperFormula's (same metadata, same runFunction, same coercions), except that a branch
 * which is a call of one of our custom functions is not evaluated when the condition
 * rules it out. The result cannot differ: such a call always gives a scalar, which IF's
 * SCALAR parameter accepts as is (errors included) and then drops. Anything else (a
 * range condition, array mode, other branches) is evaluated exactly as before.
 *
 * It reads HyperFormula internals (see hyperformulaInternals.ts): without IF's metadata
 * it returns null and HyperFormula's own IF stays.
 */
import {
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from "hyperformula";
import { AST_EMPTY, type AstNode } from "./hyperformulaInternals";

export function buildLazyIfPlugin(skippable: (ast: AstNode) => boolean): FunctionPluginDefinition | null {
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
      const asts = args as unknown as AstNode[];
      if (meta !== HostLazyIfPlugin.implementedFunctions.IF || state.arraysFlag || asts.length < 2)
        return super.evaluateArguments(args, state, meta);
      const evaluate = (i: number): Evaluated => [
        this.evaluateAst(args[i] as RunArgs[0][number], state),
        false,
        asts[i]?.type === AST_EMPTY,
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
        out.push(i === skip && skippable(asts[i] as AstNode) ? NOT_TAKEN : evaluate(i));
      }
      return out as ReturnType<FunctionPlugin["evaluateArguments"]>;
    }
  }
  return HostLazyIfPlugin;
}

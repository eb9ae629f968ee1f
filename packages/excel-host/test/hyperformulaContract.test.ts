/*
 * The HyperFormula internals the host reads (src/engine/hyperformulaInternals.ts), each
 * pinned to the version they were checked against. When hyperformula is upgraded, this
 * file says which assumption broke, by name, before a slower or wrong host does.
 */
import {
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  type SimpleCellAddress,
} from "hyperformula";
import {
  AST_EMPTY,
  AST_FUNCTION_CALL,
  CHECKED_HYPERFORMULA_VERSION,
  type AstNode,
} from "../src/engine/hyperformulaInternals";

const A1: SimpleCellAddress = { sheet: 0, row: 0, col: 0 };

test("the installed hyperformula is the version whose internals were checked", () => {
  // On an upgrade: re-check every internal below, then update CHECKED_HYPERFORMULA_VERSION.
  expect(HyperFormula.version).toBe(CHECKED_HYPERFORMULA_VERSION);
});

describe("the FunctionPlugin members the lazy IF uses", () => {
  test.each(["evaluateArguments", "evaluateAst", "coerceToType"])("FunctionPlugin has %s", (member) => {
    // Protected and undocumented; the lazy IF's behaviour test (performance.test.ts)
    // covers what they do.
    const prototype = FunctionPlugin.prototype as unknown as Record<string, unknown>;
    expect(typeof prototype[member]).toBe("function");
  });

  test("IF's metadata has a first parameter (the condition) to coerce with", () => {
    const metadata = HyperFormula.getFunctionPlugin("IF")?.implementedFunctions.IF;
    expect(metadata?.parameters?.[0]?.argumentType).toBe(FunctionArgumentType.BOOLEAN);
  });

  test("evaluateArguments receives the AST of each argument and the interpreter state", () => {
    const seen: Array<{ asts: AstNode[]; arraysFlag: unknown; evaluated: unknown[] }> = [];
    class ProbePlugin extends FunctionPlugin {
      static override implementedFunctions: ImplementedFunctions = {
        PROBE: {
          method: "probe",
          parameters: [
            { argumentType: FunctionArgumentType.ANY, optionalArg: true },
            { argumentType: FunctionArgumentType.ANY, optionalArg: true },
            { argumentType: FunctionArgumentType.ANY, optionalArg: true },
          ],
        },
      };
      probe(ast: { args: Parameters<FunctionPlugin["runFunction"]>[0] }, state: never) {
        return this.runFunction(ast.args, state, this.metadata("PROBE"), () => 1);
      }
      protected override evaluateArguments(
        ...args: Parameters<FunctionPlugin["evaluateArguments"]>
      ): ReturnType<FunctionPlugin["evaluateArguments"]> {
        const evaluated = super.evaluateArguments(...args);
        seen.push({
          asts: args[0],
          arraysFlag: args[1].arraysFlag,
          evaluated: evaluated.map(([value, ignorable, empty]) => [value, ignorable, empty]),
        });
        return evaluated;
      }
    }
    HyperFormula.getLanguage("enGB").extendFunctions({ PROBE: "PROBE" });
    const hf = HyperFormula.buildFromArray([[]], {
      licenseKey: "gpl-v3",
      functionPlugins: [...HyperFormula.getAllFunctionPlugins(), ProbePlugin],
    });
    hf.setCellContents(A1, "=PROBE(SUM(1,2),,3)");
    expect(hf.getCellValue(A1)).toBe(1);
    const call = seen[0];
    expect(call?.asts.map((a) => a.type)).toEqual([AST_FUNCTION_CALL, AST_EMPTY, "NUMBER"]);
    expect(call?.asts[0]?.procedureName).toBe("SUM");
    expect(call?.arraysFlag).toBe(false);
    // [value, ignorable, syntactically empty] per argument: the shape the lazy IF returns.
    expect(call?.evaluated).toEqual([
      [3, false, false],
      [expect.anything() as unknown, false, true],
      [3, false, false],
    ]);
  });
});

/*
 * Excel.ConditionalFormatCollection / ConditionalFormat, stored in
 * SheetModel.conditionalFormats (ordered by priority, 0 = first).
 *
 * Supported: cellValue, textComparison (ContainsText) and custom rules with a format
 * (fill, font colour, bold). Other types keep only their type. evaluateConditionalFormat
 * applies cellValue and textComparison rules to a cell, for the preview.
 */
import { rectIntersection } from "../address";
import { ConditionalCellValueOperator, ConditionalFormatType, ConditionalTextOperator } from "../enums";
import { ClientCollection, ClientObject } from "./ClientObject";
import { invalidArgument, itemNotFound } from "../errors";
import type { RangeTarget } from "./RangeProxy";
import type { RequestContext, SyncState } from "../RequestContext";
import type { ConditionalFormatModel, SheetModel } from "../model/SheetModel";
import { expectBoolean, expectOneOf, expectString, normalizeColor } from "../values";

interface CfTarget {
  readonly sheet: SheetModel;
  readonly cf: ConditionalFormatModel;
}

const TYPES = Object.values(ConditionalFormatType);
const CELL_OPERATORS = Object.values(ConditionalCellValueOperator).filter((o) => o !== "Invalid");
const TEXT_OPERATORS = Object.values(ConditionalTextOperator).filter((o) => o !== "Invalid");

export class ConditionalFormatCollectionProxy extends ClientCollection<RangeTarget, ConditionalFormatProxy> {
  protected readonly _typeName = "ConditionalFormatCollection";

  private proxyFor(
    path: string,
    find: (target: RangeTarget, state: SyncState) => ConditionalFormatModel,
  ): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, `${this._path}.${path}`, (state) => {
      const target = this._resolve(state);
      return target ? { sheet: target.sheet, cf: find(target, state) } : null;
    });
  }

  /** The conditional formats that touch the range, by priority. */
  private inRange({ sheet, rect }: RangeTarget): ConditionalFormatModel[] {
    return sheet.conditionalFormats.filter((cf) => rectIntersection(cf.rect, rect));
  }

  protected _list(target: RangeTarget): ConditionalFormatProxy[] {
    return this.inRange(target).map((cf, i) =>
      new ConditionalFormatProxy(this.context, `${this._path}.getItemAt(${i})`, () => ({
        sheet: target.sheet,
        cf,
      }))._pin({ sheet: target.sheet, cf }),
    );
  }

  /** Adds a format of `type` (Excel.ConditionalFormatType) at the top priority. */
  add(type: string): ConditionalFormatProxy {
    const created: { cf?: ConditionalFormatModel } = {};
    this._call("add", [type], ({ sheet, rect }, state) => {
      created.cf = state.model.edit(sheet).addConditionalFormat(rect, () => expectOneOf(type, TYPES, "type"));
    });
    return this.proxyFor(`add(${type})`, () => {
      if (!created.cf) throw itemNotFound("The conditional format was not created.");
      return created.cf;
    });
  }

  /** Removes every conditional format touching the range. */
  clearAll(): void {
    this._call("clearAll", [], ({ sheet, rect }, state) =>
      state.model.edit(sheet).clearConditionalFormats(rect),
    );
  }
}

abstract class CfPart extends ClientObject<CfTarget> {
  protected override _isAlive(target: CfTarget, state: SyncState): boolean {
    return state.model.isAlive(target.sheet) && target.sheet.conditionalFormats.includes(target.cf);
  }

  protected update<V>(name: string, value: V, apply: (cf: ConditionalFormatModel) => void): void {
    this._set(name, value, ({ sheet, cf }, state) =>
      state.model.edit(sheet).changeConditionalFormat(cf, apply),
    );
  }
}

export class ConditionalFormatProxy extends CfPart {
  protected readonly _typeName = "ConditionalFormat";
  protected readonly _scalarProperties = [] as const;

  protected _read(_target: CfTarget, name: string): unknown {
    throw invalidArgument(`ConditionalFormat has no property "${name}".`);
  }

  /** The rule-plus-format part for one rule type; `check` validates an assigned rule. */
  private ruleWithFormat(
    name: string,
    typeName: string,
    check: (value: unknown) => Record<string, unknown>,
  ): RuleWithFormatProxy {
    return this._child(
      name,
      () =>
        new RuleWithFormatProxy(
          this.context,
          `${this._path}.${name}`,
          (s) => this._resolve(s),
          typeName,
          check,
        ),
    );
  }
  get cellValue(): RuleWithFormatProxy {
    return this.ruleWithFormat("cellValue", "CellValueConditionalFormat", checkCellValueRule);
  }
  get textComparison(): RuleWithFormatProxy {
    return this.ruleWithFormat("textComparison", "TextConditionalFormat", checkTextRule);
  }
  get custom(): CustomConditionalFormatProxy {
    return this._nested("custom", CustomConditionalFormatProxy);
  }
}

function checkCellValueRule(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null)
    throw invalidArgument("A cellValue rule must be an object.");
  const v = value as Record<string, unknown>;
  const operator = expectOneOf(v.operator, CELL_OPERATORS, "rule.operator");
  const formula = (x: unknown, name: string): string => {
    if (typeof x === "number") return String(x);
    if (typeof x !== "string" || x === "") throw invalidArgument(`A ${operator} rule needs ${name}.`);
    return x;
  };
  const rule: Record<string, unknown> = { operator, formula1: formula(v.formula1, "formula1") };
  if (operator === "Between" || operator === "NotBetween") rule.formula2 = formula(v.formula2, "formula2");
  return rule;
}

function checkTextRule(value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null)
    throw invalidArgument("A textComparison rule must be an object.");
  const v = value as Record<string, unknown>;
  return {
    operator: expectOneOf(v.operator, TEXT_OPERATORS, "rule.operator"),
    text: expectString(v.text, "rule.text"),
  };
}

/** cellValue / textComparison / presetCriteria / topBottom: a `rule` object and a `format`. */
export class RuleWithFormatProxy extends CfPart {
  protected readonly _scalarProperties = ["rule"] as const;

  constructor(
    context: RequestContext,
    path: string,
    resolver: (state: SyncState) => CfTarget | null,
    protected readonly _typeName: string,
    private readonly check: (value: unknown) => Record<string, unknown>,
  ) {
    super(context, path, resolver);
  }

  protected _read({ cf }: CfTarget, name: string): unknown {
    if (name === "rule") return cf.rule;
    throw invalidArgument(`${this._typeName} has no property "${name}".`);
  }

  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(value: Record<string, unknown>) {
    this.update("rule", value, (cf) => (cf.rule = this.check(value)));
  }

  get format(): ConditionalRangeFormatProxy {
    return this._nested("format", ConditionalRangeFormatProxy);
  }
}

export class CustomConditionalFormatProxy extends CfPart {
  protected readonly _typeName = "CustomConditionalFormat";
  protected readonly _scalarProperties = [] as const;

  protected _read(): unknown {
    throw invalidArgument("CustomConditionalFormat has no scalar properties.");
  }

  get rule(): ConditionalFormatRuleProxy {
    return this._nested("rule", ConditionalFormatRuleProxy);
  }
  get format(): ConditionalRangeFormatProxy {
    return this._nested("format", ConditionalRangeFormatProxy);
  }
}

/** `custom.rule`: { formula } ("=$B2>100", relative to the range's top-left cell). */
export class ConditionalFormatRuleProxy extends CfPart {
  protected readonly _typeName = "ConditionalFormatRule";
  protected readonly _scalarProperties = ["formula"] as const;

  protected _read({ cf }: CfTarget, name: string): unknown {
    if (name === "formula") return cf.rule.formula ?? "";
    throw invalidArgument(`ConditionalFormatRule has no property "${name}".`);
  }

  get formula(): string {
    return this._get("formula");
  }
  set formula(value: string) {
    this.update("formula", value, (cf) => (cf.rule = { formula: expectString(value, "rule.formula") }));
  }
}

export class ConditionalRangeFormatProxy extends CfPart {
  protected readonly _typeName = "ConditionalRangeFormat";
  protected readonly _scalarProperties = [] as const;

  protected _read(_target: CfTarget, name: string): unknown {
    throw invalidArgument(`ConditionalRangeFormat has no property "${name}".`);
  }

  get fill(): ConditionalFillProxy {
    return this._nested("fill", ConditionalFillProxy);
  }
  get font(): ConditionalFontProxy {
    return this._nested("font", ConditionalFontProxy);
  }
}

export class ConditionalFillProxy extends CfPart {
  protected readonly _typeName = "ConditionalRangeFill";
  protected readonly _scalarProperties = ["color"] as const;

  protected _read({ cf }: CfTarget, name: string): unknown {
    if (name === "color") return cf.format.fill ?? null;
    throw invalidArgument(`ConditionalRangeFill has no property "${name}".`);
  }

  get color(): string | null {
    return this._get("color");
  }
  set color(value: string | null) {
    this.update("color", value, (cf) => {
      if (value === null) delete cf.format.fill;
      else cf.format.fill = normalizeColor(value, "fill.color");
    });
  }
}

export class ConditionalFontProxy extends CfPart {
  protected readonly _typeName = "ConditionalRangeFont";
  protected readonly _scalarProperties = ["color", "bold"] as const;

  protected _read({ cf }: CfTarget, name: string): unknown {
    if (name === "color") return cf.format.fontColor ?? null;
    if (name === "bold") return cf.format.bold ?? null;
    throw invalidArgument(`ConditionalRangeFont has no property "${name}".`);
  }

  get color(): string | null {
    return this._get("color");
  }
  set color(value: string | null) {
    this.update("color", value, (cf) => {
      if (value === null) delete cf.format.fontColor;
      else cf.format.fontColor = normalizeColor(value, "font.color");
    });
  }
  get bold(): boolean | null {
    return this._get("bold");
  }
  set bold(value: boolean | null) {
    this.update("bold", value, (cf) => (cf.format.bold = expectBoolean(value, "font.bold")));
  }
}

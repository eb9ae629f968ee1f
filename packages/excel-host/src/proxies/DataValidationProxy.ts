/*
 * Excel.DataValidation: rules stored per rectangle in SheetModel.validations.
 *
 * Rules keep office.js's shape ({ decimal: { operator, formula1 } }, { list: { source,
 * inCellDropDown } }, { custom: { formula } }...). Setting a rule on a range replaces
 * whatever validation covered those cells. `valid` evaluates the simple rule types so
 * tests can check entered data; `write()` itself never enforces validation (neither
 * does pasting in Excel).
 */
import { formatAddress, rectIntersection, rectSubtract } from "../address";
import { ClientObject } from "./ClientObject";
import { invalidArgument } from "../errors";
import type { RangeTarget } from "./RangeProxy";
import { RangeProxy } from "./RangeProxy";
import type { SyncState } from "../RequestContext";
import { newValidation, type DataValidationModel, type SheetModel } from "../model/SheetModel";
import type { WorkbookModel } from "../model/WorkbookModel";
import { DataValidationAlertStyle, DataValidationOperator } from "../enums";
import { expectBoolean, expectOneOf } from "../values";

const RULE_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};
const OPERATORS = Object.values(DataValidationOperator);
const ALERT_STYLES = Object.values(DataValidationAlertStyle);

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** Checks an office.js DataValidationRule and normalises list sources given as ranges. */
function checkRule(rule: unknown, state: SyncState): Record<string, unknown> {
  if (typeof rule !== "object" || rule === null)
    throw invalidArgument("A data validation rule must be an object.");
  const entries = Object.entries(rule as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && v !== null,
  );
  if (entries.length !== 1) throw invalidArgument("A data validation rule needs exactly one rule type.");
  const [type, body] = entries[0] as [string, unknown];
  if (!(type in RULE_TYPES)) throw invalidArgument(`"${type}" is not a data validation rule type.`);
  if (typeof body !== "object" || body === null) throw invalidArgument(`The ${type} rule must be an object.`);
  const b = body as Record<string, unknown>;
  if (type === "list") {
    let source = b.source;
    if (source instanceof RangeProxy) {
      const target = source._resolve(state);
      if (!target) throw invalidArgument("The list source range is a null object.");
      source = `=${formatAddress(target.sheet.name, target.rect, true)}`;
    }
    if (typeof source !== "string" || source === "") throw invalidArgument("A list rule needs a source.");
    return { list: { inCellDropDown: b.inCellDropDown !== false, source } };
  }
  if (type === "custom") {
    if (typeof b.formula !== "string" || b.formula === "")
      throw invalidArgument("A custom rule needs a formula.");
    return { custom: { formula: b.formula } };
  }
  const operator = expectOneOf(b.operator, OPERATORS, `${type}.operator`);
  if (isBlank(b.formula1)) throw invalidArgument(`The ${type} rule needs formula1.`);
  const needsTwo = operator === "Between" || operator === "NotBetween";
  if (needsTwo && isBlank(b.formula2)) {
    throw invalidArgument(`The ${type} rule with ${operator} needs formula2.`);
  }
  const out: Record<string, unknown> = { operator, formula1: b.formula1 };
  if (needsTwo) out.formula2 = b.formula2;
  return { [type]: out };
}

/** A rule operand: a number, or a formula / reference evaluated on the sheet. */
function operand(model: WorkbookModel, sheet: SheetModel, value: unknown): unknown {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return value;
  if (value.startsWith("=")) {
    const result = model.engine.calculate(value, sheet.hfId);
    return result.ok ? result.value : NaN;
  }
  const n = Number(value);
  return Number.isNaN(n) ? value : n;
}

function compare(operator: string, x: number, a: number, b: number): boolean {
  switch (operator) {
    case "Between":
      return x >= a && x <= b;
    case "NotBetween":
      return x < a || x > b;
    case "EqualTo":
      return x === a;
    case "NotEqualTo":
      return x !== a;
    case "GreaterThan":
      return x > a;
    case "LessThan":
      return x < a;
    case "GreaterThanOrEqualTo":
      return x >= a;
    case "LessThanOrEqualTo":
      return x <= a;
  }
  return true;
}

/** Whether one cell's value passes a validation (custom rules are not evaluated: true). */
function cellIsValid(
  model: WorkbookModel,
  sheet: SheetModel,
  v: DataValidationModel,
  row: number,
  column: number,
): boolean {
  if (!v.rule) return true;
  const value = model.contents.value(sheet, row, column);
  if (value === "") return v.ignoreBlanks;
  const [type, body] = Object.entries(v.rule)[0] as [string, Record<string, unknown>];
  if (type === "list") {
    const source = String(body.source);
    if (source.startsWith("=")) {
      const target = model.resolveQualified(source.slice(1)) ?? model.resolveAddress(sheet, source.slice(1));
      if (!target) return false;
      const items = model.contents.grid(target.rect, (r, c) => model.contents.value(target.sheet, r, c));
      return items.flat().some((item) => String(item).toLowerCase() === String(value).toLowerCase());
    }
    return source.split(",").some((item) => item.trim().toLowerCase() === String(value).toLowerCase());
  }
  if (type === "custom") return true;
  const a = Number(operand(model, sheet, body.formula1));
  const b = Number(operand(model, sheet, body.formula2));
  const operator = String(body.operator);
  if (type === "textLength") return compare(operator, String(value).length, a, b);
  if (typeof value !== "number") return false;
  if (type === "wholeNumber" && !Number.isInteger(value)) return false;
  return compare(operator, value, a, b);
}

export class DataValidationProxy extends ClientObject<RangeTarget> {
  protected readonly _typeName = "DataValidation";
  protected readonly _scalarProperties = [
    "rule",
    "type",
    "prompt",
    "errorAlert",
    "ignoreBlanks",
    "valid",
  ] as const;

  /** The one validation covering the whole range; "Inconsistent" when cells differ. */
  private covering({ sheet, rect }: RangeTarget): DataValidationModel | null | "mixed" {
    const touching = sheet.validations.filter((v) => rectIntersection(v.rect, rect));
    if (touching.length === 0) return null;
    const [only] = touching;
    if (touching.length === 1 && only && rectSubtract(rect, only.rect).length === 0) return only;
    return "mixed";
  }

  protected _read(target: RangeTarget, name: string, state: SyncState): unknown {
    const v = this.covering(target);
    const none = v === null || v === "mixed" ? newValidation(target.rect) : v;
    switch (name) {
      case "rule":
        return none.rule ?? {};
      case "type": {
        if (v === "mixed") return "Inconsistent";
        const type = Object.keys(v?.rule ?? {})[0];
        return type === undefined ? "None" : (RULE_TYPES[type] ?? "None");
      }
      case "prompt":
        return none.prompt;
      case "errorAlert":
        return none.errorAlert;
      case "ignoreBlanks":
        return none.ignoreBlanks;
      case "valid": {
        const { sheet, rect } = target;
        const used = state.model.contents.usedRect(sheet, true);
        const area = used ? rectIntersection(rect, used) : null;
        if (!area) return true;
        for (const entry of sheet.validations) {
          const part = rectIntersection(entry.rect, area);
          if (!part) continue;
          for (let r = part.row; r < part.row + part.rowCount; r++) {
            for (let c = part.column; c < part.column + part.columnCount; c++) {
              if (!cellIsValid(state.model, sheet, entry, r, c)) return false;
            }
          }
        }
        return true;
      }
    }
    throw invalidArgument(`DataValidation has no property "${name}".`);
  }

  /** `check` validates the new value first, so a refused value leaves no empty entry behind. */
  private update<V, C>(
    name: string,
    value: V,
    check: (state: SyncState) => C,
    apply: (entry: DataValidationModel, checked: C) => void,
  ): void {
    this._set(name, value, ({ sheet, rect }, state) =>
      state.model.edit(sheet).changeValidation(rect, () => check(state), apply),
    );
  }

  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(value: Record<string, unknown>) {
    this.update(
      "rule",
      value,
      (state) => checkRule(value, state),
      (entry, rule) => (entry.rule = rule),
    );
  }
  get type(): string {
    return this._get("type");
  }
  get prompt(): DataValidationModel["prompt"] {
    return this._get("prompt");
  }
  set prompt(value: Partial<DataValidationModel["prompt"]>) {
    this.update(
      "prompt",
      value,
      () =>
        value.showPrompt === undefined ? undefined : expectBoolean(value.showPrompt, "prompt.showPrompt"),
      (entry, showPrompt) => {
        entry.prompt = {
          showPrompt: showPrompt ?? entry.prompt.showPrompt,
          title: String(value.title ?? entry.prompt.title),
          message: String(value.message ?? entry.prompt.message),
        };
      },
    );
  }
  get errorAlert(): DataValidationModel["errorAlert"] {
    return this._get("errorAlert");
  }
  set errorAlert(value: Partial<DataValidationModel["errorAlert"]>) {
    this.update(
      "errorAlert",
      value,
      () => ({
        showAlert:
          value.showAlert === undefined ? undefined : expectBoolean(value.showAlert, "errorAlert.showAlert"),
        style:
          value.style === undefined ? undefined : expectOneOf(value.style, ALERT_STYLES, "errorAlert.style"),
      }),
      (entry, checked) => {
        entry.errorAlert = {
          showAlert: checked.showAlert ?? entry.errorAlert.showAlert,
          style: checked.style ?? entry.errorAlert.style,
          title: String(value.title ?? entry.errorAlert.title),
          message: String(value.message ?? entry.errorAlert.message),
        };
      },
    );
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.update(
      "ignoreBlanks",
      value,
      () => expectBoolean(value, "ignoreBlanks"),
      (entry, ignoreBlanks) => (entry.ignoreBlanks = ignoreBlanks),
    );
  }
  get valid(): boolean {
    return this._get("valid");
  }

  clear(): void {
    this._call("clear", [], ({ sheet, rect }, state) => state.model.edit(sheet).clearValidation(rect));
  }
}

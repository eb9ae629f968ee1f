/*
 * Defined names (workbook scope), kept as HyperFormula named expressions so that
 * `=TahunLaporan*2` in a cell works. Excel's naming rules are checked here.
 */
import { formatAddress, parseAddress, type Rect } from "../address";
import type { HyperFormulaEngine } from "../engine/HyperFormulaEngine";
import { invalidArgument, itemAlreadyExists } from "../errors";
import type { SheetModel } from "./SheetModel";

export interface NameModel {
  name: string;
  comment: string;
}

/** Excel's rules for a defined name. */
function checkDefinedName(name: unknown): string {
  if (typeof name !== "string" || !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || name.length > 255) {
    throw invalidArgument(`"${String(name)}" is not a valid name.`);
  }
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name) && parseAddress(name) !== null) {
    throw invalidArgument(`"${name}" looks like a cell reference.`);
  }
  if (/^(R|C|R[0-9]*C[0-9]*)$/i.test(name)) throw invalidArgument(`"${name}" looks like an R1C1 reference.`);
  return name;
}

const withEquals = (reference: string): string => (reference.startsWith("=") ? reference : `=${reference}`);

export class NameRegistry {
  /** By lower-case name: Excel's names are case-insensitive. */
  private readonly byKey = new Map<string, NameModel>();

  constructor(
    private readonly engine: HyperFormulaEngine,
    private readonly findSheet: (name: string) => SheetModel | null,
    private readonly touch: () => void,
  ) {}

  all(): NameModel[] {
    return [...this.byKey.values()];
  }

  /** Whether a name still exists (a pinned proxy's target). */
  has(name: NameModel): boolean {
    return this.byKey.get(name.name.toLowerCase()) === name;
  }

  find(name: string): NameModel | null {
    return this.byKey.get(name.toLowerCase()) ?? null;
  }

  /** `reference` is an address ("=Pengaturan!$C$5") or a formula / constant ("=0.5"). */
  add(name: unknown, reference: string, comment: unknown): NameModel {
    const finalName = checkDefinedName(name);
    if (this.byKey.has(finalName.toLowerCase()))
      throw itemAlreadyExists(`The name "${finalName}" already exists.`);
    const formula = withEquals(reference);
    if (!this.engine.canAddName(finalName, formula)) {
      throw invalidArgument(`The name "${finalName}" or its reference ${formula} is not valid.`);
    }
    this.engine.addName(finalName, formula);
    const model: NameModel = { name: finalName, comment: typeof comment === "string" ? comment : "" };
    this.byKey.set(finalName.toLowerCase(), model);
    this.touch();
    return model;
  }

  /** `NamedItem.delete()`: formulas using the name then show #NAME?, as in Excel. */
  remove(name: NameModel): void {
    this.engine.removeName(name.name);
    this.byKey.delete(name.name.toLowerCase());
    this.touch();
  }

  formula(name: NameModel): string {
    return this.engine.nameFormula(name.name) ?? "=#REF!";
  }

  setFormula(name: NameModel, reference: string): void {
    this.engine.changeName(name.name, withEquals(reference));
    this.touch();
  }

  /** The range a name refers to, if it refers to one on an existing sheet. */
  range(name: NameModel): { sheet: SheetModel; rect: Rect } | null {
    const parsed = parseAddress(this.formula(name).slice(1).trim());
    const sheet = parsed?.sheet !== undefined ? this.findSheet(parsed.sheet) : null;
    return parsed && sheet ? { sheet, rect: parsed.rect } : null;
  }

  /** office.js NamedItemType: "Range", or the type of the name's value. */
  type(name: NameModel): string {
    return this.range(name) ? "Range" : this.engine.nameValue(name.name).type;
  }

  /** office.js NamedItem.value: the range's address, or the value ("#REF!" for an error). */
  value(name: NameModel): unknown {
    const range = this.range(name);
    if (range) return formatAddress(range.sheet.name, range.rect, true);
    return this.engine.nameValue(name.name).value;
  }
}

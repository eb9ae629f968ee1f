import { parseRange, type CellRect } from "../../core";

/**
 * A parser for the formulas the add-in writes (en-US syntax, English names, commas):
 * enough of Excel's grammar for the template's shapes — IF, OR, comparisons, `&`,
 * arithmetic, cell and range references, named ranges and the IKU.* calls — so the
 * .xlsx adapter can give those cells a cached value. Anything else is a `FormulaSyntaxError`
 * and the cell is simply left for the spreadsheet program to compute.
 */
export type FormulaNode =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly code: string }
  | { readonly kind: "ref"; readonly sheet: string | null; readonly rect: CellRect; readonly single: boolean }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "call"; readonly fn: string; readonly args: readonly (FormulaNode | null)[] }
  | { readonly kind: "unary"; readonly op: "-" | "+"; readonly operand: FormulaNode }
  | {
      readonly kind: "binary";
      readonly op: BinaryOp;
      readonly left: FormulaNode;
      readonly right: FormulaNode;
    };

type BinaryOp = "=" | "<>" | "<" | ">" | "<=" | ">=" | "&" | "+" | "-" | "*" | "/" | "^";

export class FormulaSyntaxError extends Error {}

type Token =
  | { readonly t: "number"; readonly v: number }
  | { readonly t: "text"; readonly v: string }
  | { readonly t: "error"; readonly v: string }
  | { readonly t: "ref"; readonly sheet: string | null; readonly v: string }
  | { readonly t: "ident"; readonly v: string }
  | { readonly t: "op"; readonly v: string };

const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/i;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const REFERENCE = new RegExp(`^(${CELL})(?::(${CELL}))?(?![A-Za-z0-9_.(])`);
const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!/;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const IDENT = /^[A-Za-z_\\][A-Za-z0-9_.]*/;
const OPERATORS = ["<>", "<=", ">=", "=", "<", ">", "&", "+", "-", "*", "/", "^", "(", ")", ","];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let s = source.trim();
  while (s.length > 0) {
    const space = /^\s+/.exec(s);
    if (space) {
      s = s.slice(space[0].length);
      continue;
    }
    if (s.startsWith('"')) {
      const m = /^"((?:[^"]|"")*)"/.exec(s);
      if (!m) throw new FormulaSyntaxError("unterminated text");
      tokens.push({ t: "text", v: (m[1] ?? "").replace(/""/g, '"') });
      s = s.slice(m[0].length);
      continue;
    }
    const error = ERROR_LITERAL.exec(s);
    if (error) {
      tokens.push({ t: "error", v: error[0].toUpperCase() });
      s = s.slice(error[0].length);
      continue;
    }
    const prefix = SHEET_PREFIX.exec(s);
    const afterPrefix = prefix ? s.slice(prefix[0].length) : s;
    const ref = REFERENCE.exec(afterPrefix);
    if (ref) {
      const sheet = prefix ? (prefix[1]?.replace(/''/g, "'") ?? prefix[2] ?? null) : null;
      tokens.push({ t: "ref", sheet, v: ref[0] });
      s = afterPrefix.slice(ref[0].length);
      continue;
    }
    if (prefix) throw new FormulaSyntaxError(`unsupported reference after ${prefix[0]}`);
    const num = NUMBER.exec(s);
    if (num) {
      tokens.push({ t: "number", v: Number(num[0]) });
      s = s.slice(num[0].length);
      continue;
    }
    const ident = IDENT.exec(s);
    if (ident) {
      tokens.push({ t: "ident", v: ident[0] });
      s = s.slice(ident[0].length);
      continue;
    }
    const op = OPERATORS.find((o) => s.startsWith(o));
    if (!op) throw new FormulaSyntaxError(`unexpected "${s.slice(0, 10)}"`);
    tokens.push({ t: "op", v: op });
    s = s.slice(op.length);
  }
  return tokens;
}

const LEVELS: readonly (readonly BinaryOp[])[] = [
  ["=", "<>", "<", ">", "<=", ">="],
  ["&"],
  ["+", "-"],
  ["*", "/"],
  ["^"],
];

/** Parses a formula ("=…" or its body) into a tree; throws FormulaSyntaxError on anything unsupported. */
export function parseFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula.startsWith("=") ? formula.slice(1) : formula);
  let at = 0;
  const peek = () => tokens[at];
  const isOp = (v: string) => {
    const t = peek();
    return t !== undefined && t.t === "op" && t.v === v;
  };
  const expect = (v: string) => {
    if (!isOp(v)) throw new FormulaSyntaxError(`expected "${v}"`);
    at++;
  };

  const binary = (level: number): FormulaNode => {
    const ops = LEVELS[level];
    if (!ops) return unary();
    let left = binary(level + 1);
    for (;;) {
      const t = peek();
      if (!t || t.t !== "op" || !ops.includes(t.v as BinaryOp)) return left;
      at++;
      left = { kind: "binary", op: t.v as BinaryOp, left, right: binary(level + 1) };
    }
  };
  const unary = (): FormulaNode => {
    if (isOp("-") || isOp("+")) {
      const op = (peek() as { v: "-" | "+" }).v;
      at++;
      return { kind: "unary", op, operand: unary() };
    }
    return primary();
  };
  const primary = (): FormulaNode => {
    const t = tokens[at++];
    if (!t) throw new FormulaSyntaxError("unexpected end");
    switch (t.t) {
      case "number":
        return { kind: "number", value: t.v };
      case "text":
        return { kind: "text", value: t.v };
      case "error":
        return { kind: "error", code: t.v };
      case "ref": {
        const rect = parseRange(t.v);
        if (!rect) throw new FormulaSyntaxError(`bad reference ${t.v}`);
        return { kind: "ref", sheet: t.sheet, rect, single: !t.v.includes(":") };
      }
      case "ident": {
        if (isOp("(")) {
          at++;
          const args: (FormulaNode | null)[] = [];
          if (isOp(")")) at++;
          else {
            for (;;) {
              args.push(isOp(",") || isOp(")") ? null : binary(0));
              if (isOp(",")) {
                at++;
                continue;
              }
              expect(")");
              break;
            }
          }
          return { kind: "call", fn: t.v.toUpperCase(), args };
        }
        const upper = t.v.toUpperCase();
        if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
        return { kind: "name", name: t.v };
      }
      case "op":
        if (t.v === "(") {
          const inner = binary(0);
          expect(")");
          return inner;
        }
        throw new FormulaSyntaxError(`unexpected "${t.v}"`);
    }
  };

  const tree = binary(0);
  if (at !== tokens.length) throw new FormulaSyntaxError("trailing input");
  return tree;
}

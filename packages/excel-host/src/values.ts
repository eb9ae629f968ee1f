/*
 * Argument checks and normalisation shared by the proxies. Excel rejects a wrongly
 * typed property value with InvalidArgument at sync; so does the host.
 */
import { invalidArgument } from "./errors";

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  purple: "#800080",
  navy: "#000080",
  teal: "#008080",
  maroon: "#800000",
  olive: "#808000",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  pink: "#FFC0CB",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkgreen: "#006400",
  darkblue: "#00008B",
  darkred: "#8B0000",
};

/** "#abc123", "abc123", "#ABC", "red" → "#ABC123"/"#FF0000", as Excel reports colours. */
export function normalizeColor(value: unknown, what = "color"): string {
  if (typeof value !== "string") throw invalidArgument(`${what} must be a string colour.`);
  const text = value.trim();
  const hex = /^#?([0-9a-f]{6})$/i.exec(text);
  if (hex?.[1]) return `#${hex[1].toUpperCase()}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short?.[1] && short[2] && short[3])
    return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  throw invalidArgument(`"${text}" is not a colour.`);
}

export function expectNumber(value: unknown, what: string, min = -Infinity, max = Infinity): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    throw invalidArgument(`${what} must be a number between ${min} and ${max}; got ${String(value)}.`);
  }
  return value;
}

export function expectInteger(value: unknown, what: string, min = -Infinity, max = Infinity): number {
  const n = expectNumber(value, what, min, max);
  if (!Number.isInteger(n)) throw invalidArgument(`${what} must be a whole number; got ${n}.`);
  return n;
}

export function expectBoolean(value: unknown, what: string): boolean {
  if (typeof value !== "boolean")
    throw invalidArgument(`${what} must be true or false; got ${String(value)}.`);
  return value;
}

export function expectString(value: unknown, what: string): string {
  if (typeof value !== "string") throw invalidArgument(`${what} must be text; got ${String(value)}.`);
  return value;
}

/** Accepts an office.js enum value, matching case-insensitively, and returns its canonical spelling. */
export function expectOneOf(value: unknown, allowed: readonly string[], what: string): string {
  if (typeof value === "string") {
    const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (found !== undefined) return found;
  }
  throw invalidArgument(`${what} must be one of ${allowed.join(", ")}; got ${String(value)}.`);
}

/** All entries equal → that entry; otherwise null (office.js's "mixed" answer). */
export function uniform<T>(values: readonly T[]): T | null {
  if (values.length === 0) return null;
  const first = values[0] as T;
  const same = values.every((v) => JSON.stringify(v) === JSON.stringify(first));
  return same ? first : null;
}

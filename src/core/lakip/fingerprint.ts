import { toExcelPrecision } from "../formulas/toExcelPrecision";

/**
 * A stable hash of a sheet's cell values, to tell whether a user edited a generated
 * report since the add-in wrote it.
 *
 * Only non-blank cells count, each with its absolute position, so the plan the add-in
 * wrote (a grid from A1) and the used range Excel reads back (which may start lower
 * or further right) hash alike. Numbers go through Excel's 15-digit precision and
 * text loses the leading apostrophe that forces text, since Excel reads neither back.
 *
 * FNV-1a in two independent 32-bit lanes (64 bits): cheap over tens of thousands of
 * cells, and a chance collision is not a realistic way to lose an edit.
 */
export function fingerprint(
  values: readonly (readonly unknown[])[],
  origin: { readonly top: number; readonly left: number } = { top: 0, left: 0 },
): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193 + 0x100);
    }
  };
  values.forEach((row, r) => {
    row.forEach((v, c) => {
      const token = canonical(v);
      if (token !== null) feed(`${r + origin.top},${c + origin.left},${token}\n`);
    });
  });
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, "0");
  return `fnv1a:${hex(h1)}${hex(h2)}`;
}

function canonical(v: unknown): string | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return `n${String(toExcelPrecision(v))}`;
  if (typeof v === "boolean") return `b${v ? 1 : 0}`;
  if (typeof v === "string") return `s${v.startsWith("'") ? v.slice(1) : v}`;
  return `s${JSON.stringify(v)}`;
}

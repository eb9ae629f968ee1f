/**
 * A sheet name for a kept copy: `LAKIP 2024 (diedit 1)`, `(diedit 2)`, … — the first
 * one not taken. Excel compares sheet names ignoring case and allows 31 characters,
 * so the base is shortened rather than the suffix lost.
 */
export function freeSheetName(base: string, taken: readonly string[], word = "diedit"): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = ` (${word} ${i})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

import { isBlank, type CellValue } from "../workbook/a1";
import { normaliseHeader } from "./normaliseHeader";

/**
 * A field of a table as the current layout places it: its position (a column index, or a
 * row index for a column of labels such as Pengaturan's) and the heading that names it,
 * with the headings older template versions gave it.
 */
export interface LayoutField {
  readonly at: number;
  readonly header: string;
  /** Older names of the same field: a renamed header still finds its column. */
  readonly aliases?: readonly string[];
}

export interface LocatedFields<K extends string> {
  /** Where each field is on the sheet; `null` when the sheet has no such field (an older layout). */
  readonly at: Readonly<Record<K, number | null>>;
  /** True when the field was found by its heading (or an alias), not assumed at its layout position. */
  readonly byHeading: Readonly<Record<K, boolean>>;
  /** True when every field sits where the layout puts it: nothing to move. */
  readonly inPlace: boolean;
}

/**
 * Where the fields of a table are on an existing sheet, found by their headings: the one
 * rule that lets a sheet made by an older template (columns moved, renamed, missing) be
 * read, and rewritten in the current layout with every typed value kept.
 *
 * - A field is where its header or one of its aliases stands (case and spacing ignored).
 * - When no field's heading is there at all (a sheet without headings), every field is
 *   at its layout position.
 * - A field whose heading is missing is at its layout position only if that position is
 *   free: not taken by a found field and not headed by a heading we know (`known`, and every
 *   field's own). Otherwise the sheet has no such field yet: a column added by a newer
 *   template must never read what an older one kept there.
 */
export function locateFields<K extends string>(
  headings: readonly CellValue[],
  fields: Readonly<Record<K, LayoutField>>,
  known: readonly string[] = [],
): LocatedFields<K> {
  const keys = Object.keys(fields) as K[];
  const texts = headings.map(normaliseHeader);
  const namesOf = (f: LayoutField) => [f.header, ...(f.aliases ?? [])].map(normaliseHeader);
  const knownTexts = new Set([...keys.flatMap((k) => namesOf(fields[k])), ...known.map(normaliseHeader)]);
  const claimed = new Set<number>();
  const at = {} as Record<K, number | null>;
  const byHeading = {} as Record<K, boolean>;
  for (const key of keys) {
    const names = namesOf(fields[key]);
    const found = texts.findIndex((t, i) => !claimed.has(i) && t !== "" && names.includes(t));
    at[key] = found >= 0 ? found : null;
    byHeading[key] = found >= 0;
    if (found >= 0) claimed.add(found);
  }
  const anyFound = keys.some((k) => byHeading[k]);
  for (const key of keys) {
    if (byHeading[key]) continue;
    const pos = fields[key].at;
    const heading = headings[pos];
    const free =
      !anyFound || (!claimed.has(pos) && (isBlank(heading) || !knownTexts.has(normaliseHeader(heading))));
    at[key] = free ? pos : null;
    if (free) claimed.add(pos);
  }
  return { at, byHeading, inPlace: keys.every((k) => at[k] === fields[k].at) };
}

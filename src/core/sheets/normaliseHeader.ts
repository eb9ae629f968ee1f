import { readTextCell } from "../workbook/a1";

/**
 * A header or title as compared with the layout's: case, surrounding spaces and runs of
 * spaces (a line break typed into a header cell) do not count. The one rule for every
 * reader that recognises a sheet or a column by its heading.
 */
export function normaliseHeader(value: unknown): string {
  return readTextCell(value).replace(/\s+/g, " ").toLowerCase();
}

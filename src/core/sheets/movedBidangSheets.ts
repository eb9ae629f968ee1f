import type { Catalog } from "../catalog/catalogSchema";
import { cellAt, readTextCell, type Grid } from "../workbook/a1";
import { readOf, type WorkbookRead } from "../workbook/ReadSpec";
import { sheetNamed } from "../workbook/sheetNamed";
import { BIDANG, SHEET } from "../workbook/workbookLayout";
import { TRIWULAN } from "../workbook/triwulanLayout";
import { readMeta } from "./ikuMeta";
import { findHeaderRow } from "./readBidangSheet";

/**
 * A Bidang sheet renamed by someone ("Rehsos" → "Rehsos Lama") is found again, so that
 * no advice sends staff to create an empty "Rehsos" while their data sits elsewhere.
 *
 * A sheet holds a missing Bidang sheet's table when IKU_Meta records it for that Bidang
 * (same worksheet id, another name), or when it has a Bidang sheet's headers (Kode and
 * Tahun near the top) and, below them, codes of that Bidang's indicators, more of them
 * than of any other Bidang's. It costs reads only when a Bidang sheet is missing: the
 * top of every other sheet first (`movedHeaderRead`), then the Kode and Tahun columns of
 * those with the headers (`movedKodeRead`); a large sheet of the user's is never read
 * whole.
 */

/** The top of a sheet, where a Bidang sheet's headers are (`findHeaderRow` looks at 12 rows). */
export const HEADER_BLOCK = `A1:${BIDANG.lastCol}12`;
/** At most this many other sheets are looked at. */
const MAX_CANDIDATES = 20;

/** The catalog's Bidang sheets that are not in the workbook. */
function missingBidang(read: WorkbookRead, catalog: Catalog | null) {
  const names = read.sheets.map((s) => s.name);
  return (catalog?.bidang ?? []).filter((b) => sheetNamed(names, b.lembar) === undefined);
}

/**
 * Sheets that may be a renamed Bidang sheet: not the catalog's, not the template's (the
 * quarter sheets have Kode and Tahun headers and every indicator's codes), not a report.
 */
function candidates(read: WorkbookRead, catalog: Catalog | null): string[] {
  const taken = new Set(
    [...(catalog?.bidang ?? []).map((b) => b.lembar), ...Object.values(SHEET), ...TRIWULAN.sheets].map((n) =>
      n.toLowerCase(),
    ),
  );
  return read.sheets
    .map((s) => s.name)
    .filter((n) => !taken.has(n.toLowerCase()) && !/^(LAKIP \d{4}|Monev TW \d \d{4})\b/i.test(n))
    .slice(0, MAX_CANDIDATES);
}

/** The sheets whose tops to read, when a Bidang sheet is missing (none otherwise, or once read). */
export function movedHeaderRead(read: WorkbookRead, catalog: Catalog | null): string[] {
  if (missingBidang(read, catalog).length === 0) return [];
  return candidates(read, catalog).filter((name) => readOf(read, name) === undefined);
}

/** Of the sheets whose tops were read, those with a Bidang sheet's headers. */
export function withBidangHeaders(read: WorkbookRead, catalog: Catalog | null): string[] {
  if (missingBidang(read, catalog).length === 0) return [];
  return candidates(read, catalog).filter((name) => {
    const grid = readOf(read, name);
    const shown = grid?.values ?? grid?.formulas;
    return shown !== undefined && findHeaderRow(shown) !== null;
  });
}

/** The indicator codes in column A below a sheet's header row. */
function kodesOf(grid: Grid): Set<string> {
  const header = findHeaderRow(grid);
  const kodes = new Set<string>();
  if (header === null) return kodes;
  for (let r = header + 1; r < grid.length; r++) {
    const kode = readTextCell(cellAt(grid, r, 0))
      .trim()
      .toLowerCase();
    if (kode !== "") kodes.add(kode);
  }
  return kodes;
}

/**
 * Each missing Bidang sheet (by `lembar`, lower-case) and the sheet holding its table
 * now, as the workbook spells it. `read` holds the sheet list, IKU_Meta if read, and the
 * candidates as read by the phases above (any grids with column A and the headers).
 */
export function movedBidangSheets(read: WorkbookRead, catalog: Catalog | null): Map<string, string> {
  const moved = new Map<string, string>();
  const missing = missingBidang(read, catalog);
  if (!catalog || missing.length === 0) return moved;
  const metaGrid = readOf(read, SHEET.meta)?.values;
  const records = metaGrid && metaGrid.length > 0 ? readMeta(metaGrid).sheets : [];
  const claimed = new Set<string>();
  const others = candidates(read, catalog);

  // IKU_Meta's worksheet id first: it survives a rename.
  for (const b of missing) {
    const record = records.find((r) => r.role === `bidang:${b.kode}` && r.id !== undefined);
    const sheet = read.sheets.find((s) => s.id !== undefined && s.id === record?.id);
    if (sheet && others.includes(sheet.name)) {
      moved.set(b.lembar.toLowerCase(), sheet.name);
      claimed.add(sheet.name.toLowerCase());
    }
  }
  // Then headers and codes: the sheet with most of this Bidang's codes, when it has more
  // of them than of any other Bidang's.
  const kodeSets = others
    .filter((n) => !claimed.has(n.toLowerCase()))
    .map((name) => {
      const grid = readOf(read, name);
      const shown = grid?.values ?? grid?.formulas;
      return { name, kodes: shown ? kodesOf(shown) : new Set<string>() };
    });
  const count = (kodes: Set<string>, bidang: string) =>
    catalog.indikator.filter((i) => i.bidang === bidang && kodes.has(i.kode.toLowerCase())).length;
  for (const b of missing) {
    if (moved.has(b.lembar.toLowerCase())) continue;
    let best: { name: string; n: number } | null = null;
    for (const { name, kodes } of kodeSets) {
      if (claimed.has(name.toLowerCase())) continue;
      const n = count(kodes, b.kode);
      const others = catalog.bidang.filter((o) => o.kode !== b.kode).map((o) => count(kodes, o.kode));
      if (n > 0 && n > Math.max(0, ...others) && (best === null || n > best.n)) best = { name, n };
    }
    if (best) {
      moved.set(b.lembar.toLowerCase(), best.name);
      claimed.add(best.name.toLowerCase());
    }
  }
  return moved;
}

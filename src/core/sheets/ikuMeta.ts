import {
  cellAt,
  columnIndex,
  columnLetter,
  isBlank,
  readTextCell,
  type CellValue,
  type Grid,
} from "../workbook/a1";
import type { CellInput, SheetPlan } from "../workbook/SheetPlan";
import { textCell } from "../workbook/textCell";
import { META, SHEET, TEMPLATE_VERSION } from "../workbook/workbookLayout";

/**
 * IKU_Meta, the add-in's hidden record: the one module that reads and writes it.
 *
 * A row per fact, key in A (see META): the template version, a `lembar` row per sheet the
 * add-in made (name, role, worksheet id) and a `sidik` row per generated report (its
 * fingerprint, to tell a user's edit). The template rewrites the whole sheet
 * (`planMetaSheet`); a report only updates its own rows in place (`planReportRecord`),
 * so neither ever loses what the other stored.
 */

/** The part a template sheet plays, as recorded in IKU_Meta. */
export type TemplateRole =
  | "petunjuk"
  | "pengaturan"
  | "katalog"
  | "anggaran"
  | "meta"
  | `bidang:${string}`
  /** A quarter sheet (template version 3): "triwulan:2" is TW II. */
  | `triwulan:${number}`;

/** The part any sheet of ours plays: a template sheet, or a report (LAKIP, Monev, Perjanjian Kinerja) of a year. */
type SheetRole = TemplateRole | `lakip:${number}` | `monev:${number}:${number}` | `pk:${number}`;

export const bidangRole = (bidangKode: string): TemplateRole => `bidang:${bidangKode}`;
export const triwulanRole = (tw: number): TemplateRole => `triwulan:${tw}`;
const lakipRole = (tahun: number): SheetRole => `lakip:${tahun}`;
/** The Monev sheet of quarter `tw` of `tahun`: "monev:2:2025". */
export const monevRole = (tw: number, tahun: number): SheetRole => `monev:${tw}:${tahun}`;
/** The Perjanjian Kinerja of `tahun`: "pk:2025". */
export const pkRole = (tahun: number): SheetRole => `pk:${tahun}`;

const TEMPLATE_ROLES: ReadonlySet<string> = new Set(["petunjuk", "pengaturan", "katalog", "anggaran"]);

/** Roles the template owns (and rewrites); others, such as a report's, it keeps as they are. */
export function isTemplateRole(role: string): role is TemplateRole {
  return TEMPLATE_ROLES.has(role) || role.startsWith("bidang:") || role.startsWith("triwulan:");
}

export interface MetaSheetRecord {
  readonly name: string;
  /**
   * As stored: a `SheetRole`, or a role of a newer add-in, kept as text so that
   * rewriting the sheet never drops it.
   */
  readonly role: string;
  readonly id?: string;
}

export interface MetaContents {
  /** The recorded template version; null when the sheet does not record one (not ours). */
  readonly version: number | null;
  /** The `lembar` rows, with their 1-based row numbers. */
  readonly sheets: readonly (MetaSheetRecord & { readonly row: number })[];
  /** The `sidik` rows: a generated sheet's fingerprint, with its 1-based row number. */
  readonly fingerprints: readonly {
    readonly sheet: string;
    readonly fingerprint: string;
    readonly row: number;
  }[];
  /**
   * Every row but the version, `lembar` and journal rows (the fingerprints among them),
   * kept as read so that rewriting the sheet never loses what another feature stored there.
   */
  readonly otherRows: readonly (readonly CellValue[])[];
  /** The journal of the last write (`penulisan` row), when there is one: see withJournal. */
  readonly journal: MetaJournal | null;
  /** The 1-based row after the last row with a key or a value: where a new record goes. */
  readonly nextRow: number;
}

/** The journal row: whether the last write completed, its run, the sheets it was creating. */
interface MetaJournal {
  readonly row: number;
  /** `META.journalStatus.writing` or `.done` (anything else: as read). */
  readonly status: string;
  readonly runId: string;
  /** The sheets that write creates (columns D onwards). */
  readonly sheets: readonly string[];
}

const KEY = columnIndex(META.keyCol);
const VALUE = columnIndex(META.valueCol);
const DETAIL = columnIndex(META.detailCol);
const ID = columnIndex(META.idCol);

/** Reads IKU_Meta's used range, anchored at A1. Keys are compared as trimmed text. */
export function readMeta(grid: Grid): MetaContents {
  let version: number | null = null;
  const sheets: (MetaSheetRecord & { row: number })[] = [];
  const fingerprints: { sheet: string; fingerprint: string; row: number }[] = [];
  const otherRows: CellValue[][] = [];
  let journal: MetaJournal | null = null;
  let lastUsed = 0;
  grid.forEach((row, r) => {
    const key = readTextCell(cellAt(grid, r, KEY));
    const value = cellAt(grid, r, VALUE);
    if (key !== "" || !isBlank(value)) lastUsed = r + 1;
    if (row.every(isBlank)) return;
    if (key === META.keys.templateVersion) {
      const n = typeof value === "number" ? value : Number(value);
      if (Number.isInteger(n) && n > 0) version = n;
      return;
    }
    if (key === META.keys.sheet && !isBlank(value)) {
      const id = cellAt(grid, r, ID);
      sheets.push({
        name: String(value),
        role: readTextCell(cellAt(grid, r, DETAIL)),
        ...(isBlank(id) ? {} : { id: String(id) }),
        row: r + 1,
      });
      return;
    }
    if (key === META.keys.journal) {
      journal = {
        row: r + 1,
        status: readTextCell(value),
        runId: readTextCell(cellAt(grid, r, DETAIL)),
        sheets: row
          .slice(ID)
          .map(readTextCell)
          .filter((n) => n !== ""),
      };
      return;
    }
    if (key === META.keys.fingerprint) {
      const fingerprint = readTextCell(cellAt(grid, r, DETAIL));
      if (!isBlank(value) && fingerprint !== "")
        fingerprints.push({ sheet: readTextCell(value), fingerprint, row: r + 1 });
    }
    otherRows.push([...row]);
  });
  return { version, sheets, fingerprints, otherRows, journal, nextRow: lastUsed + 1 };
}

/**
 * The fingerprint recorded for a generated sheet (names compared ignoring case, as
 * Excel does), `null` when the add-in has no record of writing it.
 */
export function fingerprintOf(meta: MetaContents | null, sheetName: string): string | null {
  const lower = sheetName.toLowerCase();
  return meta?.fingerprints.find((f) => f.sheet.toLowerCase() === lower)?.fingerprint ?? null;
}

/**
 * IKU_Meta after the template ran: the template version, a row per sheet of ours (with its
 * worksheet id when known, so a look-alike made after ours was deleted is not taken for
 * ours), then every row other features keep there, unchanged.
 */
export function planMetaSheet(args: {
  readonly mode: "create" | "update";
  readonly previous: MetaContents | null;
  readonly sheets: readonly MetaSheetRecord[];
  /** Rows the sheet had before, so leftovers beyond the new content are cleared. */
  readonly previousRows: number;
}): SheetPlan {
  const others = args.previous?.otherRows ?? [];
  const width = Math.max(4, ...others.map((r) => r.length));
  const pad = (r: readonly CellInput[]) => [...r, ...new Array<CellInput>(width - r.length).fill("")];
  const rows: CellInput[][] = [
    pad([META.keys.templateVersion, TEMPLATE_VERSION]),
    ...args.sheets.map((s) => pad([META.keys.sheet, textCell(s.name), s.role, s.id ?? ""])),
    ...others.map((r) => pad(r.map((v) => (typeof v === "string" ? textCell(v) : v)))),
  ];
  const clearFrom = rows.length + 1;
  return {
    name: SHEET.meta,
    mode: args.mode,
    visibility: "Hidden",
    ...(args.previousRows >= clearFrom
      ? {
          clear: [
            {
              address: `A${clearFrom}:${columnLetter(width - 1)}${args.previousRows}`,
              applyTo: "contents" as const,
            },
          ],
        }
      : {}),
    cells: [{ address: "A1", values: rows }],
    formats: [],
    columnWidths: [
      { column: META.keyCol, width: 90 },
      { column: META.valueCol, width: 120 },
      { column: META.detailCol, width: 120 },
      { column: META.idCol, width: 260 },
    ],
  };
}

/**
 * IKU_Meta after writing a report: the sheet's fingerprint (`sidik`) and its role
 * (`lembar`, "lakip:2024"). Existing rows are updated in place, new ones appended, so
 * the template's own rows are never moved.
 *
 * Without IKU_Meta (someone deleted it) the sheet is made whole again, as the template
 * would make it: the template version and a row per sheet of ours (`rebuild`: those the
 * caller recognised by their headers), then the report's rows. A record of the report
 * alone would make the template take every sheet of ours for a stranger's.
 */
export function planReportRecord(
  /** IKU_Meta as read; `null` when the sheet does not exist. */
  meta: MetaContents | null,
  input: {
    readonly sheetName: string;
    readonly tahun: number;
    readonly fingerprint: string;
    /** The role recorded; the LAKIP's of `tahun` by default. */
    readonly role?: SheetRole;
  },
  rebuild: readonly MetaSheetRecord[] = [],
): SheetPlan {
  const lower = input.sheetName.toLowerCase();
  const cells: { address: string; values: CellInput[][] }[] = [];
  if (!meta) {
    cells.push({
      address: "A1",
      values: [
        [META.keys.templateVersion, TEMPLATE_VERSION, "", ""],
        ...rebuild.map((s) => [META.keys.sheet, textCell(s.name), s.role, s.id ?? ""]),
      ],
    });
  }
  let next = meta?.nextRow ?? rebuild.length + 2;
  const put = (row: number | undefined, key: string, detail: string) => {
    const at = row ?? next++;
    cells.push({
      address: `${META.keyCol}${at}:${META.detailCol}${at}`,
      values: [[key, textCell(input.sheetName), detail]],
    });
  };
  put(
    meta?.fingerprints.find((f) => f.sheet.toLowerCase() === lower)?.row,
    META.keys.fingerprint,
    input.fingerprint,
  );
  const role = input.role ?? lakipRole(input.tahun);
  put(
    meta?.sheets.find((s) => s.role === role || s.name.toLowerCase() === lower)?.row,
    META.keys.sheet,
    role,
  );
  return {
    name: SHEET.meta,
    mode: meta ? "update" : "create",
    ...(meta ? {} : { visibility: "Hidden" as const }),
    cells,
    formats: [],
  };
}

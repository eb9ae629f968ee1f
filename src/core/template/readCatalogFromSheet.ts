import type { CatalogProblem } from "../catalog/CatalogProblem";
import { parseCatalog } from "../catalog/parseCatalog";
import type { Catalog } from "../catalog/catalogSchema";
import {
  cellAddress,
  cellAt,
  columnIndex,
  isBlank,
  readTextCell,
  type CellValue,
  type Grid,
} from "../workbook/a1";
import { KATALOG, SHEET, type Column } from "../workbook/workbookLayout";
import { locateFields, type LayoutField, type LocatedFields } from "../sheets/locateFields";
import { pengaturanCell } from "../sheets/readPengaturan";
import type { SheetIssue } from "./TemplateReport";

/** The catalog facts that live in Pengaturan rather than in Katalog IKU. */
export interface CatalogSettings {
  readonly instansi: CellValue;
  readonly tahunAwal: CellValue;
  readonly tahunAkhir: CellValue;
}

export type CatalogFromSheet =
  | { readonly success: true; readonly data: Catalog }
  | { readonly success: false; readonly issues: readonly SheetIssue[] };

export type KatalogTableName = "indikator" | "sasaran" | "bidang";
type Table = Readonly<Record<string, Column>>;

export const KATALOG_TABLES: Readonly<Record<KatalogTableName, Table>> = {
  indikator: KATALOG.indikator,
  sasaran: KATALOG.sasaran,
  bidang: KATALOG.bidang,
};
const TABLE_NAMES = Object.keys(KATALOG_TABLES) as KatalogTableName[];

const fieldsOf = (table: Table): Record<string, LayoutField> =>
  Object.fromEntries(
    Object.entries(table).map(([k, c]) => [
      k,
      { at: columnIndex(c.col), header: c.header, ...(c.aliases ? { aliases: c.aliases } : {}) },
    ]),
  );

/** Where Katalog IKU's three tables are, column by column: see `locateFields`. */
export type KatalogLayout = Readonly<Record<KatalogTableName, LocatedFields<string>>>;

/**
 * Finds the columns of Katalog IKU's tables by the headings on its header row, so a
 * catalog typed into an older layout (fewer indicator columns, the sasaran and bidang
 * tables further left) is read right, and the template can move it into the current
 * one. A grid without headings (`catalogToGrid`) is read at the layout's positions.
 */
export function locateKatalog(grid: Grid): KatalogLayout {
  const headings = grid[KATALOG.headerRow - 1] ?? [];
  const every = TABLE_NAMES.flatMap((t) =>
    Object.values(KATALOG_TABLES[t]).flatMap((c) => [c.header, ...(c.aliases ?? [])]),
  );
  return Object.fromEntries(
    TABLE_NAMES.map((t) => [t, locateFields(headings, fieldsOf(KATALOG_TABLES[t]), every)]),
  ) as Record<KatalogTableName, LocatedFields<string>>;
}

// The schema calls the indicator's name `nama`; the sheet's column is `indikator`.
const SCHEMA_FIELD: Readonly<Record<string, string>> = { nama: "indikator" };

const RESERVED_SHEETS = Object.values(SHEET).map((s) => s.toLowerCase());

const word = (v: CellValue): string => readTextCell(v).toLowerCase();
const optionalText = (v: CellValue): string | null => (isBlank(v) ? null : readTextCell(v));
const year = (v: CellValue): unknown => (typeof v === "string" && /^\s*\d{4}\s*$/.test(v) ? Number(v) : v);

interface ReadTable {
  readonly entries: Record<string, unknown>[];
  /** 0-based sheet row of each entry, to turn a schema path into a cell. */
  readonly rows: number[];
}

function readTable(
  grid: Grid,
  located: LocatedFields<string>,
  convert: (cell: (key: string) => CellValue) => Record<string, unknown>,
): ReadTable {
  const cols = located.at;
  const entries: Record<string, unknown>[] = [];
  const rows: number[] = [];
  for (let r = KATALOG.firstDataRow - 1; r < grid.length; r++) {
    const cell = (key: string) => {
      const c = cols[key];
      return c === null || c === undefined ? "" : cellAt(grid, r, c);
    };
    if (Object.keys(cols).every((k) => isBlank(cell(k)))) continue;
    entries.push(convert(cell));
    rows.push(r);
  }
  return { entries, rows };
}

/**
 * Reads Katalog IKU's three tables (indikator, sasaran, bidang; see KATALOG) and the
 * instansi and period from Pengaturan, and checks them with `parseCatalog`. Blank rows
 * are skipped, so staff may leave gaps. Never throws: every problem comes back with the
 * cell to fix.
 *
 * Lenient where Excel is: a number typed as a Kode is read as its text, jenis, polaritas
 * and sifat target ignore case, an empty polaritas is "positif" (as IKU.CAPAIAN reads it),
 * an empty penyebut is "none" (right for a jumlah, reported for the others), an empty
 * kondisi awal is none and an empty sifat target the default (`sifatTargetOf`).
 */
export function readCatalogFromSheet(
  values: Grid,
  // Required: a default taken from the built-in catalog would carry it into the task
  // pane's bundle (Validasi reads Katalog IKU through here).
  settings: CatalogSettings,
): CatalogFromSheet {
  const layout = locateKatalog(values);
  const indikator = readTable(values, layout.indikator, (c) => ({
    kode: readTextCell(c("kode")),
    sasaran: readTextCell(c("sasaran")),
    nama: readTextCell(c("indikator")),
    jenis: word(c("jenis")),
    satuan: readTextCell(c("satuan")),
    polaritas: isBlank(c("polaritas")) ? "positif" : word(c("polaritas")),
    pembilang: readTextCell(c("pembilang")),
    penyebut: optionalText(c("penyebut")),
    sumberData: readTextCell(c("sumberData")),
    bidang: readTextCell(c("bidang")),
    // A number as typed (text is reported, never coerced); blank: none.
    kondisiAwal: isBlank(c("kondisiAwal")) ? null : c("kondisiAwal"),
    sifatTarget: isBlank(c("sifatTarget")) ? null : word(c("sifatTarget")),
    // A number as typed (text is reported, never coerced); blank: none.
    standarNasional: isBlank(c("standarNasional")) ? null : c("standarNasional"),
    sumberStandar: optionalText(c("sumberStandar")),
  }));
  const sasaran = readTable(values, layout.sasaran, (c) => ({
    kode: readTextCell(c("kode")),
    nama: readTextCell(c("nama")),
  }));
  const bidang = readTable(values, layout.bidang, (c) => ({
    kode: readTextCell(c("kode")),
    nama: readTextCell(c("nama")),
    lembar: readTextCell(c("lembar")),
  }));
  const read: Readonly<Record<KatalogTableName, ReadTable>> = { indikator, sasaran, bidang };

  const input = {
    instansi: isBlank(settings.instansi) ? "" : readTextCell(settings.instansi),
    periode: { awal: year(settings.tahunAwal), akhir: year(settings.tahunAkhir) },
    bidang: bidang.entries,
    sasaran: sasaran.entries,
    indikator: indikator.entries,
  };

  const issues: SheetIssue[] = [];
  // A Bidang sheet must not take the name of one of the template's own sheets.
  bidang.entries.forEach((b, i) => {
    if (typeof b["lembar"] === "string" && RESERVED_SHEETS.includes(b["lembar"].toLowerCase())) {
      issues.push({
        sheet: SHEET.katalog,
        address: cellAddress(bidang.rows[i] ?? 0, columnOf(layout, "bidang", "lembar")),
        field: "lembar",
        problem: { code: "reservedSheetName", value: b["lembar"] },
      });
    }
  });

  const result = parseCatalog(input);
  if (result.success && issues.length === 0) return { success: true, data: result.data };
  if (!result.success) {
    for (const issue of result.issues) issues.push(locate(issue.path, issue.problem, read, layout));
  }
  return { success: false, issues };
}

/** The column a field is read from: where it was found, else where the layout puts it. */
function columnOf(layout: KatalogLayout, table: KatalogTableName, key: string): number {
  const field = SCHEMA_FIELD[key] !== undefined && table === "indikator" ? SCHEMA_FIELD[key] : key;
  const found = layout[table].at[field];
  if (found !== null && found !== undefined) return found;
  const column = KATALOG_TABLES[table][field] ?? Object.values(KATALOG_TABLES[table])[0];
  return columnIndex(column?.col ?? "A");
}

function locate(
  path: readonly (string | number)[],
  problem: CatalogProblem,
  read: Readonly<Record<KatalogTableName, ReadTable>>,
  layout: KatalogLayout,
): SheetIssue {
  const [list, index, field] = path;
  const setting = (key: "instansi" | "tahunAwal" | "tahunAkhir", fieldName: string): SheetIssue => ({
    sheet: SHEET.pengaturan,
    address: pengaturanCell(key),
    field: fieldName,
    problem,
  });
  if (list === "instansi") return setting("instansi", "instansi");
  if (list === "periode")
    return index === "akhir" ? setting("tahunAkhir", "periode.akhir") : setting("tahunAwal", "periode.awal");
  if (list === "indikator" || list === "sasaran" || list === "bidang") {
    const row =
      typeof index === "number"
        ? (read[list].rows[index] ?? KATALOG.firstDataRow - 1)
        : KATALOG.firstDataRow - 1;
    const firstKey = Object.keys(KATALOG_TABLES[list])[0] ?? "kode";
    const col = columnOf(layout, list, typeof field === "string" ? field : firstKey);
    return {
      sheet: SHEET.katalog,
      address: cellAddress(row, col),
      field: typeof field === "string" ? field : "",
      problem,
    };
  }
  return { sheet: SHEET.katalog, address: `A${KATALOG.firstDataRow}`, field: path.join("."), problem };
}

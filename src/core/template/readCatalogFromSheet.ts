import type { CatalogProblem } from "../catalog/CatalogProblem";
import { parseCatalog } from "../catalog/parseCatalog";
import type { Catalog } from "../catalog/catalogSchema";
import { defaultCatalog } from "../catalog/defaultCatalog";
import {
  cellAddress,
  cellAt,
  columnIndex,
  isBlank,
  readTextCell,
  type CellValue,
  type Grid,
} from "../workbook/a1";
import { KATALOG, SHEET } from "../workbook/workbookLayout";
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

type TableName = "indikator" | "sasaran" | "bidang";
type Table = Readonly<Record<string, { readonly col: string; readonly header: string }>>;

const TABLES: Readonly<Record<TableName, Table>> = {
  indikator: KATALOG.indikator,
  sasaran: KATALOG.sasaran,
  bidang: KATALOG.bidang,
};

// The schema calls the indicator's name `nama`; the sheet's column is `indikator`.
const FIELD_COLUMN: Readonly<Record<TableName, Readonly<Record<string, string>>>> = {
  indikator: {
    ...Object.fromEntries(Object.entries(KATALOG.indikator).map(([k, c]) => [k, c.col])),
    nama: KATALOG.indikator.indikator.col,
  },
  sasaran: Object.fromEntries(Object.entries(KATALOG.sasaran).map(([k, c]) => [k, c.col])),
  bidang: Object.fromEntries(Object.entries(KATALOG.bidang).map(([k, c]) => [k, c.col])),
};

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
  table: Table,
  convert: (cell: (key: string) => CellValue) => Record<string, unknown>,
): ReadTable {
  const cols = Object.fromEntries(Object.entries(table).map(([k, c]) => [k, columnIndex(c.col)]));
  const entries: Record<string, unknown>[] = [];
  const rows: number[] = [];
  for (let r = KATALOG.firstDataRow - 1; r < grid.length; r++) {
    const cell = (key: string) => cellAt(grid, r, cols[key] ?? -1);
    if (Object.keys(cols).every((k) => isBlank(cell(k)))) continue;
    entries.push(convert(cell));
    rows.push(r);
  }
  return { entries, rows };
}

function catalogSettingsOf(catalog: Catalog): CatalogSettings {
  return { instansi: catalog.instansi, tahunAwal: catalog.periode.awal, tahunAkhir: catalog.periode.akhir };
}

/**
 * Reads Katalog IKU's three tables (indikator, sasaran, bidang; see KATALOG) and the
 * instansi and period from Pengaturan, and checks them with `parseCatalog`. Blank rows
 * are skipped, so staff may leave gaps. Never throws: every problem comes back with the
 * cell to fix.
 *
 * Lenient where Excel is: a number typed as a Kode is read as its text, jenis and
 * polaritas ignore case, an empty polaritas is "positif" (as IKU.CAPAIAN reads it) and an
 * empty penyebut is "none" (right for a jumlah, reported for the others).
 */
export function readCatalogFromSheet(
  values: Grid,
  settings: CatalogSettings = catalogSettingsOf(defaultCatalog),
): CatalogFromSheet {
  const indikator = readTable(values, KATALOG.indikator, (c) => ({
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
  }));
  const sasaran = readTable(values, KATALOG.sasaran, (c) => ({
    kode: readTextCell(c("kode")),
    nama: readTextCell(c("nama")),
  }));
  const bidang = readTable(values, KATALOG.bidang, (c) => ({
    kode: readTextCell(c("kode")),
    nama: readTextCell(c("nama")),
    lembar: readTextCell(c("lembar")),
  }));
  const read: Readonly<Record<TableName, ReadTable>> = { indikator, sasaran, bidang };

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
        address: cellAddress(bidang.rows[i] ?? 0, columnIndex(KATALOG.bidang.lembar.col)),
        field: "lembar",
        problem: { code: "reservedSheetName", value: b["lembar"] },
      });
    }
  });

  const result = parseCatalog(input);
  if (result.success && issues.length === 0) return { success: true, data: result.data };
  if (!result.success) {
    for (const issue of result.issues) issues.push(locate(issue.path, issue.problem, read));
  }
  return { success: false, issues };
}

function locate(
  path: readonly (string | number)[],
  problem: CatalogProblem,
  read: Readonly<Record<TableName, ReadTable>>,
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
    const table = TABLES[list];
    const firstCol = Object.values(table)[0]?.col ?? "A";
    const row =
      typeof index === "number"
        ? (read[list].rows[index] ?? KATALOG.firstDataRow - 1)
        : KATALOG.firstDataRow - 1;
    const col = typeof field === "string" ? (FIELD_COLUMN[list][field] ?? firstCol) : firstCol;
    return {
      sheet: SHEET.katalog,
      address: `${col}${row + 1}`,
      field: typeof field === "string" ? field : "",
      problem,
    };
  }
  return { sheet: SHEET.katalog, address: `A${KATALOG.firstDataRow}`, field: path.join("."), problem };
}

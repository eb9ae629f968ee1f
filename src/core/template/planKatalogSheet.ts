import { SIFAT_TARGET, type Catalog } from "../catalog/catalogSchema";
import type { CellInput, SheetPlan } from "../workbook/SheetPlan";
import { textCell } from "../workbook/textCell";
import { cellAt, columnIndex, columnLetter, isBlank, type CellValue, type Grid } from "../workbook/a1";
import { KATALOG, KATALOG_TITLE, SHEET } from "../workbook/workbookLayout";
import { KATALOG_TABLES, type KatalogLayout, type KatalogTableName } from "./readCatalogFromSheet";
import { NUMBER_INPUT_MESSAGES, STYLE, TABLE_HEADER_FORMAT } from "./templateStyle";

const NOTE =
  "Sumber data lembar Bidang. Perbaiki atau tambah indikator di sini, lalu jalankan Siapkan Template IKU lagi: isian yang sudah diketik tetap aman.";

// Room below the tables that still gets the drop-downs, so a typed-in row is checked too.
const SPARE_ROWS = 200;

const t = (s: string): CellInput => textCell(s);

/** The catalog as the sheet's three tables (indikator, sasaran, bidang), rows first. */
function catalogTables(catalog: Catalog): {
  indikator: CellInput[][];
  sasaran: CellInput[][];
  bidang: CellInput[][];
} {
  return {
    indikator: catalog.indikator.map((i) => [
      t(i.kode),
      t(i.sasaran),
      t(i.nama),
      i.jenis,
      t(i.satuan),
      i.polaritas,
      t(i.pembilang),
      i.penyebut === null ? "" : t(i.penyebut),
      t(i.sumberData),
      t(i.bidang),
      i.kondisiAwal ?? "",
      i.sifatTarget ?? "",
      i.standarNasional ?? "",
      i.sumberStandar === null ? "" : t(i.sumberStandar),
    ]),
    sasaran: catalog.sasaran.map((s) => [t(s.kode), t(s.nama)]),
    bidang: catalog.bidang.map((b) => [t(b.kode), t(b.nama), t(b.lembar)]),
  };
}

/** What a template run found on an existing Katalog IKU: its cells and where its tables are. */
export interface KatalogFound {
  readonly grid: Grid;
  readonly layout: KatalogLayout;
}

const TABLE_NAMES = Object.keys(KATALOG_TABLES) as KatalogTableName[];

/** Every table column where the layout puts it. */
export function katalogInLayout(layout: KatalogLayout): boolean {
  return TABLE_NAMES.every((t) => layout[t].inPlace);
}

/** A catalog typed into an older layout, rearranged into the current one. */
interface Relayout {
  /**
   * The header row, then the data rows: every table column under its header in the
   * current layout, as wide as the old sheet reached so nothing is left behind.
   */
  readonly rows: CellInput[][];
  readonly width: number;
}

/**
 * Every typed value kept: each table column moves under its header in the current
 * layout, and columns outside every table (notes staff kept beside the tables) move to
 * the right of the last table, in their order, with their headings. Values as read: a
 * formula typed into the catalog is kept as its value.
 */
function relayout(found: KatalogFound): Relayout {
  const { grid, layout } = found;
  const used = new Set<number>();
  const moves: { from: number | null; to: number }[] = [];
  for (const t of TABLE_NAMES) {
    for (const [key, column] of Object.entries(KATALOG_TABLES[t])) {
      const from = layout[t].at[key] ?? null;
      if (from !== null) used.add(from);
      moves.push({ from, to: columnIndex(column.col) });
    }
  }
  const oldWidth = Math.max(0, ...grid.map((r) => r.length));
  const carriedAt = columnIndex(KATALOG.lastCol) + 2;
  const extras = Array.from({ length: oldWidth }, (_, c) => c).filter(
    (c) => !used.has(c) && grid.slice(KATALOG.headerRow - 1).some((row) => !isBlank(row[c])),
  );
  extras.forEach((from, i) => moves.push({ from, to: carriedAt + i }));
  const width = Math.max(oldWidth, carriedAt + extras.length);
  const asInput = (v: CellValue): CellInput => (typeof v === "string" && v !== "" ? textCell(v) : v);
  const rows: CellInput[][] = [];
  for (let r = KATALOG.headerRow - 1; r < grid.length; r++) {
    const row = new Array<CellInput>(width).fill("");
    for (const { from, to } of moves) row[to] = from === null ? "" : asInput(cellAt(grid, r, from));
    rows.push(row);
  }
  // The tables' own headers are the layout's (written after this block, the same text).
  const headerRow = rows[0];
  if (headerRow)
    for (const t of TABLE_NAMES)
      for (const column of Object.values(KATALOG_TABLES[t]))
        headerRow[columnIndex(column.col)] = column.header;
  return { rows, width };
}

/**
 * Katalog IKU. Created, it holds `seed` (the default catalog); afterwards it belongs to
 * the staff: only the title, note, headers, formats and drop-downs are written again.
 * A catalog typed into an older layout (`found` with columns elsewhere, see
 * `locateKatalog`) is moved into this one, every typed value kept.
 */
export function planKatalogSheet(args: {
  readonly seed: Catalog | null;
  readonly usedRows: number;
  /** The existing sheet, when there is one of ours to keep. */
  readonly found?: KatalogFound | null;
}): SheetPlan {
  const { seed } = args;
  const first = KATALOG.firstDataRow;
  const tables = seed ? catalogTables(seed) : null;
  const found = seed ? null : (args.found ?? null);
  const moved = found !== null && !katalogInLayout(found.layout) ? relayout(found) : null;
  const dataRows = Math.max(
    args.usedRows - first + 1,
    tables?.indikator.length ?? 0,
    tables?.bidang.length ?? 0,
    0,
  );
  const lastValidated = first + dataRows + SPARE_ROWS;
  const header = (table: Readonly<Record<string, { header: string }>>) =>
    Object.values(table).map((c) => c.header);
  const ind = KATALOG.indikator;
  const hr = KATALOG.headerRow;
  return {
    name: SHEET.katalog,
    mode: seed ? "create" : "update",
    tabColor: STYLE.tabColor,
    // Moving the tables: the old header row's fills and the old drop-downs go first.
    ...(moved
      ? {
          clear: [
            {
              address: `A${hr}:${columnLetter(moved.width - 1)}${lastValidated}`,
              applyTo: "formats" as const,
            },
          ],
        }
      : {}),
    cells: [
      { address: "A1", values: [[KATALOG_TITLE], [NOTE]] },
      ...(moved ? [{ address: `A${hr}`, values: moved.rows }] : []),
      { address: `A${hr}`, values: [header(ind)] },
      { address: `${KATALOG.sasaran.kode.col}${hr}`, values: [header(KATALOG.sasaran)] },
      { address: `${KATALOG.bidang.kode.col}${hr}`, values: [header(KATALOG.bidang)] },
      ...(tables
        ? [
            { address: `A${first}`, values: tables.indikator },
            { address: `${KATALOG.sasaran.kode.col}${first}`, values: tables.sasaran },
            { address: `${KATALOG.bidang.kode.col}${first}`, values: tables.bidang },
          ]
        : []),
    ],
    formats: [
      { address: "A1", format: { bold: true, fontSize: 14 } },
      { address: "A2", format: { italic: true } },
      { address: `A${hr}:${ind.sumberStandar.col}${hr}`, format: TABLE_HEADER_FORMAT },
      {
        address: `${KATALOG.sasaran.kode.col}${hr}:${KATALOG.sasaran.nama.col}${hr}`,
        format: TABLE_HEADER_FORMAT,
      },
      {
        address: `${KATALOG.bidang.kode.col}${hr}:${KATALOG.bidang.lembar.col}${hr}`,
        format: TABLE_HEADER_FORMAT,
      },
      {
        address: `A${first}:${ind.sumberStandar.col}${lastValidated}`,
        format: { vertical: "Top", wrap: true },
      },
    ],
    merges: [`A1:${ind.sumberStandar.col}1`, `A2:${ind.sumberStandar.col}2`],
    columnWidths: [
      { column: ind.kode.col, width: 60 },
      { column: ind.sasaran.col, width: 55 },
      { column: ind.indikator.col, width: 260 },
      { column: ind.jenis.col, width: 60 },
      { column: ind.satuan.col, width: 80 },
      { column: ind.polaritas.col, width: 60 },
      { column: ind.pembilang.col, width: 200 },
      { column: ind.penyebut.col, width: 200 },
      { column: ind.sumberData.col, width: 70 },
      { column: ind.bidang.col, width: 80 },
      { column: ind.kondisiAwal.col, width: 70 },
      { column: ind.sifatTarget.col, width: 75 },
      { column: ind.standarNasional.col, width: 70 },
      { column: ind.sumberStandar.col, width: 120 },
      { column: columnLetter(columnIndex(ind.sumberStandar.col) + 1), width: 12 },
      { column: KATALOG.sasaran.kode.col, width: 55 },
      { column: KATALOG.sasaran.nama.col, width: 260 },
      { column: columnLetter(columnIndex(KATALOG.sasaran.nama.col) + 1), width: 12 },
      { column: KATALOG.bidang.kode.col, width: 80 },
      { column: KATALOG.bidang.nama.col, width: 240 },
      { column: KATALOG.bidang.lembar.col, width: 80 },
    ],
    rowHeights: [{ address: `A${hr}`, height: 30 }],
    validations: [
      {
        address: `${ind.jenis.col}${first}:${ind.jenis.col}${lastValidated}`,
        rule: { kind: "list", source: "jumlah,persen,rasio" },
        prompt: {
          title: "Jenis indikator",
          message: "jumlah: dihitung langsung; persen: pembilang/penyebut×100; rasio: pembilang/penyebut.",
        },
        error: { title: "Jenis tidak dikenal", message: "Pilih jumlah, persen atau rasio." },
      },
      {
        address: `${ind.polaritas.col}${first}:${ind.polaritas.col}${lastValidated}`,
        rule: { kind: "list", source: "positif,negatif" },
        prompt: {
          title: "Polaritas",
          message: "positif: makin tinggi makin baik; negatif: makin rendah makin baik.",
        },
        error: { title: "Polaritas tidak dikenal", message: "Pilih positif atau negatif." },
      },
      {
        address: `${ind.kondisiAwal.col}${first}:${ind.kondisiAwal.col}${lastValidated}`,
        rule: { kind: "decimal", min: 0 },
        prompt: {
          title: "Kondisi awal",
          message: "Nilai indikator pada tahun sebelum periode Renstra; boleh kosong.",
        },
        error: NUMBER_INPUT_MESSAGES.error,
      },
      {
        address: `${ind.sifatTarget.col}${first}:${ind.sifatTarget.col}${lastValidated}`,
        rule: { kind: "list", source: SIFAT_TARGET.join(",") },
        prompt: {
          title: "Sifat target",
          message:
            "kumulatif: realisasi tiap tahun dijumlahkan menuju target akhir (hanya jumlah); akhir: tahun terakhir yang berlaku. Kosong: akhir.",
        },
        error: {
          title: "Sifat target tidak dikenal",
          message: "Pilih kumulatif atau akhir, atau kosongkan.",
        },
      },
      {
        address: `${ind.standarNasional.col}${first}:${ind.standarNasional.col}${lastValidated}`,
        rule: { kind: "decimal", min: 0 },
        prompt: {
          title: "Standar nasional",
          message:
            "Nilai standar nasional indikator ini (misalnya SPM bidang sosial, Permensos 9/2018: 100), dalam satuan indikator; boleh kosong.",
        },
        error: NUMBER_INPUT_MESSAGES.error,
      },
    ],
    freeze: { rows: hr, columns: 1 },
    print: { orientation: "Landscape", fitToWidth: true, titleRows: `$${hr}:$${hr}`, paper: "A4" },
  };
}

/**
 * The sheet's cells as they would read back after writing `catalog` (plain values, no
 * text prefixes), anchored at A1: what `readCatalogFromSheet` reads. Tests and the
 * planner use it to treat "the default catalog" and "a typed-in catalog" alike.
 */
export function catalogToGrid(catalog: Catalog): CellValue[][] {
  const grid: CellValue[][] = [];
  const put = (table: Readonly<Record<string, { col: string }>>, rows: readonly (readonly CellValue[])[]) => {
    const firstCol = columnIndex(Object.values(table)[0]?.col ?? "A");
    rows.forEach((values, i) => {
      const r = KATALOG.firstDataRow - 1 + i;
      const row = (grid[r] ??= []);
      values.forEach((v, j) => (row[firstCol + j] = v));
    });
  };
  put(
    KATALOG.indikator,
    catalog.indikator.map((i) => [
      i.kode,
      i.sasaran,
      i.nama,
      i.jenis,
      i.satuan,
      i.polaritas,
      i.pembilang,
      i.penyebut ?? "",
      i.sumberData,
      i.bidang,
      i.kondisiAwal ?? "",
      i.sifatTarget ?? "",
      i.standarNasional ?? "",
      i.sumberStandar ?? "",
    ]),
  );
  put(
    KATALOG.sasaran,
    catalog.sasaran.map((s) => [s.kode, s.nama]),
  );
  put(
    KATALOG.bidang,
    catalog.bidang.map((b) => [b.kode, b.nama, b.lembar]),
  );
  const width = columnIndex(KATALOG.lastCol) + 1;
  return Array.from({ length: grid.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? ""),
  );
}

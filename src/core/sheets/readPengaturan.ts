import type { Catalog } from "../catalog/catalogSchema";
import type { PredikatScale } from "../formulas/PredikatScale";
import { cellAddress, cellAt, columnIndex, isBlank, type CellValue, type Grid } from "../workbook/a1";
import { DESIMAL, PENGATURAN } from "../workbook/workbookLayout";
import { locateFields, type LayoutField } from "./locateFields";
import { normaliseHeader } from "./normaliseHeader";
import { clampToPeriode } from "./renstraPeriod";

/**
 * Pengaturan, read: the one reader of the settings sheet. The template fills in what is
 * empty from it; validation checks each value it returns (`validatePengaturan`), so both
 * agree on which cell holds what.
 */

export type SettingKey = keyof typeof PENGATURAN.settings;

export const SETTING_KEYS = Object.keys(PENGATURAN.settings) as SettingKey[];

/** A setting's value cell, e.g. "B6" for the tahun laporan. */
export function pengaturanCell(key: SettingKey): string {
  return `${PENGATURAN.valueCol}${PENGATURAN.settings[key].row}`;
}

/** Pengaturan as found: each setting's typed value ("" when empty) and the scale rows. */
export interface PengaturanContents {
  readonly typed: Readonly<Record<SettingKey, CellValue>>;
  /** PENGATURAN.skala.rows rows of [threshold, label]. */
  readonly skala: readonly (readonly [CellValue, CellValue])[];
  /**
   * The 0-based row each setting was found on, by its label (an older template put some
   * elsewhere); `null` when the sheet has no such setting yet.
   */
  readonly rows: Readonly<Record<SettingKey, number | null>>;
  /** The 0-based rows of the scale table as found: its title, and its first band. */
  readonly skalaAt: { readonly titleRow: number; readonly firstRow: number };
  /** Every setting and the scale where the current layout puts them: nothing to move. */
  readonly inLayout: boolean;
}

const SETTING_FIELDS: Readonly<Record<SettingKey, LayoutField>> = Object.fromEntries(
  SETTING_KEYS.map((key) => [
    key,
    { at: PENGATURAN.settings[key].row - 1, header: PENGATURAN.settings[key].label },
  ]),
) as Record<SettingKey, LayoutField>;

/**
 * Where the scale table is: the row of its title (or of its header, one below), found in
 * column A, else where the layout puts it.
 */
function locateSkala(labels: readonly CellValue[]): { titleRow: number; firstRow: number } {
  const sk = PENGATURAN.skala;
  const title = labels.findIndex((v) => normaliseHeader(v) === normaliseHeader(sk.title));
  const header = labels.findIndex((v) => normaliseHeader(v) === normaliseHeader(sk.headers[0]));
  const titleRow = title >= 0 ? title : header >= 1 ? header - 1 : sk.titleRow - 1;
  return { titleRow, firstRow: titleRow + (sk.firstRow - sk.titleRow) };
}

/**
 * Reads the setting cells; a missing sheet reads as all empty. Each setting is found by
 * its label in column A (a workbook of an older template may have it on another row, or
 * not at all), and the scale table by its title: see `locateFields`.
 */
export function readPengaturan(grid: Grid | null): PengaturanContents {
  const labelCol = columnIndex(PENGATURAN.labelCol);
  const value = columnIndex(PENGATURAN.valueCol);
  const labels = (grid ?? []).map((row) => row[labelCol] ?? "");
  const skalaAt = locateSkala(labels);
  const sk = PENGATURAN.skala;
  const skalaLast = skalaAt.firstRow + sk.rows - 1;
  const located = locateFields(labels, SETTING_FIELDS, [sk.title, ...sk.headers]);
  // A setting assumed at its layout row is not there when the scale table sits on that row.
  const rows = Object.fromEntries(
    SETTING_KEYS.map((key) => {
      const r = located.at[key];
      const inScale = r !== null && r >= skalaAt.titleRow && r <= skalaLast;
      return [key, r !== null && (located.byHeading[key] || !inScale) ? r : null];
    }),
  ) as Record<SettingKey, number | null>;
  const typed = Object.fromEntries(
    SETTING_KEYS.map((key) => {
      const r = rows[key];
      return [key, r === null ? "" : cellAt(grid, r, value)];
    }),
  ) as Record<SettingKey, CellValue>;
  const t = columnIndex(sk.thresholdCol);
  const l = columnIndex(sk.labelCol);
  const skala = Array.from({ length: sk.rows }, (_, i) => {
    const r = skalaAt.firstRow + i;
    return [cellAt(grid, r, t), cellAt(grid, r, l)] as const;
  });
  const inLayout =
    SETTING_KEYS.every((key) => rows[key] === PENGATURAN.settings[key].row - 1) &&
    skalaAt.titleRow === sk.titleRow - 1;
  return { typed, skala, rows, skalaAt, inLayout };
}

/** Where a setting's value was read from (its layout cell when the sheet lacks it), e.g. "B6". */
export function foundSettingCell(contents: PengaturanContents, key: SettingKey): string {
  const r = contents.rows[key];
  return r === null ? pengaturanCell(key) : cellAddress(r, columnIndex(PENGATURAN.valueCol));
}

/**
 * What the template writes into an empty setting cell. `batasCapaian` and `batasRataRata`
 * have none: no cap is the default (domain notes), and an empty cell says so.
 */
export function defaultSettings(
  catalog: Catalog,
  currentYear: number,
): Readonly<Record<SettingKey, CellValue>> {
  const { awal, akhir } = catalog.periode;
  // The LKjIP for year t is written early in t+1, so last year is the likely report.
  const tahunLaporan = clampToPeriode(currentYear - 1, catalog.periode);
  return {
    instansi: catalog.instansi,
    tahunAwal: awal,
    tahunAkhir: akhir,
    tahunLaporan,
    rumusNegatif: "negatif",
    batasCapaian: "",
    desimal: DESIMAL.bawaan,
    // No cap on the mean either: the domain notes' default.
    batasRataRata: "",
    // The Perjanjian Kinerja's parties: names only staff know; the position and the
    // place follow from the agency's name ("… Kota Bontang": Bontang).
    kepalaNama: "",
    kepalaNip: "",
    kepalaJabatan: `Kepala ${catalog.instansi}`,
    waliKota: "",
    tempat: /\bKota\s+(.+)$/i.exec(catalog.instansi)?.[1]?.trim() ?? "",
  };
}

/** Typed value where there is one, the default elsewhere. */
export function effectiveSettings(
  contents: PengaturanContents,
  defaults: Readonly<Record<SettingKey, CellValue>>,
): Readonly<Record<SettingKey, CellValue>> {
  return Object.fromEntries(
    SETTING_KEYS.map((key) => [key, isBlank(contents.typed[key]) ? defaults[key] : contents.typed[key]]),
  ) as Record<SettingKey, CellValue>;
}

export function skalaIsEmpty(contents: PengaturanContents): boolean {
  return contents.skala.every(([t, l]) => isBlank(t) && isBlank(l));
}

/** The predikat labels in the scale table as it will be, for colouring Predikat cells. */
export function skalaLabels(contents: PengaturanContents, fallback: PredikatScale): readonly string[] {
  if (skalaIsEmpty(contents)) return fallback.map((b) => b.label);
  return contents.skala.map(([, l]) => (typeof l === "string" ? l.trim() : "")).filter((l) => l !== "");
}

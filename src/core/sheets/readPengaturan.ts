import type { Catalog } from "../catalog/catalogSchema";
import type { PredikatScale } from "../formulas/PredikatScale";
import { cellAt, columnIndex, isBlank, type CellValue, type Grid } from "../workbook/a1";
import { PENGATURAN } from "../workbook/workbookLayout";
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
}

/** Reads the setting cells; a missing sheet reads as all empty. */
export function readPengaturan(grid: Grid | null): PengaturanContents {
  const value = columnIndex(PENGATURAN.valueCol);
  const typed = Object.fromEntries(
    SETTING_KEYS.map((key) => [key, cellAt(grid, PENGATURAN.settings[key].row - 1, value)]),
  ) as Record<SettingKey, CellValue>;
  const t = columnIndex(PENGATURAN.skala.thresholdCol);
  const l = columnIndex(PENGATURAN.skala.labelCol);
  const skala = Array.from({ length: PENGATURAN.skala.rows }, (_, i) => {
    const r = PENGATURAN.skala.firstRow - 1 + i;
    return [cellAt(grid, r, t), cellAt(grid, r, l)] as const;
  });
  return { typed, skala };
}

/**
 * What the template writes into an empty setting cell. `batasCapaian` has none: no cap
 * is the default (domain notes), and an empty cell says so.
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

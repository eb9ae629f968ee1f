import { KRITERIA, type Kriteria } from "../formulas/kriteria";

/**
 * Every colour the add-in writes into a workbook, in one place: the template and the
 * reports draw from this list, so a predikat band or a tab looks the same on every
 * sheet. Colours are "#RRGGBB" as SheetPlan takes them.
 */
export const PALETTE = {
  /** One tab colour for every sheet the add-in makes (template and reports alike). */
  tab: "#1F4E79",
  /** The template's column headers: white on dark blue. */
  header: { fill: "#1F4E79", font: "#FFFFFF" },
  /** A report table's header row: dark text on pale blue, so it prints well in grey. */
  reportHeader: "#D9E1F2",
  /** Cells staff type into: pale yellow, the usual "fill me in" cue. */
  input: "#FFF2CC",
  /** Formula cells, and a report figure that is not a number ("belum diisi"). */
  formula: "#EDEDED",
  /** Cells copied from Katalog IKU: pale blue. */
  catalog: "#DDEBF7",
  /** An input that does not apply (a jumlah indicator's penyebut). */
  unused: "#D9D9D9",
  /** Secondary text: rows kept outside the catalog, notes, the report's subtitle lines. */
  mutedFont: "#7F7F7F",
  reportNoteFont: "#595959",
  /**
   * Predikat bands from best (green) to worst (red), Excel's own "good / neutral / bad"
   * cell styles and the two tints between them.
   */
  bands: [
    { fill: "#C6EFCE", fontColor: "#006100" },
    { fill: "#E2EFDA", fontColor: "#375623" },
    { fill: "#FFEB9C", fontColor: "#9C5700" },
    { fill: "#FCE4D6", fontColor: "#833C0B" },
    { fill: "#FFC7CE", fontColor: "#9C0006" },
  ],
} as const;

export interface BandColour {
  readonly fill: string;
  readonly fontColor: string;
}

/**
 * The colour of band `index` (0 = best) of a scale of `bands`: the scale is spread over
 * the palette, so its best band is always green and its worst always red, whether the
 * agency uses 3 bands or 7.
 */
export function bandColour(index: number, bands: number): BandColour {
  const palette = PALETTE.bands;
  const last = palette.length - 1;
  const i = bands <= 1 ? 0 : Math.round((index * last) / (bands - 1));
  return palette[Math.min(last, Math.max(0, i))] ?? palette[0];
}

/**
 * The kriteria words' colours, wherever a kriteria is printed (the Bidang sheets, the
 * LAKIP, the consolidation): an exceeded or a met target green, a missed one red.
 */
export const KRITERIA_COLOURS: readonly ({ readonly text: Kriteria } & BandColour)[] = [
  { text: KRITERIA.terlampaui, ...PALETTE.bands[0] },
  { text: KRITERIA.tercapai, ...PALETTE.bands[1] },
  { text: KRITERIA.tidakTercapai, ...PALETTE.bands[4] },
];

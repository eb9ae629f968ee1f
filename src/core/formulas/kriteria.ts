import { roundToDecimals } from "./roundToDecimals";

/**
 * The reviewer's reading of a capaian against 100 %: the target exceeded, met or missed.
 * Always judged on the capaian before any cap (a cap of 100 must not hide that a target
 * was exceeded) and at the precision the report prints, so 100.004 printed as 100,00 is
 * "Tercapai". The Bidang sheets' Kriteria formula writes the same three words.
 */
export const KRITERIA = {
  terlampaui: "Terlampaui",
  tercapai: "Tercapai",
  tidakTercapai: "Tidak Tercapai",
} as const;

export type Kriteria = (typeof KRITERIA)[keyof typeof KRITERIA];

/** The kriteria of an uncapped capaian (in percent) printed with `decimals` decimals. */
export function kriteria(capaianTanpaBatas: number, decimals: number): Kriteria {
  const shown = roundToDecimals(capaianTanpaBatas, decimals);
  return shown > 100 ? KRITERIA.terlampaui : shown === 100 ? KRITERIA.tercapai : KRITERIA.tidakTercapai;
}

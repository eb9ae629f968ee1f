import { fail, ok, type FormulaResult } from "./FormulaResult";
import { roundToDecimals } from "./roundToDecimals";
import { toExcelPrecision } from "./toExcelPrecision";

/**
 * The reviewer's reading of a capaian against 100 %: the target exceeded, met or missed.
 * Always judged on the capaian before any cap (a cap of 100 must not hide that a target
 * was exceeded) and at the precision the report prints, so 100.004 printed as 100,00 is
 * "Tercapai". The Bidang sheets' Kriteria formula (IKU.KRITERIA) gives the same three words.
 */
export const KRITERIA = {
  terlampaui: "Terlampaui",
  tercapai: "Tercapai",
  tidakTercapai: "Tidak Tercapai",
} as const;

export type Kriteria = (typeof KRITERIA)[keyof typeof KRITERIA];

/** The kriteria of an uncapped capaian (in percent) printed with `decimals` decimals. */
export function kriteria(capaianTanpaBatas: number, decimals: number): Kriteria {
  return against100(roundToDecimals(capaianTanpaBatas, decimals));
}

const against100 = (shown: number): Kriteria =>
  shown > 100 ? KRITERIA.terlampaui : shown === 100 ? KRITERIA.tercapai : KRITERIA.tidakTercapai;

/** The most decimals Excel's ROUND keeps meaningful (15 significant digits). */
const MAX_DESIMAL = 15;

/**
 * IKU.KRITERIA: the kriteria of a capaian cell's value (in percent, before any cap),
 * judged as printed with `desimal` decimals, as Excel's ROUND rounds; without `desimal`
 * (omitted: `null`), on the capaian itself at Excel's 15 digits, as IKU.PREDIKAT judges.
 * An empty capaian counts as 0 (as in `predikat`); a capaian may be negative
 * ((2T − R) / T with R > 2T). Text, a non-finite number, or a `desimal` that is not a whole
 * number from 0 to 15 → `VALUE`. The template passes IKU_Desimal (validated 0–4).
 */
export function kriteriaOf(capaian: unknown, desimal: unknown = null): FormulaResult<Kriteria> {
  const c = capaian === null || capaian === undefined ? 0 : capaian;
  if (typeof c !== "number") {
    if (typeof c === "string") return fail("VALUE", `Capaian berupa teks "${c}"; harus angka.`);
    return fail("VALUE", "Capaian harus berupa satu angka.");
  }
  if (!Number.isFinite(c)) return fail("VALUE", `Capaian bukan angka yang sah (${String(c)}).`);
  if (desimal === null || desimal === undefined) return ok(against100(toExcelPrecision(c)));
  if (typeof desimal !== "number" || !Number.isInteger(desimal) || desimal < 0 || desimal > MAX_DESIMAL) {
    const given =
      typeof desimal === "string"
        ? `"${desimal}"`
        : typeof desimal === "number"
          ? String(desimal)
          : "bukan angka";
    return fail(
      "VALUE",
      `Jumlah desimal harus bilangan bulat 0–${MAX_DESIMAL} (${given}); kosongkan untuk menilai capaian apa adanya.`,
    );
  }
  return ok(kriteria(c, desimal));
}

/*
 * The IKU.* custom functions for the .xlsx adapter's cached values: the same core calls
 * as src/functions/functions.ts, returning Excel error values instead of throwing
 * CustomFunctions.Error (which only exists inside Excel).
 */
import {
  capaian,
  kriteriaOf,
  parsePolaritas,
  parsePredikatScale,
  persen,
  predikat,
  rasio,
  type FormulaResult,
} from "../../core";
import { CUSTOM_FUNCTION_NAMESPACE } from "../formulaText";
import { ExcelError, type CustomFunction, type Scalar } from "./evaluateFormula";

const ERROR_VALUE = { DIV0: "#DIV/0!", NA: "#N/A", VALUE: "#VALUE!", NUM: "#NUM!" } as const;

function toCell<T extends number | string>(result: FormulaResult<T>): Scalar {
  return result.ok ? result.value : new ExcelError(ERROR_VALUE[result.error.type]);
}

type Arg = Parameters<CustomFunction>[0][number];
/** A one-value argument: a range passed where a value is expected gives its first cell. */
const scalar = (a: Arg): Scalar => {
  if (a === undefined) return null;
  if (isGrid(a)) return a[0]?.[0] ?? null;
  return a;
};
const isGrid = (a: Arg): a is readonly (readonly Scalar[])[] => Array.isArray(a);

/** By the name a formula uses, upper case: "IKU.PERSEN". */
export const IKU_FUNCTIONS: Readonly<Record<string, CustomFunction>> = {
  [`${CUSTOM_FUNCTION_NAMESPACE}.PERSEN`]: ([p, q]) => toCell(persen(scalar(p), scalar(q))),
  [`${CUSTOM_FUNCTION_NAMESPACE}.RASIO`]: ([p, q]) => toCell(rasio(scalar(p), scalar(q))),
  [`${CUSTOM_FUNCTION_NAMESPACE}.CAPAIAN`]: ([r, t, pol, cap]) => {
    const polaritas = parsePolaritas(pol === undefined ? null : scalar(pol));
    if (!polaritas.ok) return toCell(polaritas);
    // An empty cap cell may arrive as null, "" or 0: all mean no cap (functions.ts).
    const b = cap === undefined ? null : scalar(cap);
    if (b !== null && b !== "" && b !== 0 && typeof b !== "number") return new ExcelError("#VALUE!");
    const batas = typeof b === "number" && b !== 0 ? b : null;
    return toCell(capaian(scalar(r), scalar(t), { polaritas: polaritas.value, batas }));
  },
  // An omitted desimal judges the capaian as it is (functions.ts passes Excel's null).
  [`${CUSTOM_FUNCTION_NAMESPACE}.KRITERIA`]: ([c, d]) =>
    toCell(kriteriaOf(scalar(c), d === undefined ? null : scalar(d))),
  [`${CUSTOM_FUNCTION_NAMESPACE}.PREDIKAT`]: ([c, skala]) => {
    if (skala === undefined || skala === null) return toCell(predikat(scalar(c)));
    const scale = parsePredikatScale(Array.isArray(skala) ? skala : [[skala]]);
    return scale.ok ? toCell(predikat(scalar(c), scale.value)) : toCell(scale);
  },
};

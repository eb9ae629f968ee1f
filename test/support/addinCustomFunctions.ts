import type { CustomFunctionsOptions } from "@iku-lakip/excel-host";
import * as functions from "../../src/functions/functions";

/**
 * The add-in's custom functions as Excel registers them, for the development workbook
 * host: the manifest's namespace (IKU), and IKU.PREDIKAT's skala declared a matrix
 * (JSDoc `any[][]`, as functions.json says).
 */
export const addinCustomFunctions: CustomFunctionsOptions = {
  namespace: "IKU",
  functions,
  matrixParameters: { PREDIKAT: [1] },
};

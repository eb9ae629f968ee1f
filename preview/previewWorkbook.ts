/*
 * The preview's workbook, created and its globals installed before anything else is
 * evaluated: the functions module calls `CustomFunctions.associate` as it loads (the
 * metadata plugin appends those calls), so the shim must already be there.
 */
import { Workbook } from "@iku-lakip/excel-host";

// The add-in's custom functions as Excel registers them: the manifest's namespace, and
// IKU.PREDIKAT's skala a matrix (functions.json). preview.ts registers the functions.
export const workbook = new Workbook({
  customFunctions: { namespace: "IKU", matrixParameters: { PREDIKAT: [1] } },
});
workbook.installGlobals(window as unknown as Record<string, unknown>);

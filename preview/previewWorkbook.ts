/*
 * The preview's workbook, created and its globals installed before anything else is
 * evaluated: the functions module calls `CustomFunctions.associate` as it loads (the
 * metadata plugin appends those calls), so the shim must already be there.
 */
import { Workbook } from "@iku-lakip/excel-host";

export const workbook = new Workbook();
workbook.installGlobals(window as unknown as Record<string, unknown>);

/*
 * Click-to-select for the task pane's issue list: shows the sheet and selects the cell.
 */
import { defaultRun, type ExcelRun } from "./ExcelRun";

/** What a click on an issue did (the pane says the last two). */
export type SelectResult = "selected" | "shown" | "sheetMissing";

/**
 * Activates `sheet` and selects `address` (an A1 cell or range; "" for a sheet-level
 * issue: only the sheet is shown). A hidden sheet is made visible first, since Excel
 * cannot activate a hidden sheet (office-js-known-issues G.19): "shown". A sheet deleted
 * or renamed since the issue was found: "sheetMissing", rather than a throw into the
 * task pane's click handler or another sheet selected. Two syncs: look, then act.
 */
export async function selectCell(
  sheet: string,
  address: string,
  run: ExcelRun = defaultRun,
): Promise<SelectResult> {
  return run(async (context) => {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    worksheet.load("visibility");
    await context.sync();
    if (worksheet.isNullObject) return "sheetMissing";
    const hidden = worksheet.visibility !== "Visible";
    if (hidden) worksheet.visibility = "Visible";
    worksheet.activate();
    if (address !== "") worksheet.getRange(address).select();
    try {
      await context.sync();
    } catch (error) {
      // Deleted between the two syncs.
      if (isOfficeError(error, "ItemNotFound")) return "sheetMissing";
      throw error;
    }
    return hidden ? "shown" : "selected";
  });
}

function isOfficeError(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

/*
 * Click-to-select for the task pane's issue list: shows the sheet and selects the cell.
 */
import { defaultRun, type ExcelRun } from "./ExcelRun";

/**
 * Activates `sheet` and selects `address` (an A1 cell or range; "" for a sheet-level
 * issue: only the sheet is shown). One sync. Resolves `false` when the sheet or the
 * address does not exist (a missing sheet is what some issues are about), rather
 * than throwing into the task pane's click handler.
 */
export async function selectCell(
  sheet: string,
  address: string,
  run: ExcelRun = defaultRun,
): Promise<boolean> {
  return run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    if (address !== "") worksheet.getRange(address).select();
    try {
      await context.sync();
      return true;
    } catch (error) {
      if (isOfficeError(error, "ItemNotFound") || isOfficeError(error, "InvalidArgument")) return false;
      throw error;
    }
  });
}

function isOfficeError(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

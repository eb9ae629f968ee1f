/**
 * The workbook's own spelling of a sheet name, looked up as Excel does: ignoring case
 * ("pm" finds "PM"). `undefined` when no sheet has that name.
 */
export function sheetNamed(sheetNames: readonly string[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return sheetNames.find((n) => n.toLowerCase() === lower);
}

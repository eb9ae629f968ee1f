// exceljs 4.4's own shared-formula translation (the formula of a filled-down cell from
// its master's), which it does not export; the version is pinned exactly.
declare module "exceljs/lib/utils/shared-formula" {
  export function slideFormula(formula: string, fromCell: string, toCell: string): string;
}

/*
 * Excel.WorksheetProtection: protect and unprotect with Excel's documented rules. What
 * protection then allows is enforced in one place, SheetEditor.
 */
import { invalidArgument, invalidOperation } from "../errors";
import type { SheetModel } from "../model/SheetModel";
import { ClientObject } from "./ClientObject";

const PROTECTION_OPTIONS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
  "selectionMode",
];

export class WorksheetProtectionProxy extends ClientObject<SheetModel> {
  protected readonly _typeName = "WorksheetProtection";
  protected readonly _scalarProperties = ["protected", "options", "isPasswordProtected"] as const;

  protected _read(sheet: SheetModel, name: string): unknown {
    switch (name) {
      case "protected":
        return sheet.protection.protected;
      case "options":
        return { ...sheet.protection.options };
      case "isPasswordProtected":
        return sheet.protection.protected && sheet.protection.password !== undefined;
    }
    throw invalidArgument(`WorksheetProtection has no property "${name}".`);
  }

  get protected(): boolean {
    return this._get("protected");
  }
  get options(): Record<string, unknown> {
    return this._get("options");
  }
  /** ExcelApiOnline 1.1: whether the sheet is protected with a password. */
  get isPasswordProtected(): boolean {
    return this._get("isPasswordProtected");
  }

  /** Fails (InvalidOperation) when the sheet is already protected, as documented for Excel. */
  protect(options?: Record<string, unknown> | null, password?: string): void {
    this._call("protect", [options ?? null, password === undefined ? null : "***"], (sheet, state) => {
      const denied = state.model.faults.nextProtectionCall("protect");
      if (denied) throw denied;
      if (sheet.protection.protected)
        throw invalidOperation(`The sheet "${sheet.name}" is already protected.`);
      const stored: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(options ?? {})) {
        if (!PROTECTION_OPTIONS.includes(key)) throw invalidArgument(`Unknown protection option "${key}".`);
        stored[key] = value;
      }
      sheet.protection = { protected: true, options: stored };
      if (password !== undefined && password !== "") sheet.protection.password = password;
      state.model.touch(sheet);
    });
  }

  /** A wrong password fails with InvalidArgument; unprotecting an unprotected sheet does nothing. */
  unprotect(password?: string): void {
    this._call("unprotect", [password === undefined ? null : "***"], (sheet, state) => {
      const denied = state.model.faults.nextProtectionCall("unprotect");
      if (denied) throw denied;
      const current = sheet.protection;
      if (!current.protected) return;
      if (current.password !== undefined && current.password !== password) {
        throw invalidArgument(`Wrong password for the sheet "${sheet.name}".`);
      }
      sheet.protection = { protected: false, options: {} };
      state.model.touch(sheet);
    });
  }
}

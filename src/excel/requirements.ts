/**
 * Requirement sets beyond the manifest's (ExcelApi 1.9): the add-in uses their members
 * only where Office says they are supported, and works without them. Each capability is
 * one set; `scripts/apiSets.ts` counts a member used under `if (capabilities.x)` (or
 * `capabilities.x ? … : …`) as needing that set at run time, not from the manifest.
 */
export const OPTIONAL_SETS = {
  /** `WorksheetProtection.isPasswordProtected`: a password is told before writing (Excel on the web). */
  passwordInfo: { name: "ExcelApiOnline", version: "1.1" },
} as const;

export type Capabilities = { readonly [K in keyof typeof OPTIONAL_SETS]?: boolean };

/** What this Office supports, asked once; nothing outside Office (tests, the preview pass their own). */
export function detectCapabilities(): Capabilities {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  if (!requirements) return {};
  return Object.fromEntries(
    Object.entries(OPTIONAL_SETS).map(([key, set]) => [
      key,
      requirements.isSetSupported(set.name, set.version),
    ]),
  );
}

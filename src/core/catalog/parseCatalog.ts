import { catalogSchema, type Catalog } from "./catalogSchema";

/** One problem in a catalog, with the entry it belongs to so a person can find it. */
export interface CatalogIssue {
  readonly path: readonly (string | number)[];
  /** e.g. `indikator ke-3 (IKU-03), sasaran` — names the offending entry. */
  readonly where: string;
  readonly message: string;
}

export type CatalogResult =
  | { readonly success: true; readonly data: Catalog }
  | { readonly success: false; readonly issues: readonly CatalogIssue[] };

const LIST_NAMES: Readonly<Record<string, string>> = {
  bidang: "bidang",
  sasaran: "sasaran",
  indikator: "indikator",
};

function describe(path: readonly PropertyKey[], input: unknown): string {
  const [list, index, ...rest] = path;
  if (typeof list !== "string") return "katalog";
  const listName = LIST_NAMES[list];
  if (listName === undefined || typeof index !== "number")
    return [list, index, ...rest]
      .filter((p) => p !== undefined)
      .map(String)
      .join(".");
  const entries = (input as Record<string, unknown> | null)?.[list];
  const entry = Array.isArray(entries) ? (entries[index] as unknown) : undefined;
  const code =
    typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>)["kode"] : undefined;
  const name = `${listName} ke-${index + 1}${typeof code === "string" && code !== "" ? ` (${code})` : ""}`;
  return rest.length > 0 ? `${name}, ${rest.map(String).join(".")}` : name;
}

/**
 * Checks a catalog an agency brings (parsed JSON or rows read from the workbook).
 * Never throws: like zod's `safeParse`, it returns the catalog or every issue found,
 * each naming the offending entry (`indikator ke-3 (IKU-03), jenis: …`).
 */
export function parseCatalog(input: unknown): CatalogResult {
  const result = catalogSchema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: result.error.issues.map((issue) => {
      const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
      return { path, where: describe(issue.path, input), message: issue.message };
    }),
  };
}

/** One line per issue, for a message box or a log. */
export function formatCatalogIssues(issues: readonly CatalogIssue[]): string {
  return issues.map((i) => `${i.where}: ${i.message}`).join("\n");
}

import type * as z from "zod/mini";
import { TAHUN_MAX, TAHUN_MIN } from "../sheets/renstraPeriod";
import { catalogSchema, type Catalog } from "./catalogSchema";
import {
  CATALOG_FIELDS,
  isCatalogList,
  NUMBER_FIELDS,
  type CatalogField,
  type CatalogProblem,
} from "./CatalogProblem";

/** One problem in a catalog, with the entry it belongs to so a person can find it. */
export interface CatalogIssue {
  readonly path: readonly (string | number)[];
  /** The kode of the list entry the path points into, when it has one: names the entry. */
  readonly entryKode?: string;
  readonly problem: CatalogProblem;
}

export type CatalogResult =
  | { readonly success: true; readonly data: Catalog }
  | { readonly success: false; readonly issues: readonly CatalogIssue[] };

const isList = isCatalogList;

/** The catalog field a path points at: ["indikator", 2, "jenis"] → "indikator.jenis". */
function fieldOf(path: readonly PropertyKey[]): CatalogField | null {
  const [first, second, third] = path;
  const name =
    first === "instansi" && path.length === 1
      ? "instansi"
      : first === "periode" && typeof second === "string" && path.length === 2
        ? `periode.${second}`
        : isList(first) && typeof second === "number" && typeof third === "string" && path.length === 3
          ? `${first}.${third}`
          : null;
  return CATALOG_FIELDS.find((f) => f === name) ?? null;
}

const isProblem = (v: unknown): v is CatalogProblem =>
  typeof v === "object" && v !== null && typeof (v as { code?: unknown }).code === "string";

/** zod's issue, by its kind and path, in the catalog's own terms. */
function problemOf(issue: z.core.$ZodIssue): CatalogProblem {
  if (issue.code === "custom") {
    const problem: unknown = issue.params?.["problem"];
    return isProblem(problem) ? problem : { code: "invalid" };
  }
  const path = issue.path;
  const field = fieldOf(path);
  const year = field === "periode.awal" || field === "periode.akhir";
  const number = field !== null && NUMBER_FIELDS.includes(field);
  const list = path[0];
  if (field && number) {
    if (issue.code === "invalid_type") return { code: "notNumber", field };
    if (issue.code === "too_small") return { code: "numberNegative", field };
  }
  switch (issue.code) {
    case "invalid_type":
      if (path.length === 0) return { code: "notACatalog" };
      if (isList(list) && path.length === 1) return { code: "notAList", list };
      if (isList(list) && path.length === 2) return { code: "notAnEntry", list };
      if (field && year) return { code: issue.expected === "int" ? "yearNotWhole" : "yearNotNumber", field };
      if (field) return { code: "notText", field };
      break;
    case "too_small":
    case "too_big":
      if (field && year) return { code: "yearOutOfRange", field, min: TAHUN_MIN, max: TAHUN_MAX };
      if (isList(list) && path.length === 1 && issue.code === "too_small") return { code: "listEmpty", list };
      if (field && issue.code === "too_small") return { code: "textEmpty", field };
      if (field && issue.code === "too_big")
        return { code: "textTooLong", field, max: Number(issue.maximum) };
      break;
    case "invalid_format":
      if (field) return { code: "kodeFormat", field };
      break;
    case "invalid_value":
      if (field) return { code: "notOneOf", field, options: issue.values.map(String) };
      break;
  }
  return { code: "invalid" };
}

/** The kode of the entry a path points into, to name it ("indikator ke-3 (IKU-03)"). */
function entryKodeOf(path: readonly PropertyKey[], input: unknown): string | undefined {
  const [list, index] = path;
  if (!isList(list) || typeof index !== "number") return undefined;
  const entries = (input as Record<string, unknown> | null)?.[list];
  const entry = Array.isArray(entries) ? (entries[index] as unknown) : undefined;
  const kode =
    typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>)["kode"] : undefined;
  return typeof kode === "string" && kode !== "" ? kode : undefined;
}

/**
 * Checks a catalog an agency brings (parsed JSON or rows read from the workbook).
 * Never throws: like zod's `safeParse`, it returns the catalog or every issue found,
 * each a typed problem at its path, naming the offending entry by its kode.
 */
export function parseCatalog(input: unknown): CatalogResult {
  const result = catalogSchema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: result.error.issues.map((issue) => {
      const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
      const entryKode = entryKodeOf(path, input);
      return { path, ...(entryKode === undefined ? {} : { entryKode }), problem: problemOf(issue) };
    }),
  };
}

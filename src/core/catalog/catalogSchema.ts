import * as z from "zod/mini";
import { PERIODE_MAX_TAHUN, periodeProblem, tahunSchema } from "../sheets/renstraPeriod";
import type { CatalogProblem } from "./CatalogProblem";

/**
 * The shape of an indicator catalog. The default one is the DSPM Kota Bontang decree;
 * another agency brings its own in the same shape (as JSON or through the workbook's
 * Katalog IKU sheet) and gets the same checks.
 *
 * zod/mini, zod's tree-shakable form (checks as functions, `.check(...)`): the task pane
 * bundle carries only the checks used here, not all of zod (see `npm run bench`).
 */

// Every check's problem is typed data: built-in checks are told apart by zod's issue kind
// and path (`parseCatalog`), the refinements carry theirs in `params`, so no text here.
const problem = (p: CatalogProblem) => ({ params: { problem: p } });

const text = z.string().check(z.trim(), z.minLength(1));

// Excel's rules for a sheet name, since each Bidang gets a sheet of this name.
const sheetName = text.check(
  z.maxLength(31),
  z.refine((s) => !/[:\\/?*[\]]/.test(s), problem({ code: "sheetNameChars" })),
  z.refine((s) => !s.startsWith("'") && !s.endsWith("'"), problem({ code: "sheetNameQuote" })),
);

const kode = text.check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/));

const jenisSchema = z.enum(["jumlah", "persen", "rasio"]);

const polaritasSchema = z.enum(["positif", "negatif"]);

/**
 * How a year's realisasi adds up towards the Renstra end (domain notes, part 2):
 * `kumulatif` (a flow: the years are summed) or `akhir` (a stock or a state: the latest
 * year stands). Blank in the catalog means the default (`sifatTargetOf`).
 */
export const SIFAT_TARGET = ["kumulatif", "akhir"] as const;

const sifatTargetSchema = z.enum(SIFAT_TARGET);

const bidangSchema = z.object({
  kode,
  nama: text,
  lembar: sheetName,
});

const sasaranSchema = z.object({
  kode,
  nama: text,
});

const indikatorSchema = z
  .object({
    kode,
    nama: text,
    sasaran: kode,
    jenis: jenisSchema,
    satuan: text,
    polaritas: polaritasSchema,
    pembilang: text,
    // A count has no denominator.
    penyebut: z.nullable(text),
    sumberData: text,
    bidang: kode,
    /** The value in the year before the Renstra period; optional. */
    kondisiAwal: z._default(z.nullable(z.number().check(z.nonnegative())), null),
    /** `null`: the default for the indicator's jenis (see `sifatTargetOf`). */
    sifatTarget: z._default(z.nullable(sifatTargetSchema), null),
    /** The national standard the LKjIP compares realisasi with (analysis 4); optional. */
    standarNasional: z._default(z.nullable(z.number()), null),
    /** Where the standard comes from (SPM, Permensos 9/2018, …); optional. */
    sumberStandar: z._default(z.nullable(text), null),
  })
  .check(
    z.superRefine((ind, ctx) => {
      // A share or an average is a state: summing years of it means nothing.
      if (ind.sifatTarget === "kumulatif" && ind.jenis !== "jumlah") {
        ctx.addIssue({
          code: "custom",
          path: ["sifatTarget"],
          ...problem({ code: "kumulatifNotJumlah", jenis: ind.jenis }),
        });
      }
      if (ind.jenis !== "jumlah" && ind.penyebut === null) {
        ctx.addIssue({
          code: "custom",
          path: ["penyebut"],
          ...problem({ code: "penyebutRequired", jenis: ind.jenis }),
        });
      }
      if (ind.jenis === "jumlah" && ind.penyebut !== null) {
        ctx.addIssue({ code: "custom", path: ["penyebut"], ...problem({ code: "penyebutUnused" }) });
      }
    }),
  );

export const catalogSchema = z
  .object({
    instansi: text,
    periode: z.object({ awal: tahunSchema, akhir: tahunSchema }).check(
      z.refine((p) => periodeProblem(p) !== "reversed", problem({ code: "periodReversed" })),
      z.refine(
        (p) => periodeProblem(p) !== "tooLong",
        problem({ code: "periodTooLong", maxYears: PERIODE_MAX_TAHUN }),
      ),
    ),
    bidang: z.array(bidangSchema).check(z.minLength(1)),
    sasaran: z.array(sasaranSchema).check(z.minLength(1)),
    indikator: z.array(indikatorSchema).check(z.minLength(1)),
  })
  // Runs even when some entries failed their own checks (zod skips a refinement after
  // any issue unless `when` says otherwise), so staff see every problem in one round.
  // The value may then hold entries that failed: only text fields are compared.
  .check(z.superRefine(checkReferences, { when: (payload) => hasLists(payload.value) }));

type Lists = Record<"bidang" | "sasaran" | "indikator", readonly unknown[]>;

function hasLists(value: unknown): value is Lists {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v["bidang"]) && Array.isArray(v["sasaran"]) && Array.isArray(v["indikator"]);
}

/** An entry's text field, or null when the entry is not an object or the field not text. */
function field(entry: unknown, key: string): string | null {
  if (typeof entry !== "object" || entry === null) return null;
  const v = (entry as Record<string, unknown>)[key];
  return typeof v === "string" ? v : null;
}

/** Catalog-wide checks: duplicate kodes and sheet names, references to unknown sasaran and bidang. */
function checkReferences(catalog: unknown, ctx: z.core.$RefinementCtx): void {
  if (!hasLists(catalog)) return;
  const unique = (
    list: "bidang" | "sasaran" | "indikator",
    key: "kode" | "lembar",
    duplicateOf: Extract<CatalogProblem, { code: "duplicate" }>["field"],
  ) => {
    const seen = new Set<string>();
    catalog[list].forEach((item, i) => {
      const value = field(item, key);
      if (value === null) return;
      if (seen.has(value.toLowerCase()))
        ctx.addIssue({
          code: "custom",
          path: [list, i],
          ...problem({ code: "duplicate", field: duplicateOf, value }),
        });
      seen.add(value.toLowerCase());
    });
  };
  unique("bidang", "kode", "bidang.kode");
  unique("bidang", "lembar", "bidang.lembar");
  unique("sasaran", "kode", "sasaran.kode");
  unique("indikator", "kode", "indikator.kode");
  const kodes = (items: readonly unknown[]) =>
    new Set(items.map((item) => field(item, "kode")).filter((k) => k !== null));
  const references = [
    ["sasaran", kodes(catalog.sasaran)],
    ["bidang", kodes(catalog.bidang)],
  ] as const;
  catalog.indikator.forEach((ind, i) => {
    for (const [key, known] of references) {
      const kode = field(ind, key);
      if (kode !== null && !known.has(kode))
        ctx.addIssue({
          code: "custom",
          path: ["indikator", i, key],
          ...problem({ code: "unknownReference", field: `indikator.${key}`, value: kode }),
        });
    }
  });
}

export type Catalog = z.infer<typeof catalogSchema>;
export type Indikator = z.infer<typeof indikatorSchema>;
export type Bidang = z.infer<typeof bidangSchema>;
export type Jenis = z.infer<typeof jenisSchema>;
export type SifatTarget = z.infer<typeof sifatTargetSchema>;

/**
 * An indicator's sifat target, its default filled in: `persen` and `rasio` are akhir, and
 * so is `jumlah` unless the catalog says kumulatif (the two DSPM counts are stocks).
 */
export function sifatTargetOf(ind: Pick<Indikator, "sifatTarget">): SifatTarget {
  return ind.sifatTarget ?? "akhir";
}

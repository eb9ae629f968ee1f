import { z } from "zod";
import { PERIODE_MAX_TAHUN, periodeProblem, TAHUN_MAX, TAHUN_MIN } from "../sheets/renstraPeriod";

/**
 * The shape of an indicator catalog. The default one is the DSPM Kota Bontang decree;
 * another agency brings its own in the same shape (as JSON or through the workbook's
 * Katalog IKU sheet) and gets the same checks.
 */

const text = (what: string) =>
  z
    .string({ error: `${what} harus berupa teks` })
    .trim()
    .min(1, { error: `${what} tidak boleh kosong` });

// Excel's rules for a sheet name, since each Bidang gets a sheet of this name.
const sheetName = text("Nama lembar")
  .max(31, { error: "Nama lembar paling panjang 31 karakter" })
  .refine((s) => !/[:\\/?*[\]]/.test(s), { error: "Nama lembar tidak boleh memuat : \\ / ? * [ ]" })
  .refine((s) => !s.startsWith("'") && !s.endsWith("'"), {
    error: "Nama lembar tidak boleh diawali atau diakhiri '",
  });

const kode = text("Kode").regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
  error: "Kode hanya boleh huruf, angka, titik, garis bawah dan tanda hubung",
});

export const jenisSchema = z.enum(["jumlah", "persen", "rasio"], {
  error: 'Jenis harus "jumlah", "persen" atau "rasio"',
});

export const polaritasSchema = z.enum(["positif", "negatif"], {
  error: 'Polaritas harus "positif" atau "negatif"',
});

export const bidangSchema = z.object({
  kode,
  nama: text("Nama bidang"),
  lembar: sheetName,
});

export const sasaranSchema = z.object({
  kode,
  nama: text("Nama sasaran"),
});

export const indikatorSchema = z
  .object({
    kode,
    nama: text("Nama indikator"),
    sasaran: kode,
    jenis: jenisSchema,
    satuan: text("Satuan"),
    polaritas: polaritasSchema,
    pembilang: text("Pembilang"),
    // A count has no denominator.
    penyebut: text("Penyebut").nullable(),
    sumberData: text("Sumber data"),
    bidang: kode,
  })
  .superRefine((ind, ctx) => {
    if (ind.jenis !== "jumlah" && ind.penyebut === null) {
      ctx.addIssue({
        code: "custom",
        path: ["penyebut"],
        message: `Indikator ${ind.jenis} memerlukan penyebut`,
      });
    }
    if (ind.jenis === "jumlah" && ind.penyebut !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["penyebut"],
        message: "Indikator jumlah tidak memakai penyebut",
      });
    }
  });

const year = z
  .number({ error: "Tahun harus berupa angka" })
  .int({ error: "Tahun harus bilangan bulat" })
  .min(TAHUN_MIN)
  .max(TAHUN_MAX);

export const catalogSchema = z
  .object({
    instansi: text("Nama instansi"),
    periode: z
      .object({ awal: year, akhir: year })
      .refine((p) => periodeProblem(p) !== "terbalik", {
        error: "Tahun awal periode harus sebelum tahun akhir",
      })
      .refine((p) => periodeProblem(p) !== "terlaluLama", {
        error: `Periode Renstra paling lama ${PERIODE_MAX_TAHUN} tahun`,
      }),
    bidang: z.array(bidangSchema).min(1, { error: "Katalog memerlukan paling sedikit satu bidang" }),
    sasaran: z.array(sasaranSchema).min(1, { error: "Katalog memerlukan paling sedikit satu sasaran" }),
    indikator: z.array(indikatorSchema).min(1, { error: "Katalog memerlukan paling sedikit satu indikator" }),
  })
  // Runs even when some entries failed their own checks (zod skips a refinement after
  // any issue unless `when` says otherwise), so staff see every problem in one round.
  // The value may then hold entries that failed: only text fields are compared.
  .superRefine(checkReferences, { when: (payload) => hasLists(payload.value) });

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
function checkReferences(catalog: unknown, ctx: z.RefinementCtx): void {
  if (!hasLists(catalog)) return;
  const unique = (items: readonly unknown[], key: string, path: string, what: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const value = field(item, key);
      if (value === null) return;
      if (seen.has(value.toLowerCase()))
        ctx.addIssue({ code: "custom", path: [path, i], message: `${what} "${value}" ganda` });
      seen.add(value.toLowerCase());
    });
  };
  unique(catalog.bidang, "kode", "bidang", "Kode bidang");
  unique(catalog.bidang, "lembar", "bidang", "Nama lembar bidang");
  unique(catalog.sasaran, "kode", "sasaran", "Kode sasaran");
  unique(catalog.indikator, "kode", "indikator", "Kode indikator");
  const kodes = (items: readonly unknown[]) =>
    new Set(items.map((item) => field(item, "kode")).filter((k) => k !== null));
  const references = [
    ["sasaran", "Sasaran", kodes(catalog.sasaran)],
    ["bidang", "Bidang", kodes(catalog.bidang)],
  ] as const;
  catalog.indikator.forEach((ind, i) => {
    for (const [key, what, known] of references) {
      const kode = field(ind, key);
      if (kode !== null && !known.has(kode))
        ctx.addIssue({
          code: "custom",
          path: ["indikator", i, key],
          message: `${what} "${kode}" tidak ada di daftar ${key}`,
        });
    }
  });
}

export type Catalog = z.infer<typeof catalogSchema>;
export type Indikator = z.infer<typeof indikatorSchema>;
export type Bidang = z.infer<typeof bidangSchema>;
export type Sasaran = z.infer<typeof sasaranSchema>;
export type Jenis = z.infer<typeof jenisSchema>;

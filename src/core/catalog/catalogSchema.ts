import { z } from "zod";

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
  .min(2000)
  .max(2100);

export const catalogSchema = z
  .object({
    instansi: text("Nama instansi"),
    periode: z
      .object({ awal: year, akhir: year })
      .refine((p) => p.awal <= p.akhir, { error: "Tahun awal periode harus sebelum tahun akhir" })
      .refine((p) => p.akhir - p.awal < 10, { error: "Periode Renstra paling lama 10 tahun" }),
    bidang: z.array(bidangSchema).min(1, { error: "Katalog memerlukan paling sedikit satu bidang" }),
    sasaran: z.array(sasaranSchema).min(1, { error: "Katalog memerlukan paling sedikit satu sasaran" }),
    indikator: z.array(indikatorSchema).min(1, { error: "Katalog memerlukan paling sedikit satu indikator" }),
  })
  .superRefine((catalog, ctx) => {
    const unique = <T>(items: readonly T[], key: (t: T) => string, path: string, what: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        const k = key(item).toLowerCase();
        if (seen.has(k))
          ctx.addIssue({ code: "custom", path: [path, i], message: `${what} "${key(item)}" ganda` });
        seen.add(k);
      });
    };
    unique(catalog.bidang, (b) => b.kode, "bidang", "Kode bidang");
    unique(catalog.bidang, (b) => b.lembar, "bidang", "Nama lembar bidang");
    unique(catalog.sasaran, (s) => s.kode, "sasaran", "Kode sasaran");
    unique(catalog.indikator, (s) => s.kode, "indikator", "Kode indikator");
    const bidang = new Set(catalog.bidang.map((b) => b.kode));
    const sasaran = new Set(catalog.sasaran.map((s) => s.kode));
    catalog.indikator.forEach((ind, i) => {
      if (!sasaran.has(ind.sasaran)) {
        ctx.addIssue({
          code: "custom",
          path: ["indikator", i, "sasaran"],
          message: `Sasaran "${ind.sasaran}" tidak ada di daftar sasaran`,
        });
      }
      if (!bidang.has(ind.bidang)) {
        ctx.addIssue({
          code: "custom",
          path: ["indikator", i, "bidang"],
          message: `Bidang "${ind.bidang}" tidak ada di daftar bidang`,
        });
      }
    });
  });

export type Catalog = z.infer<typeof catalogSchema>;
export type Indikator = z.infer<typeof indikatorSchema>;
export type Bidang = z.infer<typeof bidangSchema>;
export type Sasaran = z.infer<typeof sasaranSchema>;
export type Jenis = z.infer<typeof jenisSchema>;

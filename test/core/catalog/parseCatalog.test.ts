import { defaultCatalog } from "../../../src/core/catalog/defaultCatalog";
import { parseCatalog, type CatalogIssue } from "../../../src/core/catalog/parseCatalog";
import { formatCatalogIssues, formatCatalogProblem, id } from "../../../src/core/messages";

/** What staff read of an issue, in Indonesian: where it is, and what is wrong. */
const where = (issue: CatalogIssue) => id.catalogWhere(issue);
const message = (issue: CatalogIssue) => formatCatalogProblem(issue.problem);

// A deep copy to break on purpose; loosely typed so a test can put in what the schema forbids.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const clone = () => structuredClone(defaultCatalog) as unknown as Record<string, any>;

describe("parseCatalog", () => {
  it("accepts another agency's own catalog", () => {
    const own = {
      instansi: "Dinas Sosial Kabupaten Contoh",
      periode: { awal: 2025, akhir: 2029 },
      bidang: [{ kode: "RESOS", nama: "Bidang Rehabilitasi Sosial", lembar: "Resos" }],
      sasaran: [{ kode: "SS1", nama: "Menurunnya angka kemiskinan" }],
      indikator: [
        {
          kode: "K1",
          nama: "Persentase penduduk miskin",
          sasaran: "SS1",
          jenis: "persen",
          satuan: "%",
          polaritas: "negatif",
          pembilang: "Jumlah penduduk miskin",
          penyebut: "Jumlah penduduk",
          sumberData: "BPS",
          bidang: "RESOS",
        },
      ],
    };
    const r = parseCatalog(own);
    expect(r.success).toBe(true);
    expect(r.success && r.data.indikator[0]?.polaritas).toBe("negatif");
  });

  it("names the offending entry by position and kode", () => {
    const bad = clone();
    bad["indikator"][2].jenis = "rata-rata";
    const r = parseCatalog(bad);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toHaveLength(1);
    expect(where(r.issues[0]!)).toBe("indikator ke-3 (IKU-03), jenis");
    expect(message(r.issues[0]!)).toContain('"jumlah", "persen" atau "rasio"');
  });

  it("reports every issue at once, not just the first", () => {
    const bad = clone();
    bad["indikator"][0].sasaran = "S9";
    bad["indikator"][4].bidang = "XYZ";
    bad["indikator"][5].nama = "  ";
    const r = parseCatalog(bad);
    expect(!r.success && formatCatalogIssues(r.issues).split("\n")).toEqual([
      "indikator ke-6 (IKU-06), nama: Nama indikator tidak boleh kosong",
      'indikator ke-1 (IKU-01), sasaran: Sasaran "S9" tidak ada di daftar sasaran',
      'indikator ke-5 (IKU-05), bidang: Bidang "XYZ" tidak ada di daftar bidang',
    ]);
  });

  it("reports a malformed entry and the catalog-wide checks in one parse", () => {
    const bad = clone();
    bad["indikator"][2].jenis = "rata-rata";
    bad["indikator"][4].bidang = "XYZ";
    bad["indikator"][6].kode = "IKU-01";
    const r = parseCatalog(bad);
    expect(!r.success && formatCatalogIssues(r.issues).split("\n")).toEqual([
      'indikator ke-3 (IKU-03), jenis: Jenis harus "jumlah", "persen" atau "rasio"',
      'indikator ke-7 (IKU-01): Kode indikator "IKU-01" ganda',
      'indikator ke-5 (IKU-05), bidang: Bidang "XYZ" tidak ada di daftar bidang',
    ]);
  });

  it("ignores the catalog-wide checks for entries that are not entries", () => {
    const bad = clone();
    bad["indikator"].push(42, { kode: 7, sasaran: null });
    const r = parseCatalog(bad);
    expect(!r.success && r.issues.map(where)).toEqual([
      "indikator ke-18",
      "indikator ke-19, kode",
      "indikator ke-19, nama",
      "indikator ke-19, sasaran",
      "indikator ke-19, jenis",
      "indikator ke-19, satuan",
      "indikator ke-19, polaritas",
      "indikator ke-19, pembilang",
      "indikator ke-19, penyebut",
      "indikator ke-19, sumberData",
      "indikator ke-19, bidang",
    ]);
  });

  it("requires a penyebut for persen and rasio, and none for jumlah", () => {
    const bad = clone();
    bad["indikator"][1].penyebut = null;
    bad["indikator"][0].penyebut = "Jumlah LKS";
    const r = parseCatalog(bad);
    expect(!r.success && r.issues.map(message)).toEqual([
      "Indikator jumlah tidak memakai penyebut",
      "Indikator persen memerlukan penyebut",
    ]);
  });

  it("rejects duplicate kodes ignoring case", () => {
    const bad = clone();
    bad["indikator"][1].kode = "iku-01";
    const r = parseCatalog(bad);
    expect(!r.success && message(r.issues[0]!)).toBe('Kode indikator "iku-01" ganda');
  });

  it("rejects a Bidang sheet name Excel would refuse", () => {
    const bad = clone();
    bad["bidang"][0].lembar = "Linjam/sos";
    const r = parseCatalog(bad);
    expect(!r.success && where(r.issues[0]!)).toBe("bidang ke-1 (LINJAMSOS), lembar");
  });

  it("rejects a period that ends before it starts", () => {
    const bad = clone();
    bad["periode"] = { awal: 2026, akhir: 2022 };
    const r = parseCatalog(bad);
    expect(!r.success && message(r.issues[0]!)).toBe("Tahun awal periode harus sebelum tahun akhir");
  });

  it("does not throw on input that is not a catalog at all", () => {
    expect(parseCatalog(null).success).toBe(false);
    expect(parseCatalog("katalog").success).toBe(false);
  });
});

import { readFileSync } from "fs";
import { join } from "path";
import { defaultCatalog } from "../../../src/core/catalog/defaultCatalog";
import { parseCatalog } from "../../../src/core/catalog/parseCatalog";

// The clean reading of the decree, vendored as a fixture (see test/fixtures/reference/README.md).
const REFERENCE = readFileSync(
  join(__dirname, "../../fixtures/reference/iku-dspm-bontang-2022-2026.md"),
  "utf8",
);

/** The rows of the markdown table whose header starts with `firstHeader`. */
function table(firstHeader: string): string[][] {
  const lines = REFERENCE.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`| ${firstHeader} |`));
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

describe("the default catalog", () => {
  it("is a valid catalog", () => {
    expect(parseCatalog(defaultCatalog).success).toBe(true);
  });

  it("covers the Renstra period 2022–2026 of DSPM Kota Bontang", () => {
    expect(defaultCatalog.periode).toEqual({ awal: 2022, akhir: 2026 });
    expect(defaultCatalog.instansi).toBe("Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang");
  });

  it("has the 4 Bidang of the reference, with their full names", () => {
    const rows = table("short");
    expect(defaultCatalog.bidang.map((b) => [b.kode, b.nama])).toEqual(
      rows.map(([kode, nama]) => [kode, nama]),
    );
  });

  it("has the 2 sasaran of the reference", () => {
    const sasaran = [...REFERENCE.matchAll(/^- \*\*(S\d)\*\* — ([^:]+):\s+indicators/gm)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(sasaran).toHaveLength(2);
    expect(defaultCatalog.sasaran.map((s) => [s.kode, s.nama])).toEqual(sasaran);
  });

  it("has the 17 indicators of the reference, fact for fact and in order", () => {
    const rows = table("#");
    expect(rows).toHaveLength(17);
    expect(defaultCatalog.indikator).toHaveLength(17);
    rows.forEach(([no, sasaran, nama, jenis, pembilang, penyebut, bidang], i) => {
      const ind = defaultCatalog.indikator[i]!;
      expect({
        kode: ind.kode,
        sasaran: ind.sasaran,
        nama: ind.nama,
        jenis: ind.jenis,
        pembilang: ind.pembilang,
        penyebut: ind.penyebut ?? "—",
        bidang: ind.bidang,
      }).toEqual({ kode: `IKU-${no!.padStart(2, "0")}`, sasaran, nama, jenis, pembilang, penyebut, bidang });
    });
  });

  it("rates all 17 as higher-is-better with DSPM as the data source, as the decree says", () => {
    expect(new Set(defaultCatalog.indikator.map((i) => i.polaritas))).toEqual(new Set(["positif"]));
    expect(new Set(defaultCatalog.indikator.map((i) => i.sumberData))).toEqual(new Set(["DSPM"]));
  });

  it("gives percentages the unit % and counts and averages a unit of their own", () => {
    for (const ind of defaultCatalog.indikator) {
      if (ind.jenis === "persen") expect(ind.satuan).toBe("%");
      else expect(ind.satuan).not.toBe("%");
    }
  });

  it("gives each Bidang a short sheet name", () => {
    expect(defaultCatalog.bidang.map((b) => b.lembar)).toEqual(["Linjamsos", "Rehsos", "PPFM", "PM"]);
  });
});

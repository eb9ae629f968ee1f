import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { CliIo } from "../../src/cli/CliIo";
import { main } from "../../src/cli/main";
import { defaultCatalog } from "../../src/core/catalog/defaultCatalog";
import { XlsxWorkbook } from "../../src/xlsx/XlsxWorkbook";
import { bigCatalog } from "../fixtures/bigCatalog";
import { filledFile, removeTempDirs, tempDir } from "../xlsx/xlsxFixtures";

afterAll(removeTempDirs);

const ROOT = join(__dirname, "../..");
const NOW = () => new Date(2025, 0, 6, 8, 15);

/** The real command, as `npx iku-lakip` runs it: a child process through bin/iku-lakip.js. */
function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/iku-lakip.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same command in this process, its output captured. */
async function run(
  args: string[],
  interactive = false,
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), interactive, now: NOW };
  return { code: await main(args, io), out, err };
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("iku-lakip template", () => {
  it("writes the task pane's workbook as a file (child process)", async () => {
    const out = join(tempDir(), "IKU.xlsx");
    const r = cli(["template", "--out", out, "--tahun", "2024"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Lembar "Rehsos" dibuat.');
    const book = await XlsxWorkbook.readFile(out);
    expect(book.sheetNames()).toEqual([
      "Petunjuk",
      "Pengaturan",
      "Katalog IKU",
      "Linjamsos",
      "Rehsos",
      "PPFM",
      "PM",
      "TW 1",
      "TW 2",
      "TW 3",
      "TW 4",
      "Anggaran",
      "IKU_Meta",
    ]);
    expect(book.usedGrid("Pengaturan")?.[5]?.[1]).toBe(2024); // Tahun laporan, B6
  });

  it("takes an agency's own catalog as JSON", async () => {
    const dir = tempDir();
    const catalog = { ...bigCatalog(6, 2), instansi: "Dinas Kesehatan" };
    writeFileSync(join(dir, "katalog.json"), JSON.stringify(catalog));
    const r = await run(["template", "--out", join(dir, "IKU.xlsx"), "--katalog", join(dir, "katalog.json")]);
    expect(r.code).toBe(0);
    const book = await XlsxWorkbook.readFile(join(dir, "IKU.xlsx"));
    expect(book.sheetNames()).toEqual([
      "Petunjuk",
      "Pengaturan",
      "Katalog IKU",
      "Bidang 1",
      "Bidang 2",
      "TW 1",
      "TW 2",
      "TW 3",
      "TW 4",
      "Anggaran",
      "IKU_Meta",
    ]);
    expect(book.usedGrid("Pengaturan")?.[2]?.[1]).toBe("Dinas Kesehatan");
  });

  it("reads a catalog from another IKU workbook, and says what is wrong with a bad one", async () => {
    const dir = tempDir();
    const source = await filledFile();
    expect((await run(["template", "--out", join(dir, "a.xlsx"), "--katalog", source])).code).toBe(0);
    writeFileSync(join(dir, "rusak.json"), JSON.stringify({ ...defaultCatalog, bidang: [] }));
    const bad = await run(["template", "--out", join(dir, "b.xlsx"), "--katalog", join(dir, "rusak.json")]);
    expect(bad.code).toBe(2);
    expect(bad.err.join("\n")).toContain("Katalog memerlukan paling sedikit satu bidang");
    expect(existsSync(join(dir, "b.xlsx"))).toBe(false);
  });

  it("never overwrites an existing file unless told to", async () => {
    const path = await filledFile();
    const before = sha(path);
    const r = await run(["template", "--out", path]);
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain("sudah ada");
    expect(sha(path)).toBe(before);
  });
});

describe("iku-lakip validasi", () => {
  it("lists every issue with its sheet!cell and exits 1 on a galat (child process)", () => {
    const out = join(tempDir(), "IKU.xlsx");
    expect(cli(["template", "--out", out, "--tahun", "2024"]).status).toBe(0);
    const r = cli(["validasi", out]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n");
    // An empty template: the 17 targets of 2024 are galat, the other years' peringatan.
    expect(lines).toContain(
      "Linjamsos!E7\tgalat\tTarget IKU-01 tahun 2024 belum diisi di E7. Isi target sesuai Renstra/Perjanjian Kinerja; tanpa target, capaian tahun laporan tidak dapat dihitung.",
    );
    expect(lines.at(-1)).toBe("17 galat, 68 peringatan.");
  });

  it("passes a filled workbook, and speaks JSON for machines", async () => {
    const path = await filledFile();
    const r = await run(["validasi", path, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out.join("\n"))).toEqual({
      berkas: path,
      issues: [],
      galat: 0,
      peringatan: 0,
      tahunLaporan: 2024,
    });
  });

  it("gives machines each typed issue with its Indonesian sentence", async () => {
    const dir = tempDir();
    expect((await run(["template", "--out", join(dir, "IKU.xlsx"), "--tahun", "2024"])).code).toBe(0);
    const r = await run(["validasi", join(dir, "IKU.xlsx"), "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out.join("\n")) as { issues: unknown[]; galat: number };
    expect(json.galat).toBe(17);
    expect(json.issues).toContainEqual({
      code: "targetMissing",
      severity: "galat",
      sheet: "Linjamsos",
      address: "E7",
      params: { kode: "IKU-01", tahun: 2024 },
      message:
        "Target IKU-01 tahun 2024 belum diisi di E7. Isi target sesuai Renstra/Perjanjian Kinerja; tanpa target, capaian tahun laporan tidak dapat dihitung.",
    });
  });

  it("validates another tahun laporan with --tahun, leaving the file as it is", async () => {
    const path = await filledFile();
    const before = sha(path);
    const r = await run(["validasi", path, "--tahun", "2025", "--json"]);
    // 2025 has targets but no figures yet: nothing to report but no galat either.
    expect(JSON.parse(r.out.join("\n"))).toMatchObject({ galat: 0, tahunLaporan: 2025 });
    expect(sha(path)).toBe(before);
  });
});

describe("iku-lakip pk", () => {
  it("adds next year's Perjanjian Kinerja to a copy, the input untouched, and refuses a year outside the Renstra", async () => {
    const path = await filledFile();
    const before = sha(path);
    const out = join(tempDir(), "IKU-PK.xlsx");
    const r = await run(["pk", path, "--tahun", "2025", "--out", out]);
    expect([r.code, r.out[0]]).toEqual([0, 'Lembar "PK 2025" dibuat.']);
    expect(sha(path)).toBe(before);
    const copy = await XlsxWorkbook.readFile(out);
    expect(copy.usedGrid("PK 2025")?.[0]?.[0]).toBe("PERJANJIAN KINERJA TAHUN 2025");
    const refused = await run(["pk", path, "--tahun", "2031", "--out", join(tempDir(), "x.xlsx")]);
    expect([refused.code, refused.out[0]]).toEqual([
      1,
      "Perjanjian Kinerja belum dibuat: 2031 di luar Renstra 2022–2026; pilih tahun dalam periode itu. Tidak ada yang diubah.",
    ]);
  });
});

describe("iku-lakip lakip", () => {
  it("adds the report to a copy and leaves the input untouched (child process)", async () => {
    const path = await filledFile();
    const before = sha(path);
    const r = cli(["lakip", path, "--tahun", "2024"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Lembar "LAKIP 2024" dibuat.');
    expect(r.stderr).toContain('grafik "Capaian Kinerja 2024 per Indikator (%)"');
    expect(sha(path)).toBe(before);
    const copy = await XlsxWorkbook.readFile(path.replace(/\.xlsx$/, "-LAKIP.xlsx"));
    const lakip = copy.usedGrid("LAKIP 2024") ?? [];
    expect(lakip[9]?.slice(4, 8)).toEqual([80, 90, 112.5, "Sangat Tinggi"]); // row 10: IKU-02
  });

  it("with --in-place regenerates an unchanged report and keeps an edited one", async () => {
    const path = await filledFile();
    expect((await run(["lakip", path, "--in-place"])).out[0]).toBe('Lembar "LAKIP 2024" dibuat.');
    expect((await run(["lakip", path, "--in-place"])).out[0]).toBe(
      'Lembar "LAKIP 2024" dibuat ulang dari isian terbaru.',
    );
    const book = await XlsxWorkbook.readFile(path);
    book.sheet("LAKIP 2024")!.getCell("C10").value = "Catatan saya";
    writeFileSync(path, await book.writeBuffer());
    const r = await run(["lakip", path, "--in-place"]);
    expect(r.out[1]).toBe(
      'Lembar "LAKIP 2024" telah diubah sejak dibuat, jadi disimpan dengan nama "LAKIP 2024 (diedit 1)".',
    );
    const after = await XlsxWorkbook.readFile(path);
    expect(after.usedGrid("LAKIP 2024 (diedit 1)")?.[9]?.[2]).toBe("Catatan saya");
  });

  it("makes the report of the year --tahun names, without changing Pengaturan", async () => {
    const path = await filledFile();
    const out = join(tempDir(), "IKU-2023.xlsx");
    const r = await run(["lakip", path, "--tahun", "2023", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('Lembar "LAKIP 2023" dibuat.');
    const copy = await XlsxWorkbook.readFile(out);
    expect(copy.sheetNames()).toContain("LAKIP 2023");
    expect(copy.usedGrid("Pengaturan")?.[5]?.[1]).toBe(2024); // Tahun laporan, B6, as typed
  });

  it("writes nothing on a galat and exits 1", async () => {
    const path = await filledFile("IKU.xlsx", defaultCatalog, (_k, tahun) =>
      tahun === 2024 ? ["", 1, 2] : [1, "", ""],
    );
    const r = await run(["lakip", path]);
    expect(r.code).toBe(1);
    expect(r.out[0]).toBe(
      "Lembar LAKIP 2024 belum dibuat: perbaiki galat di bawah ini terlebih dahulu. Tidak ada yang diubah.",
    );
    expect(existsSync(path.replace(/\.xlsx$/, "-LAKIP.xlsx"))).toBe(false);
  });
});

describe("iku-lakip monev", () => {
  /** Types IKU-02's 2024 quarters TW 1 (40/50) and TW 2 (42/50) into the file. */
  async function withQuarters(path: string): Promise<void> {
    const book = await XlsxWorkbook.readFile(path);
    for (const [sheet, p] of [
      ["TW 1", 40],
      ["TW 2", 42],
    ] as const) {
      const grid = book.usedGrid(sheet) ?? [];
      const r = grid.findIndex((row) => row[0] === "IKU-02" && row[3] === 2024) + 1;
      book.sheet(sheet)!.getCell(`F${r}`).value = p;
      book.sheet(sheet)!.getCell(`G${r}`).value = 50;
    }
    writeFileSync(path, await book.writeBuffer());
  }

  it("adds Monev TW 2 2024 to a copy, the same sheet as the button's (child process)", async () => {
    const path = await filledFile();
    await withQuarters(path);
    const before = sha(path);
    const r = cli(["monev", path, "--triwulan", "2", "--tahun", "2024"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Lembar "Monev TW 2 2024" dibuat.');
    expect(sha(path)).toBe(before);
    const copy = await XlsxWorkbook.readFile(path.replace(/\.xlsx$/, "-Monev.xlsx"));
    const grid = copy.usedGrid("Monev TW 2 2024") ?? [];
    const row = grid.find((g) => g.includes("Persentase PPKS yang memperoleh bantuan sosial")) ?? [];
    // (8) TW I 40/50 = 80, (9) TW II 42/50 = 84, (12) akhir: 84, (13) 84 / 80 × 100 = 105.
    expect(row.slice(7, 11)).toEqual([80, 84, 84, 105]);
  });

  it("needs --triwulan 1 to 4, and writes nothing on a galat", async () => {
    const path = await filledFile();
    expect((await run(["monev", path])).err[0]).toContain("monev memerlukan --triwulan");
    expect((await run(["monev", path, "--triwulan", "5"])).code).toBe(2);
    const bad = await filledFile("IKU.xlsx", defaultCatalog, (_k, tahun) =>
      tahun === 2024 ? ["", 1, 2] : [1, "", ""],
    );
    const r = await run(["monev", bad, "--triwulan", "1"]);
    expect(r.code).toBe(1);
    expect(r.out[0]).toBe(
      "Lembar Monev belum dibuat: perbaiki galat TW 1 2024 di bawah ini. Tidak ada yang diubah.",
    );
    expect(existsSync(bad.replace(/\.xlsx$/, "-Monev.xlsx"))).toBe(false);
  });
});

describe("iku-lakip, when the core refuses to write", () => {
  it("says so in the task pane's words (one message catalogue), writes no file and exits 1", async () => {
    const path = await filledFile();
    const book = await XlsxWorkbook.readFile(path);
    await book.sheet("IKU_Meta")!.protect("rahasia", {});
    writeFileSync(path, await book.writeBuffer());
    const before = sha(path);
    const r = await run(["lakip", path]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      [
        "iku-lakip: Tidak ada yang diubah. Add-in memeriksa perubahan ini sebelum menulis dan berhenti karena hal di bawah ini.",
        'IKU_Meta\tgalat\tLembar "IKU_Meta" diproteksi dengan kata sandi. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu jalankan lagi.',
      ].join("\n"),
    ]);
    expect(existsSync(path.replace(/\.xlsx$/, "-LAKIP.xlsx"))).toBe(false);
    expect(sha(path)).toBe(before);
  });
});

describe("iku-lakip konsolidasi", () => {
  it("consolidates valid agencies, each with its own catalog, and lists the invalid one (child process)", async () => {
    const dir = tempDir();
    const dinsos = await filledFile("dinsos.xlsx");
    const kesehatan = { ...bigCatalog(6, 2), instansi: "Dinas Kesehatan" };
    const dinkes = await filledFile("dinkes.xlsx", kesehatan);
    const rusak = await filledFile("rusak.xlsx", defaultCatalog, (_k, tahun) =>
      tahun === 2024 ? ["", 1, 2] : [1, "", ""],
    );
    const out = join(dir, "Pemda.xlsx");
    const r = cli(["konsolidasi", dinsos, dinkes, rusak, "--tahun", "2024", "--out", out]);
    expect(r.status).toBe(0);
    // Standard figures: 14 persen/rasio at 112.5 or 125 and 3 counts at 70 in DSPM's 17.
    expect(r.stdout).toContain(
      "ok\tdinsos.xlsx\tDinas Sosial dan Pemberdayaan Masyarakat Kota Bontang: 17 IKU",
    );
    expect(r.stdout).toContain("ok\tdinkes.xlsx\tDinas Kesehatan: 6 IKU");
    expect(r.stdout).toContain("ditolak\trusak.xlsx: 17 galat, tidak ikut dikonsolidasikan");
    expect(r.stderr).toBe(""); // not a terminal: no progress bar
    const grid = (await XlsxWorkbook.readFile(out)).usedGrid("Konsolidasi 2024") ?? [];
    expect(grid[7]?.slice(1, 4)).toEqual([
      "Dinas Sosial dan Pemberdayaan Masyarakat Kota Bontang",
      "dinsos.xlsx",
      17,
    ]);
    expect(grid[8]?.slice(1, 4)).toEqual(["Dinas Kesehatan", "dinkes.xlsx", 6]);
    expect(grid.flat()).toContain("rusak.xlsx");
  });

  it("draws a progress bar on a terminal only, and refuses when nothing is valid", async () => {
    const rusak = await filledFile("rusak.xlsx", defaultCatalog, (_k, tahun) =>
      tahun === 2024 ? ["", 1, 2] : [1, "", ""],
    );
    const out = join(tempDir(), "Pemda.xlsx");
    const r = await run(
      ["konsolidasi", rusak, join(tempDir(), "tidak-ada.xlsx"), rusak, "--tahun", "2024", "--out", out],
      true,
    );
    expect(r.err[0]).toBe("Peringatan: 1 berkas disebut lebih dari sekali; masing-masing dibaca sekali.");
    expect(r.err.some((t) => t.startsWith("\r[") && t.includes("2/2"))).toBe(true);
    expect(r.code).toBe(1);
    expect(r.out).toContain("ditolak\ttidak-ada.xlsx: 1 galat, tidak ikut dikonsolidasikan");
    expect(r.out).toContain("  tidak-ada.xlsx\tgalat\tBerkas tidak ditemukan. Periksa nama dan foldernya.");
    const notXlsx = join(tempDir(), "catatan.xlsx");
    writeFileSync(notXlsx, "bukan buku kerja");
    const text = await run(["konsolidasi", notXlsx, "--tahun", "2024", "--out", out]);
    expect(text.out).toContain("ditolak\tcatatan.xlsx: 1 galat, tidak ikut dikonsolidasikan");
    expect(text.out.join("\n")).toContain(
      "catatan.xlsx\tgalat\tBerkas tidak dapat dibaca sebagai buku kerja .xlsx (",
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("iku-lakip usage", () => {
  it("prints Indonesian help with an English summary", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toContain("Pemakaian:");
    expect(r.out[0]).toContain("English summary");
  });

  it("exits 2 with one clear line on wrong usage", async () => {
    expect(await run(["cetak"])).toMatchObject({
      code: 2,
      err: [expect.stringContaining('Perintah tidak dikenal: "cetak"')],
    });
    expect(await run(["konsolidasi", "a.xlsx", "--out", "x.xlsx"])).toMatchObject({
      code: 2,
      err: ["iku-lakip: konsolidasi memerlukan --tahun, misalnya --tahun 2024"],
    });
    expect((await run(["validasi", "x.xlsx", "--tahun", "24"])).err[0]).toContain(
      "--tahun harus tahun empat angka",
    );
    expect((await run(["validasi", "--bogus"])).code).toBe(2);
  });
});

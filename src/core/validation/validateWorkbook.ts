import { sifatTargetOf, type Catalog, type SifatTarget } from "../catalog/catalogSchema";
import { toExcelPrecision } from "../formulas/toExcelPrecision";
import { deriveTahunan } from "../triwulan/deriveTahunan";
import type { BidangInputRow } from "./readBidangRows";
import { readNumericCell } from "./readNumericCell";
import {
  checkQuarters,
  quartersOf,
  readTriwulanData,
  type TriwulanData,
  type TriwulanEntry,
} from "./readTriwulanData";
import { DESIMAL } from "../workbook/workbookLayout";
import { targetFractions } from "./targetFractions";
import type { Polaritas } from "../formulas/Polaritas";
import { PERMENDAGRI_86_2017 } from "../formulas/PredikatScale";
import { TAHUN_MIN, tahunPeriode } from "../sheets/renstraPeriod";
import { BIDANG, bidangCell } from "../workbook/workbookLayout";
import { findSheet, shownGrid, type WorkbookSnapshot } from "../workbook/WorkbookSnapshot";
import { isBlank } from "../workbook/a1";
import { readMeta } from "../sheets/ikuMeta";
import { findHeaderRow } from "../sheets/readBidangSheet";
import { evaluateRow } from "./evaluateRow";
import type { LakipData, LakipIndikator, LakipTahun } from "../lakip/LakipData";
import { readBidangRows, type BidangRows } from "./readBidangRows";
import { validateKatalog } from "./validateKatalog";
import { validatePengaturan } from "./validatePengaturan";
import { validateAnggaran } from "./validateAnggaran";
import { bidangSheetMissing } from "./sheetMissing";
import { sortIssues, type ValidationIssue } from "./ValidationIssue";

export interface WorkbookValidation {
  /** In reading order: sheets in tab order, then top to bottom. */
  readonly issues: readonly ValidationIssue[];
  readonly galat: number;
  readonly peringatan: number;
  /** The report's input; `null` when Pengaturan or Katalog IKU is unusable (issues say why). */
  readonly data: LakipData | null;
  readonly tahunLaporan: number | null;
  /** The Bidang sheets the catalog names: what validation reads in its second phase. */
  readonly bidangSheets: readonly string[];
  /** The quarter sheets' figures and texts, by indicator-year (empty without quarter sheets). */
  readonly triwulan: TriwulanData;
}

/** What the first read batch gives: settings and catalog, and so the Bidang sheets to read next. */
export function readSettingsAndCatalog(snapshot: Pick<WorkbookSnapshot, "pengaturan" | "katalog">) {
  const { pengaturan, issues: settingIssues } = validatePengaturan(snapshot.pengaturan);
  const periode =
    pengaturan.tahunAwal !== null && pengaturan.tahunAkhir !== null
      ? { awal: pengaturan.tahunAwal, akhir: pengaturan.tahunAkhir }
      : null;
  // With no usable period the catalog is still checked, against a stand-in period.
  const { catalog, issues: catalogIssues } = validateKatalog(snapshot.katalog, {
    instansi: pengaturan.instansi,
    periode: periode ?? { awal: TAHUN_MIN, akhir: TAHUN_MIN },
  });
  return { pengaturan, periode, catalog, issues: [...settingIssues, ...catalogIssues] };
}

/** The Bidang sheet names a catalog needs. */
function bidangSheetNames(catalog: Catalog | null): string[] {
  return catalog ? catalog.bidang.map((b) => b.lembar) : [];
}

/**
 * Validates the whole workbook from a snapshot (Pengaturan, Katalog IKU and the Bidang
 * sheets the catalog names) and computes the report's input from the raw values.
 * Never throws; every problem is an issue with its sheet and cell.
 *
 * Blank inputs mean "not entered yet" and are not issues, except the target of the
 * tahun laporan (galat) and of other years (peringatan), as the Renstra sets them all.
 */
export function validateWorkbook(
  snapshot: WorkbookSnapshot,
  options: {
    /**
     * The year reported instead of Pengaturan's tahun laporan (a Monev of another year):
     * its problems are the galat, and the report's data are for it.
     */
    readonly tahun?: number;
  } = {},
): WorkbookValidation {
  const first = readSettingsAndCatalog(snapshot);
  const { pengaturan: s, periode, catalog } = first;
  const issues: ValidationIssue[] = [...first.issues];
  const tahunLaporan = options.tahun ?? s.tahunLaporan;
  const indikator: LakipIndikator[] = [];
  let triwulan: TriwulanData = new Map();

  if (catalog) {
    const quarters = readTriwulanData(snapshot.triwulan ?? {}, { catalog: catalog.indikator, tahunLaporan });
    triwulan = quarters.data;
    issues.push(...quarters.issues);
    // The years whose quarter targets are in use: some quarter of that year has one.
    const targetYears = new Set<string>();
    for (const [key, qs] of triwulan)
      if (qs.some((q) => q?.target != null)) targetYears.add(key.split("|")[1] ?? "");
    const lembarOf = (kode: string) => catalog.bidang.find((b) => b.kode === kode)?.lembar ?? kode;
    const sheets = new Map<string, BidangRows | null>();
    const recorded = recordedNames(snapshot);
    for (const bidang of catalog.bidang) {
      const grids = findSheet(snapshot.bidang, bidang.lembar);
      const facts = { lembar: bidang.lembar, namaBidang: bidang.nama };
      if (!grids) {
        // Renamed rather than gone: say where the data is, not "create it again".
        const found = snapshot.moved?.[bidang.lembar.toLowerCase()];
        issues.push(
          found === undefined
            ? // A catalog was read, so Katalog IKU is there: the issue points at the cell naming the sheet.
              bidangSheetMissing(bidang, snapshot.katalog ?? [])
            : {
                code: "sheetRenamed",
                severity: "galat",
                // The sheet that holds the data, at its title: clicking the issue shows it.
                sheet: found,
                address: "A1",
                params: { ...facts, ditemukan: found },
              },
        );
        sheets.set(bidang.kode, null);
        continue;
      }
      // A stranger's sheet of that name: the template will not touch it, so it must be renamed.
      const shown = shownGrid(grids);
      if (
        !recorded.has(bidang.lembar.toLowerCase()) &&
        findHeaderRow(shown) === null &&
        shown.some((row) => row.some((v) => !isBlank(v)))
      ) {
        issues.push({
          code: "sheetNotOurs",
          severity: "galat",
          sheet: bidang.lembar,
          address: "A1",
          params: facts,
        });
        sheets.set(bidang.kode, null);
        continue;
      }
      const read = readBidangRows(grids, {
        bidang,
        catalog: catalog.indikator,
        lembarOf,
        periode,
        tahunLaporan,
      });
      issues.push(...read.issues);
      sheets.set(bidang.kode, read.layoutOk ? read : null);
    }

    // Fallbacks only let the Bidang checks run while a setting is broken; the data is
    // then withheld (below), so no report is built from a guessed setting.
    const rumus: Polaritas = s.rumusNegatif ?? "negatif";
    const skala = s.skala ?? PERMENDAGRI_86_2017;
    const decimals = s.desimal ?? DESIMAL.bawaan;
    if (periode) {
      for (const ind of catalog.indikator) {
        const bidang = catalog.bidang.find((b) => b.kode === ind.bidang);
        if (!bidang) continue;
        const read = sheets.get(bidang.kode);
        const polaritas: Polaritas = ind.polaritas === "negatif" ? rumus : "positif";
        const byYear = read?.rows.get(ind.kode);
        // A missing or broken sheet already has its galat; one per indicator would bury it.
        if (read && !byYear) {
          issues.push({
            code: "indicatorMissing",
            severity: "galat",
            sheet: bidang.lembar,
            // The Kode column, where its rows would be found.
            address: bidangCell(BIDANG.headerRow - 1, "kode"),
            params: { kode: ind.kode, nama: ind.nama, lembar: bidang.lembar },
          });
        }
        const tahun: LakipTahun[] = [];
        for (const y of tahunPeriode(periode)) {
          const row = byYear?.get(y);
          const qs = quartersOf(triwulan, ind.kode, y);
          issues.push(
            ...checkQuarters(qs, {
              indikator: ind,
              tahun: y,
              polaritas: ind.polaritas === "negatif" ? "negatif" : "positif",
              sifat: sifatTargetOf(ind),
              targetsUsed: targetYears.has(String(y)),
            }),
          );
          if (row) {
            const evaluated = evaluateRow(withQuarters(row, qs, sifatTargetOf(ind), bidang.lembar, issues), {
              sheet: bidang.lembar,
              indikator: ind,
              polaritas,
              batas: s.batasCapaian,
              skala,
              tahunLaporan,
              decimals,
            });
            issues.push(...evaluated.issues);
            tahun.push(evaluated.tahun);
            continue;
          }
          if (read && byYear) {
            issues.push({
              code: "rowMissing",
              severity: y === tahunLaporan ? "galat" : "peringatan",
              sheet: bidang.lembar,
              // The Tahun of the indicator's row nearest the missing year: where its rows are.
              address: bidangCell(nearestRow(byYear, y), "tahun"),
              params: { kode: ind.kode, tahun: y, lembar: bidang.lembar },
            });
          }
          tahun.push(emptyYear(y));
        }
        indikator.push({
          kode: ind.kode,
          nama: ind.nama,
          sasaran: ind.sasaran,
          jenis: ind.jenis,
          satuan: ind.satuan,
          polaritas,
          bidang: { kode: bidang.kode, nama: bidang.nama, lembar: bidang.lembar },
          kondisiAwal: ind.kondisiAwal,
          standarNasional: ind.standarNasional,
          sumberStandar: ind.sumberStandar,
          sifatTarget: sifatTargetOf(ind),
          tahun,
        });
        if (ind.jenis === "persen") issues.push(...targetFractions(bidang.lembar, ind.kode, tahun));
      }
    }
  }

  const anggaran = validateAnggaran(snapshot.anggaran, { catalog, tahunLaporan });
  issues.push(...anggaran.issues);

  const usable =
    catalog !== null &&
    periode !== null &&
    tahunLaporan !== null &&
    s.rumusNegatif !== null &&
    s.batasValid &&
    s.desimal !== null &&
    s.batasRataRataValid &&
    s.skala !== null;
  const data: LakipData | null = usable
    ? {
        settings: {
          instansi: s.instansi,
          tahunAwal: periode.awal,
          tahunAkhir: periode.akhir,
          tahunLaporan,
          rumusNegatif: s.rumusNegatif ?? "negatif",
          batasCapaian: s.batasCapaian,
          desimal: s.desimal ?? DESIMAL.bawaan,
          batasRataRata: s.batasRataRata,
          skala: s.skala ?? PERMENDAGRI_86_2017,
        },
        sasaran: catalog.sasaran.map((x) => ({ kode: x.kode, nama: x.nama })),
        indikator,
        anggaran: anggaran.data,
      }
    : null;

  const sorted = sortIssues(
    issues,
    snapshot.sheets.map((s) => s.name),
  );
  return {
    issues: sorted,
    galat: sorted.filter((i) => i.severity === "galat").length,
    peringatan: sorted.filter((i) => i.severity === "peringatan").length,
    data,
    tahunLaporan,
    bidangSheets: bidangSheetNames(catalog),
    triwulan,
  };
}

/**
 * The row as the report reads it: where the quarters give the year's realisasi (every
 * quarter figure usable), their pembilang and penyebut stand in for the annual ones, and
 * an annual figure typed as well that disagrees is a peringatan naming both values.
 * Without quarters the annual figures are used as typed.
 */
function withQuarters(
  row: BidangInputRow,
  quarters: readonly (TriwulanEntry | null)[],
  sifat: SifatTarget,
  sheet: string,
  issues: ValidationIssue[],
): BidangInputRow {
  if (quarters.some((q) => q !== null && !q.valid)) return row;
  const derived = deriveTahunan(quarters, sifat);
  if (derived === null) return row;
  for (const kolom of ["pembilang", "penyebut"] as const) {
    const typed = readNumericCell(row.values[kolom]);
    const fromQuarters = derived[kolom];
    if (
      typed.kind === "number" &&
      fromQuarters !== null &&
      toExcelPrecision(typed.value) !== toExcelPrecision(fromQuarters)
    )
      issues.push({
        code: "tahunanBerbeda",
        severity: "peringatan",
        sheet,
        address: bidangCell(row.row, kolom),
        params: {
          kode: row.kode,
          tahun: row.tahun,
          kolom,
          tahunan: typed.value,
          dariTriwulan: toExcelPrecision(fromQuarters),
          dari: derived.dari,
        },
      });
  }
  return {
    ...row,
    values: { ...row.values, pembilang: derived.pembilang ?? "", penyebut: derived.penyebut ?? "" },
  };
}

/** The 0-based sheet row of the year nearest `tahun` (the earlier of two as near). */
function nearestRow(byYear: ReadonlyMap<number, { readonly row: number }>, tahun: number): number {
  let best: { distance: number; tahun: number; row: number } | null = null;
  for (const [y, { row }] of byYear) {
    const distance = Math.abs(y - tahun);
    if (!best || distance < best.distance || (distance === best.distance && y < best.tahun))
      best = { distance, tahun: y, row };
  }
  return best?.row ?? BIDANG.firstDataRow - 1;
}

/**
 * The sheets IKU_Meta records as the add-in's by worksheet id (lower-case names). A
 * record without an id (made as the sheet was created) proves nothing about a sheet that
 * lost our headers: the template then treats it as a stranger's too (sheetOwnership).
 */
function recordedNames(snapshot: WorkbookSnapshot): Set<string> {
  if (!snapshot.meta || snapshot.meta.length === 0) return new Set();
  const ids = new Map(snapshot.sheets.map((s) => [s.name.toLowerCase(), s.id]));
  return new Set(
    readMeta(snapshot.meta)
      .sheets.filter((r) => r.id !== undefined && r.id === ids.get(r.name.toLowerCase()))
      .map((r) => r.name.toLowerCase()),
  );
}

function emptyYear(tahun: number): LakipTahun {
  const kosong = { status: "kosong" } as const;
  return {
    tahun,
    row: null,
    targetRenstra: kosong,
    targetPK: kosong,
    target: kosong,
    targetDariRenstra: false,
    pembilang: kosong,
    penyebut: kosong,
    realisasi: kosong,
    capaian: kosong,
    capaianTanpaBatas: kosong,
    predikat: null,
    kriteria: null,
    pendukung: "",
    penghambat: "",
    solusi: "",
    keterangan: "",
  };
}

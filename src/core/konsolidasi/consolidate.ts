import type { LakipData } from "../lakip/LakipData";
import { rataRataCapaian } from "../lakip/rataRataCapaian";
import { DESIMAL } from "../workbook/workbookLayout";
import type {
  Ditolak,
  KonsolidasiData,
  KonsolidasiIndikator,
  KonsolidasiInput,
  KonsolidasiInstansi,
  Ringkasan,
} from "./KonsolidasiData";

/**
 * Counts and mean of a group of indicators, as the LAKIP summary per sasaran counts them
 * (`batasRataRata`: the agency's cap on the mean; the city's mean has none).
 */
function ringkas(
  indikator: readonly KonsolidasiIndikator[],
  predikat: readonly string[],
  batasRataRata: number | null,
): Ringkasan {
  const values = indikator.flatMap((i) => (i.capaian.status === "ada" ? [i.capaian.value] : []));
  return {
    jumlahIndikator: indikator.length,
    rataRataCapaian: rataRataCapaian(values, batasRataRata),
    perPredikat: predikat.map((label) => indikator.filter((i) => i.predikat === label).length),
    belumDinilai: indikator.filter((i) => i.predikat === null).length,
  };
}

function indikatorOf(data: LakipData, tahun: number): Map<string, KonsolidasiIndikator[]> {
  const bySasaran = new Map<string, KonsolidasiIndikator[]>();
  const kosong = { status: "kosong" } as const;
  for (const ind of data.indikator) {
    const t = ind.tahun.find((y) => y.tahun === tahun);
    const row: KonsolidasiIndikator = {
      kode: ind.kode,
      nama: ind.nama,
      satuan: ind.satuan,
      jenis: ind.jenis,
      target: t?.target ?? kosong,
      targetDariRenstra: t?.targetDariRenstra ?? false,
      realisasi: t?.realisasi ?? kosong,
      capaian: t?.capaian ?? kosong,
      predikat: t?.predikat ?? null,
      kriteria: t?.kriteria ?? null,
    };
    bySasaran.set(ind.sasaran, [...(bySasaran.get(ind.sasaran) ?? []), row]);
  }
  return bySasaran;
}

/**
 * The consolidation of the agencies' report data for `tahun`. Pure. An agency whose
 * workbook failed validation is listed in `ditolak` with its galat and never mixed in.
 * Sasaran follow each agency's catalog order, indicators the catalog order within them
 * (as the LAKIP sheet orders them); an indicator whose sasaran the catalog does not
 * list comes last under its own kode.
 */
export function consolidate(inputs: readonly KonsolidasiInput[], tahun: number): KonsolidasiData {
  const valid = inputs.flatMap((i) => (i.hasil.status === "valid" ? [{ berkas: i.berkas, ...i.hasil }] : []));
  const predikat: string[] = [];
  for (const { data } of valid)
    for (const band of data.settings.skala) if (!predikat.includes(band.label)) predikat.push(band.label);

  const instansi = valid.map(({ berkas, data, peringatan }): KonsolidasiInstansi => {
    const bySasaran = indikatorOf(data, tahun);
    const known = data.sasaran.filter((s) => bySasaran.has(s.kode));
    const unknown = [...bySasaran.keys()]
      .filter((k) => !data.sasaran.some((s) => s.kode === k))
      .map((kode) => ({ kode, nama: kode }));
    const cap = data.settings.batasRataRata;
    const sasaran = [...known, ...unknown].map((s) => {
      const indikator = bySasaran.get(s.kode) ?? [];
      return { kode: s.kode, nama: s.nama, indikator, ringkasan: ringkas(indikator, predikat, cap) };
    });
    return {
      berkas,
      nama: data.settings.instansi === "" ? berkas : data.settings.instansi,
      peringatan,
      desimal: data.settings.desimal,
      sasaran,
      ringkasan: ringkas(
        sasaran.flatMap((s) => s.indikator),
        predikat,
        cap,
      ),
    };
  });

  return {
    tahun,
    predikat,
    instansi,
    ringkasan: ringkas(
      instansi.flatMap((a) => a.sasaran.flatMap((s) => s.indikator)),
      predikat,
      null,
    ),
    desimal: instansi.length > 0 ? Math.max(...instansi.map((a) => a.desimal)) : DESIMAL.bawaan,
    ditolak: inputs.flatMap((i): Ditolak[] => {
      if (i.hasil.status === "unreadable") return [{ berkas: i.berkas, problem: i.hasil.problem }];
      if (i.hasil.status !== "invalid") return [];
      // The galat are why it was refused; without any (unreadable settings), every issue.
      const galat = i.hasil.issues.filter((x) => x.severity === "galat");
      return [{ berkas: i.berkas, issues: galat.length > 0 ? galat : i.hasil.issues }];
    }),
  };
}

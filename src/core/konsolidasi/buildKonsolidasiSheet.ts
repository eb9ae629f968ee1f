import { LAKIP_LAYOUT } from "../lakip/LAKIP_LAYOUT";
import { NOT_A_NUMBER_WORDS, nilaiCell, quantityFormat } from "../lakip/report/nilaiCell";
import { NUMBER_FORMAT, REPORT_STYLE } from "../lakip/report/REPORT_STYLE";
import { formatFileProblem, formatIssue } from "../messages/formatIssue";
import { columnLetter } from "../workbook/a1";
import { bandColour, KRITERIA_COLOURS, PALETTE } from "../workbook/PALETTE";
import type { CellFormat, CellInput, SheetPlan, TextHighlight } from "../workbook/SheetPlan";
import { textCell } from "../workbook/textCell";
import type { KonsolidasiData, Ringkasan } from "./KonsolidasiData";

const konsolidasiSheetName = (tahun: number): string => `Konsolidasi ${tahun}`;

export interface KonsolidasiSheetOptions {
  /** Written as text in the title block. */
  readonly generatedAt: Date | string;
  /** Default "Konsolidasi <tahun>". */
  readonly name?: string;
}

/** Columns of the widest table (B, the indicators), in points. */
const WIDTHS = [30, 170, 170, 64, 220, 72, 72, 72, 72, 84, 84];
/** The last column of table B (K, Kriteria): the title lines and table D's messages span to it. */
const LAST_COL = WIDTHS.length - 1;
const EXTRA_WIDTH = 68;

function formatDate(d: Date | string): string {
  if (typeof d === "string") return d;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()} ${p(d.getHours())}.${p(d.getMinutes())}`;
}

/**
 * The consolidation sheet, as a plan: a title block, then
 * A. per agency: indicators, mean capaian, counts per predikat;
 * B. every indicator of every agency, by agency and sasaran: target, realisasi, capaian, predikat,
 *    kriteria (the indicators measured against the Renstra target for want of a PK one named
 *    under it);
 * C. per agency and sasaran: the counts and mean;
 * D. the files refused, one row per galat with its sheet!cell.
 * Numbers are numbers with en-US formats, each agency's with the decimals it prints (its
 * predikat and kriteria were judged at them), the city's with the most any agency prints;
 * the header of table B repeats on every printed page.
 */
export function buildKonsolidasiSheet(data: KonsolidasiData, options: KonsolidasiSheetOptions): SheetPlan {
  const cells: { address: string; values: CellInput[][] }[] = [];
  const formats: { address: string; format: CellFormat }[] = [];
  const merges: string[] = [];
  const highlights: TextHighlight[] = [];
  const labels = data.predikat;
  const range = (c1: number, r1: number, c2: number, r2: number) =>
    `${columnLetter(c1)}${r1}:${columnLetter(c2)}${r2}`;
  const put = (row: number, values: CellInput[][]) => cells.push({ address: `A${row}`, values });
  const fmt = (address: string, format: CellFormat) => formats.push({ address, format });
  const mean = (r: Ringkasan): CellInput => r.rataRataCapaian ?? LAKIP_LAYOUT.kosong;
  const counts = (r: Ringkasan): CellInput[] => [
    r.jumlahIndikator,
    mean(r),
    ...r.perPredikat,
    r.belumDinilai,
  ];
  const countHeaders = [
    "Jumlah Indikator",
    "Rata-rata Capaian (%)",
    ...labels.map((l) => `Jumlah ${l}`),
    "Belum Dapat Dinilai",
  ];

  /**
   * Section title, header row, rows, then any notes in small print; returns the header
   * row, the data rows and the row after a blank.
   */
  const table = (
    start: number,
    title: string,
    headers: string[],
    rows: CellInput[][],
    notes: readonly string[] = [],
  ) => {
    put(start, [[textCell(title)]]);
    fmt(`A${start}`, REPORT_STYLE.sectionTitle);
    const header = start + 1;
    put(header, [headers.map(textCell)]);
    fmt(range(0, header, headers.length - 1, header), REPORT_STYLE.header);
    if (rows.length > 0) {
      put(header + 1, rows);
      fmt(range(0, header + 1, headers.length - 1, header + rows.length), REPORT_STYLE.body);
      fmt(range(0, header + 1, 0, header + rows.length), { horizontal: "Center" });
    }
    const last = header + rows.length;
    if (notes.length > 0) {
      put(
        last + 1,
        notes.map((n) => [textCell(n)]),
      );
      fmt(range(0, last + 1, 0, last + notes.length), REPORT_STYLE.smallPrint);
    }
    return { header, first: header + 1, last, next: last + notes.length + 2 };
  };
  /** One number format per row of a column from `first` on: runs of equal formats share a range. */
  const runs = (col: number, first: number, perRow: readonly string[]) => {
    let start = 0;
    for (let i = 1; i <= perRow.length; i++) {
      if (i === perRow.length || perRow[i] !== perRow[start]) {
        fmt(range(col, first + start, col, first + i - 1), { numberFormat: perRow[start] ?? "General" });
        start = i;
      }
    }
  };
  /** Number formats of the count columns starting at `col`, for rows first..last (each row's decimals). */
  const countFormats = (col: number, first: number, last: number, decimals: readonly number[]) => {
    if (last < first) return;
    fmt(range(col, first, col, last), { numberFormat: NUMBER_FORMAT.count, horizontal: "Center" });
    runs(col + 1, first, decimals.map(NUMBER_FORMAT.decimals));
    fmt(range(col + 2, first, col + 2 + labels.length, last), {
      numberFormat: NUMBER_FORMAT.count,
      horizontal: "Center",
    });
  };
  const bandHeaders = (col: number, header: number) =>
    labels.forEach((_, i) =>
      fmt(range(col + 2 + i, header, col + 2 + i, header), bandColour(i, labels.length)),
    );

  // Title block.
  const refused = data.ditolak.length;
  const titles = [
    "KONSOLIDASI CAPAIAN INDIKATOR KINERJA UTAMA",
    `Tahun ${data.tahun}`,
    `Dibuat: ${formatDate(options.generatedAt)}`,
    `${data.instansi.length} instansi dikonsolidasikan` +
      (refused > 0
        ? `; ${refused} berkas tidak lolos validasi (lihat bagian D)`
        : "; semua berkas lolos validasi"),
  ];
  put(
    1,
    titles.map((t) => [textCell(t)]),
  );
  titles.forEach((_, i) => merges.push(range(0, i + 1, LAST_COL, i + 1)));
  fmt(range(0, 1, LAST_COL, 1), REPORT_STYLE.title);
  fmt(range(0, 2, LAST_COL, 2), REPORT_STYLE.subtitle);
  fmt(range(0, 3, LAST_COL, 4), REPORT_STYLE.smallPrint);

  // A. Per agency.
  const perInstansi = table(
    6,
    `A. Ringkasan Capaian Kinerja Tahun ${data.tahun} per Instansi`,
    ["No", "Instansi", "Berkas", ...countHeaders],
    [
      ...data.instansi.map((a, i) => [i + 1, textCell(a.nama), textCell(a.berkas), ...counts(a.ringkasan)]),
      ["", "Seluruh instansi", "", ...counts(data.ringkasan)],
    ],
  );
  countFormats(3, perInstansi.first, perInstansi.last, [
    ...data.instansi.map((a) => a.desimal),
    data.desimal,
  ]);
  fmt(range(0, perInstansi.last, 4 + labels.length + 1, perInstansi.last), REPORT_STYLE.total);
  fmt(range(1, perInstansi.first, 2, perInstansi.last), { wrap: true });
  bandHeaders(3, perInstansi.header);

  // B. Every indicator, by agency and sasaran.
  const rows: CellInput[][] = [];
  const targetFormats: string[] = [];
  const realisasiFormats: string[] = [];
  const capaianFormats: string[] = [];
  /** Per agency, the kodes measured against the Renstra target: its PK target was blank. */
  const dariRenstra: string[] = [];
  const instansiMerges: [number, number][] = [];
  const sasaranMerges: [number, number][] = [];
  for (const a of data.instansi) {
    const agencyStart = rows.length;
    for (const s of a.sasaran) {
      const sasaranStart = rows.length;
      s.indikator.forEach((ind, k) => {
        const first = rows.length === agencyStart;
        rows.push([
          rows.length + 1,
          first ? textCell(a.nama) : null,
          k === 0 ? textCell(s.nama) : null,
          textCell(ind.kode),
          textCell(ind.nama),
          textCell(ind.satuan),
          nilaiCell(ind.target),
          nilaiCell(ind.realisasi),
          nilaiCell(ind.capaian),
          ind.predikat !== null
            ? textCell(ind.predikat)
            : nilaiCell(
                ind.capaian.status === "ada" ? { status: "tidakDapatDihitung", reason: "" } : ind.capaian,
              ),
          ind.kriteria !== null ? textCell(ind.kriteria) : nilaiCell(ind.capaian),
        ]);
        targetFormats.push(quantityFormat(ind.jenis, ind.target, a.desimal));
        realisasiFormats.push(quantityFormat(ind.jenis, ind.realisasi, a.desimal));
        capaianFormats.push(NUMBER_FORMAT.decimals(a.desimal));
      });
      if (rows.length - sasaranStart > 1) sasaranMerges.push([sasaranStart, rows.length - 1]);
    }
    if (rows.length - agencyStart > 1) instansiMerges.push([agencyStart, rows.length - 1]);
    const fell = a.sasaran.flatMap((s) => s.indikator.filter((i) => i.targetDariRenstra).map((i) => i.kode));
    if (fell.length > 0) dariRenstra.push(`    ${a.nama}: ${fell.join(", ")}`);
  }
  const indikator = table(
    perInstansi.next,
    `B. Capaian Indikator Kinerja Utama Tahun ${data.tahun} per Instansi dan Sasaran Strategis`,
    [
      "No",
      "Instansi",
      "Sasaran Strategis",
      "Kode",
      "Indikator Kinerja Utama",
      "Satuan",
      "Target PK",
      "Realisasi",
      "Capaian (%)",
      "Predikat",
      "Kriteria",
    ],
    rows,
    dariRenstra.length > 0
      ? [
          `Target PK ${data.tahun} belum diisi; capaian diukur terhadap Target Renstra ${data.tahun} untuk:`,
          ...dariRenstra,
        ]
      : [],
  );
  if (rows.length > 0) {
    const first = indikator.first;
    // Excel keeps a merge's top-left value only: the other cells were written as null.
    for (const [a, b] of instansiMerges) merges.push(range(1, first + a, 1, first + b));
    for (const [a, b] of sasaranMerges) merges.push(range(2, first + a, 2, first + b));
    fmt(range(1, first, 4, indikator.last), { wrap: true });
    runs(6, first, targetFormats);
    runs(7, first, realisasiFormats);
    runs(8, first, capaianFormats);
    const predikatRange = range(9, first, 9, indikator.last);
    const kriteriaRange = range(10, first, 10, indikator.last);
    fmt(range(9, first, 10, indikator.last), { horizontal: "Center" });
    labels.forEach((label, i) =>
      highlights.push({ address: predikatRange, text: label, ...bandColour(i, labels.length) }),
    );
    for (const colour of KRITERIA_COLOURS) highlights.push({ address: kriteriaRange, ...colour });
    for (const word of NOT_A_NUMBER_WORDS)
      highlights.push({
        address: range(6, first, 10, indikator.last),
        text: word,
        ...REPORT_STYLE.notANumber,
      });
  }

  // C. Per agency and sasaran.
  const perSasaran = table(
    indikator.next,
    `C. Jumlah Predikat Tahun ${data.tahun} per Instansi dan Sasaran Strategis`,
    ["No", "Instansi", "Sasaran Strategis", ...countHeaders],
    data.instansi
      .flatMap((a) => a.sasaran.map((s) => ({ instansi: a.nama, s })))
      .map(({ instansi, s }, i) => [i + 1, textCell(instansi), textCell(s.nama), ...counts(s.ringkasan)]),
  );
  countFormats(
    3,
    perSasaran.first,
    perSasaran.last,
    data.instansi.flatMap((a) => a.sasaran.map(() => a.desimal)),
  );
  fmt(range(1, perSasaran.first, 2, perSasaran.last), { wrap: true });
  bandHeaders(3, perSasaran.header);

  // D. Refused files: a row per galat, with its sheet!cell; a file that could not be read, one row.
  const refusedRows: CellInput[][] = data.ditolak
    .flatMap((d) =>
      "problem" in d
        ? [{ berkas: d.berkas, where: "", message: formatFileProblem(d.problem, "id") }]
        : d.issues.map((issue) => ({
            berkas: d.berkas,
            where: issue.address === "" ? issue.sheet : `${issue.sheet}!${issue.address}`,
            message: formatIssue(issue, "id"),
          })),
    )
    .map(({ berkas, where, message }, i) => [i + 1, textCell(berkas), textCell(where), textCell(message)]);
  const ditolak = table(
    perSasaran.next,
    "D. Berkas yang Tidak Dikonsolidasikan (tidak lolos validasi)",
    ["No", "Berkas", "Lembar!Sel", "Galat"],
    refusedRows.length > 0 ? refusedRows : [["", "Tidak ada: semua berkas lolos validasi.", "", ""]],
  );
  fmt(range(1, ditolak.first, 3, ditolak.last), { wrap: true });
  // The message is long: it spans the remaining columns of the widest table.
  for (let r = ditolak.first; r <= ditolak.last; r++) merges.push(range(3, r, LAST_COL, r));
  merges.push(range(3, ditolak.header, LAST_COL, ditolak.header));

  const widest = Math.max(WIDTHS.length, 5 + labels.length + 1);
  return {
    name: options.name ?? konsolidasiSheetName(data.tahun),
    mode: "create",
    tabColor: PALETTE.tab,
    cells,
    formats,
    merges,
    columnWidths: Array.from({ length: widest }, (_, i) => ({
      column: columnLetter(i),
      width: WIDTHS[i] ?? EXTRA_WIDTH,
    })),
    highlights,
    print: {
      orientation: "Landscape",
      paper: "A4",
      fitToWidth: true,
      titleRows: `$${indikator.header}:$${indikator.header}`,
    },
  };
}

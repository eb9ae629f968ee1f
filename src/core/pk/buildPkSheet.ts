import type { LakipData, LakipIndikator } from "../lakip/LakipData";
import { programsOf, type ProgramLine } from "../lakip/anggaranTahun";
import { composeReport } from "../lakip/report/composeReport";
import { nilaiCell, quantityFormat } from "../lakip/report/nilaiCell";
import { EMPTY_BLOCK, rect, type ReportBlock } from "../lakip/report/ReportBlock";
import { REPORT_STYLE } from "../lakip/report/REPORT_STYLE";
import { tableBlock } from "../lakip/report/ReportTable";
import { PALETTE } from "../workbook/PALETTE";
import { RUPIAH_FORMAT } from "../workbook/anggaranLayout";
import type { CellFormat, CellInput, SheetPlan } from "../workbook/SheetPlan";
import { textCell } from "../workbook/textCell";
import { romanOf, TRIWULAN_LIST } from "../workbook/triwulanLayout";
import { quartersOf, type TriwulanData } from "../validation/readTriwulanData";

/** Who signs the Perjanjian Kinerja, and where (Pengaturan, template version 4); "" when not filled in. */
export interface PihakPK {
  readonly kepalaNama: string;
  readonly kepalaNip: string;
  readonly kepalaJabatan: string;
  readonly waliKota: string;
  readonly tempat: string;
}

/**
 * Where the PK sheet's fixed parts are; `width` columns at the least (the paragraphs and
 * signatures span table 1 when its quarterly targets make it wider).
 */
export const PK_LAYOUT = { titleCell: "A1", width: 6 } as const;

/** A blank a party's name leaves, to be written by hand. */
const TITIK = "....................................";

const line = (row: number, text: string, last: number) => ({
  cells: [{ row, col: 0, values: [[textCell(text)]] }],
  merge: rect(row, 0, row, last),
});

/** Lines of text, each merged across the page (`width` columns) and wrapped. */
function paragraph(
  lines: readonly string[],
  width: number,
  format: CellFormat = REPORT_STYLE.wrap,
): ReportBlock {
  const parts = lines.map((t, i) => line(i, t, width - 1));
  return {
    ...EMPTY_BLOCK,
    height: lines.length,
    cells: parts.flatMap((p) => p.cells),
    merges: parts.map((p) => p.merge),
    formats: [{ rect: rect(0, 0, lines.length - 1, width - 1), format }],
  };
}

/** A report table without the section letter: its title written as a plain bold line. */
function untitled(block: ReportBlock): ReportBlock {
  const { heading, ...rest } = block;
  return {
    ...rest,
    cells: [{ row: 0, col: 0, values: [[textCell(heading ?? "")]] }, ...rest.cells],
    formats: [{ rect: rect(0, 0), format: { bold: true } }, ...rest.formats],
  };
}

interface TargetRow {
  readonly no: number;
  readonly ind: LakipIndikator;
}

/**
 * The Perjanjian Kinerja of year `tahun` (domain notes, part 2): the title, the parties'
 * paragraph, table 1 (sasaran, indikator, satuan, the PK target of the year, the
 * Renstra's while the PK's is blank; then Target TW I … TW IV from the quarter sheets'
 * Target Triwulan when any indicator has one for the year, blank where none is typed,
 * and no such columns when none is), table 2 (program, anggaran from the pagu of the
 * year), place and date, two signature blocks; on A4 portrait. Pure, like the LAKIP
 * sheet: the same data gives the same plan, which the fingerprint relies on.
 */
export function buildPkSheet(
  data: LakipData,
  pihak: PihakPK,
  options: {
    readonly tahun: number;
    readonly name: string;
    /** The quarter sheets as read (their Target Triwulan); none when absent. */
    readonly triwulan?: TriwulanData;
  },
): SheetPlan {
  const { tahun } = options;
  const triwulan: TriwulanData = options.triwulan ?? new Map();
  const s = data.settings;
  const sasaranName = new Map(data.sasaran.map((x) => [x.kode, x.nama]));
  const order = new Map(data.sasaran.map((x, i) => [x.kode, i]));
  const indicators = data.indikator
    .map((ind, i) => ({ ind, i }))
    .sort((a, b) => (order.get(a.ind.sasaran) ?? 1e9) - (order.get(b.ind.sasaran) ?? 1e9) || a.i - b.i)
    .map((x) => x.ind);
  const waliJabatan = pihak.tempat === "" ? "Wali Kota" : `Wali Kota ${pihak.tempat}`;
  const kepalaJabatan = pihak.kepalaJabatan === "" ? `Kepala ${s.instansi}` : pihak.kepalaJabatan;
  const or = (v: string) => (v === "" ? TITIK : v);

  // A quarter's target as typed; a blank or unusable cell (an issue names it) stays blank.
  const targetTw = (ind: LakipIndikator, i: number): number | null =>
    quartersOf(triwulan, ind.kode, tahun)[i]?.target ?? null;
  const withQuarters = indicators.some((ind) => TRIWULAN_LIST.some((_, i) => targetTw(ind, i) !== null));
  const width = Math.max(PK_LAYOUT.width, 5 + (withQuarters ? TRIWULAN_LIST.length : 0));

  const title = paragraph(
    [`PERJANJIAN KINERJA TAHUN ${tahun}`, s.instansi.toUpperCase()],
    width,
    REPORT_STYLE.title,
  );
  const parties = paragraph(
    [
      "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
      `Nama: ${or(pihak.kepalaNama)}`,
      `Jabatan: ${kepalaJabatan}`,
      "selanjutnya disebut pihak pertama,",
      `Nama: ${or(pihak.waliKota)}`,
      `Jabatan: ${waliJabatan}`,
      "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
      `Pihak pertama berjanji akan mewujudkan target kinerja tahun ${tahun} sebagaimana tercantum dalam lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab pihak pertama.`,
      "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
    ],
    width,
  );

  const target = (ind: LakipIndikator) =>
    ind.tahun.find((t) => t.tahun === tahun)?.target ?? { status: "kosong" as const };
  const table1 = untitled(
    tableBlock<TargetRow>({
      title: `Tabel 1. Sasaran dan Target Kinerja Tahun ${tahun}`,
      columns: [
        { key: "no", header: "No", width: 30, center: true, value: (r) => r.no },
        {
          key: "sasaran",
          header: "Sasaran Strategis",
          width: 150,
          wrap: true,
          mergeRunsOf: (r) => r.ind.sasaran,
          value: (r) => textCell(sasaranName.get(r.ind.sasaran) ?? r.ind.sasaran),
        },
        {
          key: "indikator",
          header: "Indikator Kinerja",
          width: 200,
          wrap: true,
          value: (r) => textCell(r.ind.nama),
        },
        { key: "satuan", header: "Satuan", width: 70, wrap: true, value: (r) => textCell(r.ind.satuan) },
        {
          key: "target",
          header: `Target ${tahun}`,
          width: 70,
          numberFormat: (r) => quantityFormat(r.ind.jenis, target(r.ind), s.desimal),
          value: (r) => nilaiCell(target(r.ind)),
        },
        ...(withQuarters
          ? TRIWULAN_LIST.map((tw, i) => ({
              key: `tw${tw}`,
              header: `Target TW ${romanOf(tw)}`,
              width: 60,
              numberFormat: (r: TargetRow) => {
                const t = targetTw(r.ind, i);
                return quantityFormat(
                  r.ind.jenis,
                  t === null ? { status: "kosong" } : { status: "ada", value: t },
                  s.desimal,
                );
              },
              value: (r: TargetRow): CellInput => targetTw(r.ind, i) ?? "",
            }))
          : []),
      ],
      rows: indicators.map((ind, i) => ({ no: i + 1, ind })),
      notes: [
        "Target: Target PK di lembar Bidang; bila kosong, Target Renstra tahun itu.",
        ...(withQuarters
          ? ["Target TW I–IV: Target Triwulan di lembar TW 1 … TW 4; kosong bila tidak diisi."]
          : []),
      ],
    }),
  );

  const programs: readonly ProgramLine[] = programsOf(data.anggaran ?? undefined, tahun);
  const table2 = untitled(
    tableBlock<ProgramLine | { readonly total: number }>({
      title: `Tabel 2. Program dan Anggaran Tahun ${tahun}`,
      columns: [
        {
          key: "no",
          header: "No",
          width: 30,
          center: true,
          value: (r) => ("total" in r ? "" : programs.indexOf(r) + 1),
        },
        {
          key: "program",
          header: "Program",
          width: 200,
          wrap: true,
          value: (r) => textCell("total" in r ? "Jumlah" : `${r.item.kode} ${r.item.nama}`.trim()),
        },
        {
          key: "anggaran",
          header: "Anggaran (Rp)",
          width: 110,
          numberFormat: RUPIAH_FORMAT,
          value: (r): CellInput => ("total" in r ? r.total : (r.pagu ?? "belum diisi")),
        },
        {
          key: "keterangan",
          header: "Keterangan",
          width: 120,
          wrap: true,
          value: (r) => textCell("total" in r ? "" : r.item.keterangan),
        },
      ],
      rows: [
        ...programs,
        ...(programs.length > 0 ? [{ total: programs.reduce((t, p) => t + (p.pagu ?? 0), 0) }] : []),
      ],
      rowFormat: (r) => ("total" in r ? REPORT_STYLE.total : undefined),
      notes: [
        programs.length === 0
          ? `Lembar Anggaran belum berisi program tahun ${tahun}.`
          : `Anggaran: pagu ${tahun} di lembar Anggaran (program: jumlah kegiatannya).`,
      ],
    }),
  );

  // Place and date, then the two parties side by side: the second on the left, as signed.
  const left = 0;
  const right = 3;
  const sign = (col: number, lines: readonly string[]) => ({
    row: 0,
    col,
    values: lines.map((t) => [textCell(t)]),
  });
  const signatures: ReportBlock = {
    ...EMPTY_BLOCK,
    height: 8,
    cells: [
      { row: 0, col: right, values: [[textCell(`${or(pihak.tempat)}, ${TITIK.slice(0, 16)} ${tahun}`)]] },
      { ...sign(left, ["Pihak Kedua,", waliJabatan, "", "", "", or(pihak.waliKota)]), row: 1 },
      {
        ...sign(right, [
          "Pihak Pertama,",
          kepalaJabatan,
          "",
          "",
          "",
          or(pihak.kepalaNama),
          `NIP. ${or(pihak.kepalaNip)}`,
        ]),
        row: 1,
      },
    ],
    merges: [
      rect(0, right, 0, width - 1),
      ...[1, 2, 3, 4, 5, 6, 7].flatMap((r) => [rect(r, left, r, 2), rect(r, right, r, width - 1)]),
    ],
    formats: [
      { rect: rect(0, 0, 7, width - 1), format: { horizontal: "Center", wrap: true } },
      { rect: rect(6, 0, 6, width - 1), format: { bold: true } },
    ],
  };

  const { titleRows, ...body } = composeReport([title, parties, table1, table2, signatures]);
  // Excel does not grow a merged row to its wrapped text: the long lines of the parties'
  // paragraph (its first and last two; the block starts after the title and a blank row)
  // get the height of three lines.
  const first = title.height + 2;
  return {
    name: options.name,
    mode: "create",
    tabColor: PALETTE.tab,
    ...body,
    rowHeights: [0, 7, 8].map((i) => ({ address: `A${first + i}`, height: 48 })),
    // No table header repeats on every page: the PK is a signed document of a page or two.
    print: { orientation: "Portrait", paper: "A4", fitToWidth: true, ...(titleRows ? { titleRows } : {}) },
  };
}

import type { PredikatScale } from "../formulas/PredikatScale";
import { isBlank, type CellValue } from "../workbook/a1";
import type { CellInput, NamedRangePlan, SheetPlan, SheetValidation } from "../workbook/SheetPlan";
import { textCell } from "../workbook/textCell";
import { DESIMAL, PENGATURAN, RUMUS_NEGATIF, SHEET } from "../workbook/workbookLayout";
import {
  SETTING_KEYS,
  skalaIsEmpty,
  type PengaturanContents,
  type SettingKey,
} from "../sheets/readPengaturan";
import { TAHUN_MAX, TAHUN_MIN } from "../sheets/renstraPeriod";
import { NUMBER_INPUT_MESSAGES, STYLE } from "./templateStyle";

const PENGATURAN_TITLE = "Pengaturan IKU";

const NOTES: Readonly<Record<SettingKey, string>> = {
  instansi: "Dipakai di judul lembar Bidang dan laporan.",
  tahunAwal: "Periode Renstra; lembar Bidang memuat satu baris per tahun.",
  tahunAkhir: "Ubah periode lalu jalankan Siapkan Template IKU lagi.",
  tahunLaporan: "Tahun yang dilaporkan di LKjIP/LAKIP.",
  rumusNegatif: '"negatif": (2×Target − Realisasi)/Target×100; "negatif-t/r": Target/Realisasi×100.',
  batasCapaian: "Misalnya 100 atau 120; kosong berarti capaian tidak dibatasi.",
  desimal: `Bilangan bulat ${DESIMAL.min}–${DESIMAL.max}. Capaian dicetak dengan desimal ini, dan predikat serta kriteria dinilai pada angka yang dicetak itu (90,004 → 90,00 → Tinggi). Jalankan Siapkan Template IKU lagi setelah mengubahnya agar format lembar Bidang mengikuti.`,
  batasRataRata:
    "Misalnya 100 atau 120; kosong berarti rata-rata capaian per sasaran di laporan tidak dibatasi.",
  kepalaNama: "Nama lengkap dengan gelar, seperti ditandatangankan di Perjanjian Kinerja.",
  kepalaNip: "18 angka; ketik dengan tanda kutip di depan (') agar Excel tidak membulatkannya.",
  kepalaJabatan: "Jabatan Pihak Pertama di Perjanjian Kinerja.",
  waliKota: "Pihak Kedua di Perjanjian Kinerja.",
  tempat: "Tempat di atas tanda tangan Perjanjian Kinerja, misalnya Bontang.",
};

export interface PengaturanPlanInput {
  readonly contents: PengaturanContents;
  readonly defaults: Readonly<Record<SettingKey, CellValue>>;
  /** The Renstra years, for the tahun laporan drop-down. */
  readonly years: readonly number[];
  readonly scale: PredikatScale;
  readonly existingNames: readonly string[];
}

/**
 * Pengaturan: labels and notes are ours and rewritten; a value cell gets its default only
 * while it is empty, and the predikat table only while all of it is empty.
 *
 * A sheet of an older layout (`contents.inLayout` false: a setting on another row, or the
 * scale table higher up) is moved into this one: every typed value is written at its
 * setting's row, the scale table where the layout puts it, the old places cleared first,
 * and the named ranges re-pointed.
 */
export function planPengaturanSheet(
  input: PengaturanPlanInput,
  mode: "create" | "update",
): { plan: SheetPlan; names: NamedRangePlan[]; filled: string[] } {
  const { contents, defaults } = input;
  const v = PENGATURAN.valueCol;
  const rows = SETTING_KEYS.map((k) => PENGATURAN.settings[k].row);
  const firstRow = Math.min(...rows);
  const lastRow = firstRow + rows.length - 1;
  const sk = PENGATURAN.skala;
  const lastSkala = sk.firstRow + sk.rows - 1;
  const relayout = mode === "update" && !contents.inLayout;
  const typedText = (value: CellValue): CellInput => (typeof value === "string" ? textCell(value) : value);

  const filled: string[] = [];
  const block: CellInput[][] = SETTING_KEYS.map((key) => {
    const def = defaults[key];
    const typed = contents.typed[key];
    const found = contents.rows[key];
    const inPlace = found === PENGATURAN.settings[key].row - 1;
    let value: CellInput = null;
    if (isBlank(typed) && !isBlank(def)) {
      filled.push(key);
      value = typedText(def);
    } else if (!inPlace && !isBlank(typed)) value = typedText(typed);
    else if (!inPlace && relayout) value = "";
    return [PENGATURAN.settings[key].label, value, NOTES[key]];
  });
  rows.forEach((r, i) => {
    if (r !== firstRow + i) throw new Error("Baris pengaturan harus berurutan");
  });
  if (lastRow >= sk.titleRow) throw new Error("Skala predikat harus di bawah baris pengaturan");

  const writeScale = skalaIsEmpty(contents);
  if (writeScale) filled.push("skala");
  const scaleMoved = contents.skalaAt.firstRow !== sk.firstRow - 1;
  const scaleRows: CellInput[][] = writeScale
    ? Array.from({ length: sk.rows }, (_, i) => {
        const band = input.scale[i];
        return band ? [band.lebihDari ?? "", textCell(band.label)] : ["", ""];
      })
    : scaleMoved
      ? contents.skala.map(([t, l]) => [typedText(t), typedText(l)])
      : [];

  // Moving: what stood where nothing of ours goes now is cleared (values, formats and
  // drop-downs; ours are all written again below). Rows of settings left in place are kept.
  const clear: { address: string; applyTo: "all" }[] = [];
  if (relayout) {
    const keep = new Set<number>(
      SETTING_KEYS.filter((k) => contents.rows[k] === PENGATURAN.settings[k].row - 1).map(
        (k) => PENGATURAN.settings[k].row,
      ),
    );
    const old = [
      ...SETTING_KEYS.map((k) => contents.rows[k]).filter((r): r is number => r !== null),
      ...(scaleMoved
        ? Array.from(
            { length: contents.skalaAt.firstRow - contents.skalaAt.titleRow + sk.rows },
            (_, i) => contents.skalaAt.titleRow + i,
          )
        : []),
    ]
      .map((r) => r + 1)
      .filter((r) => !keep.has(r));
    for (const r of [...new Set(old)].sort((a, b) => a - b))
      clear.push({ address: `A${r}:C${r}`, applyTo: "all" });
  }

  const cell = (key: SettingKey) => `${v}${PENGATURAN.settings[key].row}`;
  const abs = (a: string) => a.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  const skalaRange = `${sk.thresholdCol}${sk.firstRow}:${sk.labelCol}${lastSkala}`;
  const exists = new Set(input.existingNames.map((n) => n.toLowerCase()));
  const names: NamedRangePlan[] = [
    ...SETTING_KEYS.map((key) => ({
      name: PENGATURAN.settings[key].name,
      address: abs(cell(key)),
      comment: PENGATURAN.settings[key].label,
    })),
    {
      name: sk.name,
      address: abs(skalaRange),
      comment: "Skala predikat: batas bawah (lebih dari) dan predikat",
    },
  ].map((n) => ({
    ...n,
    sheet: SHEET.pengaturan,
    ...(exists.has(n.name.toLowerCase()) ? { exists: true } : {}),
  }));

  const year = (key: SettingKey): SheetValidation => ({
    address: cell(key),
    rule: { kind: "wholeNumber", min: TAHUN_MIN, max: TAHUN_MAX },
    prompt: { title: "Tahun", message: "Ketik tahun, misalnya 2022." },
    error: {
      title: "Tahun tidak sah",
      message: `Tahun harus bilangan bulat antara ${TAHUN_MIN} dan ${TAHUN_MAX}.`,
    },
  });
  const cap = (key: SettingKey): SheetValidation => ({
    address: cell(key),
    rule: { kind: "decimal", min: 0 },
    prompt: NUMBER_INPUT_MESSAGES.prompt,
    error: NUMBER_INPUT_MESSAGES.error,
  });

  const plan: SheetPlan = {
    name: SHEET.pengaturan,
    mode,
    tabColor: STYLE.tabColor,
    ...(clear.length > 0 ? { clear } : {}),
    cells: [
      {
        address: "A1",
        values: [
          [PENGATURAN_TITLE],
          ["Isi sel kuning. Rumus di lembar Bidang membaca pengaturan ini lewat nama rentang (IKU_…)."],
        ],
      },
      { address: `${PENGATURAN.labelCol}${firstRow}`, values: block },
      {
        address: `${sk.thresholdCol}${sk.titleRow}`,
        values: [[sk.title], [...sk.headers]],
      },
      ...(scaleRows.length > 0 ? [{ address: `${sk.thresholdCol}${sk.firstRow}`, values: scaleRows }] : []),
    ],
    formats: [
      { address: "A1", format: { bold: true, fontSize: 14 } },
      { address: "A2", format: { italic: true } },
      {
        address: `A${firstRow}:A${lastRow}`,
        format: { bold: true, vertical: "Top", wrap: true },
      },
      {
        address: `${v}${firstRow}:${v}${lastRow}`,
        format: { fill: STYLE.inputFill, locked: false, border: true, horizontal: "Left", vertical: "Top" },
      },
      {
        address: `C${firstRow}:C${lastRow}`,
        format: { italic: true, wrap: true, fontColor: STYLE.keptFont, vertical: "Top" },
      },
      { address: `A${sk.titleRow}`, format: { bold: true } },
      {
        address: `A${sk.headerRow}:B${sk.headerRow}`,
        format: { fill: STYLE.headerFill, fontColor: STYLE.headerFont, bold: true, border: true },
      },
      { address: skalaRange, format: { fill: STYLE.inputFill, locked: false, border: true } },
    ],
    merges: ["A2:C2"],
    columnWidths: [
      { column: "A", width: 250 },
      { column: "B", width: 200 },
      { column: "C", width: 380 },
    ],
    validations: [
      year("tahunAwal"),
      year("tahunAkhir"),
      {
        address: cell("tahunLaporan"),
        rule: { kind: "list", source: input.years.join(",") },
        prompt: { title: "Tahun laporan", message: "Pilih tahun yang dilaporkan." },
        error: { title: "Tahun di luar Renstra", message: "Pilih salah satu tahun periode Renstra." },
      },
      {
        address: cell("rumusNegatif"),
        rule: { kind: "list", source: RUMUS_NEGATIF.join(",") },
        prompt: { title: "Polaritas negatif", message: NOTES.rumusNegatif },
        error: { title: "Rumus tidak dikenal", message: `Pilih ${RUMUS_NEGATIF.join(" atau ")}.` },
      },
      cap("batasCapaian"),
      {
        address: cell("desimal"),
        rule: { kind: "wholeNumber", min: DESIMAL.min, max: DESIMAL.max },
        prompt: {
          title: "Jumlah desimal",
          message: `Desimal capaian di laporan, ${DESIMAL.min}–${DESIMAL.max}; bawaan ${DESIMAL.bawaan}.`,
        },
        error: {
          title: "Desimal tidak sah",
          message: `Ketik bilangan bulat dari ${DESIMAL.min} sampai ${DESIMAL.max}.`,
        },
      },
      cap("batasRataRata"),
      {
        address: `${sk.thresholdCol}${sk.firstRow}:${sk.thresholdCol}${lastSkala}`,
        rule: { kind: "decimal", min: 0 },
        prompt: {
          title: "Batas predikat",
          message:
            "Capaian lebih dari angka ini mendapat predikat di sebelahnya. Urutkan menurun; baris terakhir boleh kosong.",
        },
        error: NUMBER_INPUT_MESSAGES.error,
      },
    ],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: "Portrait", fitToWidth: true, paper: "A4" },
    protect: true,
  };
  return { plan, names, filled };
}

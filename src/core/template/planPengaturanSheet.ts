import type { PredikatScale } from "../formulas/PredikatScale";
import { isBlank, type CellValue } from "../workbook/a1";
import type { CellInput, NamedRangePlan, SheetPlan, SheetValidation } from "../workbook/SheetPlan";
import { textCell } from "../workbook/textCell";
import { PENGATURAN, RUMUS_NEGATIF, SHEET } from "../workbook/workbookLayout";
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
 */
export function planPengaturanSheet(
  input: PengaturanPlanInput,
  mode: "create" | "update",
): { plan: SheetPlan; names: NamedRangePlan[]; filled: string[] } {
  const { contents, defaults } = input;
  const v = PENGATURAN.valueCol;
  const rows = SETTING_KEYS.map((k) => PENGATURAN.settings[k].row);
  const firstRow = Math.min(...rows);
  const filled: string[] = [];
  const block: CellInput[][] = SETTING_KEYS.map((key) => {
    const def = defaults[key];
    const write = isBlank(contents.typed[key]) && !isBlank(def);
    if (write) filled.push(key);
    return [
      PENGATURAN.settings[key].label,
      write ? (typeof def === "string" ? textCell(def) : def) : null,
      NOTES[key],
    ];
  });
  rows.forEach((r, i) => {
    if (r !== firstRow + i) throw new Error("Baris pengaturan harus berurutan");
  });

  const sk = PENGATURAN.skala;
  const lastSkala = sk.firstRow + sk.rows - 1;
  const writeScale = skalaIsEmpty(contents);
  if (writeScale) filled.push("skala");
  const scaleRows: CellInput[][] = writeScale
    ? Array.from({ length: sk.rows }, (_, i) => {
        const band = input.scale[i];
        return band ? [band.lebihDari ?? "", textCell(band.label)] : ["", ""];
      })
    : [];

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

  const plan: SheetPlan = {
    name: SHEET.pengaturan,
    mode,
    tabColor: STYLE.tabColor,
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
      ...(writeScale ? [{ address: `${sk.thresholdCol}${sk.firstRow}`, values: scaleRows }] : []),
    ],
    formats: [
      { address: "A1", format: { bold: true, fontSize: 14 } },
      { address: "A2", format: { italic: true } },
      {
        address: `A${firstRow}:A${firstRow + rows.length - 1}`,
        format: { bold: true, vertical: "Top", wrap: true },
      },
      {
        address: `${v}${firstRow}:${v}${firstRow + rows.length - 1}`,
        format: { fill: STYLE.inputFill, locked: false, border: true, horizontal: "Left" },
      },
      {
        address: `C${firstRow}:C${firstRow + rows.length - 1}`,
        format: { italic: true, wrap: true, fontColor: STYLE.keptFont },
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
      {
        address: cell("batasCapaian"),
        rule: { kind: "decimal", min: 0 },
        prompt: NUMBER_INPUT_MESSAGES.prompt,
        error: NUMBER_INPUT_MESSAGES.error,
      },
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

import { BIDANG, KATALOG, SHEET, TEMPLATE_VERSION } from "../workbook/workbookLayout";
import { TRIWULAN } from "../workbook/triwulanLayout";
import type { SettingKey } from "../sheets/readPengaturan";

/**
 * What a template version changed in the workbook, as data: the "upgraded" event carries
 * the changes of every version the workbook skipped, and the task pane words them. Names
 * are the workbook's own (headers, setting keys), so both languages quote them as they are.
 */
export type TemplateChange =
  /** Columns added to every Bidang sheet or to Katalog IKU (their headers). */
  | {
      readonly kind: "columnsAdded";
      readonly sheet: "bidang" | "katalog";
      readonly columns: readonly string[];
    }
  /** A column renamed; its values stay (the old header still finds it). */
  | {
      readonly kind: "columnRenamed";
      readonly sheet: "bidang" | "katalog";
      readonly from: string;
      readonly to: string;
    }
  /** Settings added to Pengaturan, each with its named range. */
  | { readonly kind: "settingsAdded"; readonly settings: readonly SettingKey[] }
  /** Formula columns of the Bidang sheets written anew (their headers). */
  | { readonly kind: "formulasRewritten"; readonly columns: readonly string[] }
  /** New sheets of the template (their names), made empty for staff to fill. */
  | { readonly kind: "sheetsAdded"; readonly sheets: readonly string[] };

const B = BIDANG.columns;

/**
 * Each version's changes, by the version that made them. A new template version adds its
 * entry here, next to its layout change in workbookLayout (a test checks every version
 * from 2 to TEMPLATE_VERSION has one).
 */
export const TEMPLATE_CHANGES: Readonly<Record<number, readonly TemplateChange[]>> = {
  2: [
    { kind: "columnRenamed", sheet: "bidang", from: "Target", to: B.targetRenstra.header },
    { kind: "columnsAdded", sheet: "bidang", columns: [B.targetPK.header, B.kriteria.header] },
    {
      kind: "formulasRewritten",
      columns: [B.realisasi.header, B.capaian.header, B.predikat.header, B.kriteria.header],
    },
    {
      kind: "columnsAdded",
      sheet: "katalog",
      columns: [KATALOG.indikator.kondisiAwal.header, KATALOG.indikator.sifatTarget.header],
    },
    { kind: "settingsAdded", settings: ["desimal", "batasRataRata"] },
  ],
  // The quarter sheets (issue 11).
  3: [{ kind: "sheetsAdded", sheets: TRIWULAN.sheets }],
  // The budget behind the performance (issue 10): the Anggaran sheet, the national standard
  // in Katalog IKU, the Perjanjian Kinerja's parties and place in Pengaturan.
  4: [
    { kind: "sheetsAdded", sheets: [SHEET.anggaran] },
    {
      kind: "columnsAdded",
      sheet: "katalog",
      columns: [KATALOG.indikator.standarNasional.header, KATALOG.indikator.sumberStandar.header],
    },
    { kind: "settingsAdded", settings: ["kepalaNama", "kepalaNip", "kepalaJabatan", "waliKota", "tempat"] },
  ],
};

/** The changes a workbook of version `from` goes through to reach the current version. */
export function changesSince(from: number): TemplateChange[] {
  const out: TemplateChange[] = [];
  for (let v = from + 1; v <= TEMPLATE_VERSION; v++) out.push(...(TEMPLATE_CHANGES[v] ?? []));
  return out;
}

/** The settings a workbook of version `from` did not have yet. */
export function settingsAddedSince(from: number): SettingKey[] {
  return changesSince(from).flatMap((c) => (c.kind === "settingsAdded" ? c.settings : []));
}

/** The sheets a workbook of version `from` did not have yet (their names). */
export function sheetsAddedSince(from: number): string[] {
  return changesSince(from).flatMap((c) => (c.kind === "sheetsAdded" ? c.sheets : []));
}

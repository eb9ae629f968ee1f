import { decideRegeneration } from "../lakip/decideRegeneration";
import { fingerprint } from "../lakip/fingerprint";
import { freeSheetName } from "../lakip/freeSheetName";
import { planValues } from "../lakip/planValues";
import { buildPkSheet, PK_LAYOUT, type PihakPK } from "../pk/buildPkSheet";
import { fingerprintOf, planReportRecord, readMeta } from "../sheets/ikuMeta";
import { readPengaturan } from "../sheets/readPengaturan";
import type { ValidationIssue } from "../validation/ValidationIssue";
import { validateWorkbook } from "../validation/validateWorkbook";
import { readTextCell } from "../workbook/a1";
import { readOf, type WorkbookRead } from "../workbook/ReadSpec";
import type { SheetOperation, SheetPlan, WorkbookPlan } from "../workbook/SheetPlan";
import { sheetNamed } from "../workbook/sheetNamed";
import { META, pkSheetName, SHEET } from "../workbook/workbookLayout";
import type { Action, ActionResult } from "./Action";
import { recogniseTemplateSheets } from "./rebuildMeta";
import {
  bidangRead,
  elsewhereKodeRead,
  elsewhereRead,
  firstRead,
  settingsAndCatalog,
  workbookSnapshot,
} from "./validate";

export type GeneratePkResult =
  /** Nothing was written: a galat, no usable tahun laporan, or a year outside the Renstra period. */
  | {
      readonly status: "blocked";
      readonly issues: readonly ValidationIssue[];
      readonly galat: number;
      readonly peringatan: number;
      /** The year asked for (the tahun laporan by default), `null` when there is none. */
      readonly tahun: number | null;
      /** True when the year asked for is outside the Renstra period. */
      readonly outsidePeriod: boolean;
    }
  | {
      readonly status: "written";
      /** The sheet written, e.g. "PK 2025". */
      readonly sheet: string;
      readonly mode: "create" | "replace";
      readonly kept: {
        readonly from: string;
        readonly to: string;
        readonly reason: "edited" | "notGenerated";
      } | null;
      readonly issues: readonly ValidationIssue[];
      readonly galat: 0;
      readonly peringatan: number;
      readonly tahun: number;
    };

export interface GeneratePkOptions {
  /** The PK's year, when staff name one (the command line's --tahun). */
  readonly tahun?: number;
  /**
   * The year after the tahun laporan: the next PK, prepared in advance (the pane's choice,
   * made without knowing the tahun laporan). Ignored when `tahun` is given.
   */
  readonly tahunBerikutnya?: boolean;
}

/** The year asked for, before anything is read: the option, else the tahun laporan (or the year after it). */
function yearOf(read: WorkbookRead, options: GeneratePkOptions): number | null {
  if (options.tahun !== undefined) return options.tahun;
  const laporan = settingsAndCatalog(read).pengaturan.tahunLaporan;
  return laporan === null ? null : laporan + (options.tahunBerikutnya === true ? 1 : 0);
}

function existingPk(read: WorkbookRead, tahun: number): string | undefined {
  return sheetNamed(
    read.sheets.map((s) => s.name),
    pkSheetName(tahun),
  );
}

/** The parties as Pengaturan holds them (free text, "" when empty). */
function pihakOf(pengaturan: readonly (readonly (string | number | boolean)[])[] | null): PihakPK {
  const typed = readPengaturan(pengaturan).typed;
  const text = (k: keyof PihakPK) => readTextCell(typed[k]);
  return {
    kepalaNama: text("kepalaNama"),
    kepalaNip: text("kepalaNip"),
    kepalaJabatan: text("kepalaJabatan"),
    waliKota: text("waliKota"),
    tempat: text("tempat"),
  };
}

/**
 * "Buat Perjanjian Kinerja": the same reads and safety as "Buat Lembar LAKIP" (validation
 * first, nothing written on a galat; an unchanged previous `PK t` regenerated in its tab's
 * place, an edited or foreign one kept under a new name; the fingerprint and the role
 * `pk:t` recorded in IKU_Meta), for the tahun laporan or a year staff choose within the
 * Renstra period (the next year's PK is prepared in advance).
 */
export const generatePerjanjianKinerja: Action<GeneratePkOptions, GeneratePkResult> = {
  reads: [
    () => firstRead([SHEET.meta]),
    (first, options) => {
      const { catalog } = settingsAndCatalog(first);
      const tahun = catalog === null ? null : yearOf(first, options);
      const sheet = tahun === null ? undefined : existingPk(first, tahun);
      return {
        sheets: [...bidangRead(first, catalog), ...(sheet === undefined ? [] : [{ sheet }])],
      };
    },
    (soFar) => elsewhereRead(soFar),
    (soFar) => elsewhereKodeRead(soFar),
  ],
  decide(read, options): ActionResult<GeneratePkResult> {
    const snapshot = workbookSnapshot(read);
    const v = validateWorkbook(snapshot);
    const tahun = yearOf(read, options);
    const s = v.data?.settings;
    const outsidePeriod = tahun !== null && s !== undefined && (tahun < s.tahunAwal || tahun > s.tahunAkhir);
    if (v.galat > 0 || v.data === null || tahun === null || outsidePeriod) {
      return {
        plan: null,
        report: {
          status: "blocked",
          issues: v.issues,
          galat: v.galat,
          peringatan: v.peringatan,
          tahun,
          outsidePeriod,
        },
      };
    }
    const name = pkSheetName(tahun);
    const sheetNames = read.sheets.map((x) => x.name);
    const actualName = existingPk(read, tahun);
    const meta = snapshot.meta && snapshot.meta.length > 0 ? readMeta(snapshot.meta) : null;
    const journal = meta?.journal;
    const decision = decideRegeneration({
      sheetName: name,
      sheetNames,
      existing: actualName === undefined ? null : (readOf(read, actualName)?.values ?? null),
      recordedFingerprint: fingerprintOf(meta, name),
      interrupted:
        journal?.status === META.journalStatus.writing &&
        journal.sheets.some((n) => n.toLowerCase() === name.toLowerCase()),
    });
    const sheet = buildPkSheet(v.data, pihakOf(snapshot.pengaturan), { tahun, name });
    const retiring =
      actualName !== undefined && decision === "replace" ? freeSheetName(name, sheetNames, "lama") : null;
    const sheetOps: SheetOperation[] =
      actualName === undefined
        ? []
        : retiring !== null
          ? [{ kind: "rename", sheet: actualName, to: retiring }]
          : typeof decision === "object"
            ? [{ kind: "rename", sheet: actualName, to: decision.keepAs }]
            : [];
    const recorded = planReportRecord(
      meta,
      { sheetName: name, tahun, fingerprint: fingerprint(planValues(sheet)), role: `pk:${tahun}` },
      meta ? [] : recogniseTemplateSheets(read, settingsAndCatalog(read).catalog),
    );
    const metaThere = sheetNames.some((n) => n.toLowerCase() === SHEET.meta.toLowerCase());
    const metaPlan: SheetPlan =
      metaThere && recorded.mode === "create" ? { ...recorded, mode: "update" } : recorded;
    const plan: WorkbookPlan = {
      sheetOps,
      sheets: [
        retiring !== null && actualName !== undefined
          ? { ...sheet, position: sheetNames.indexOf(actualName) }
          : sheet,
        metaPlan,
      ],
      names: [],
      ...(retiring !== null ? { retire: [retiring] } : {}),
      select: { sheet: name, address: PK_LAYOUT.titleCell },
    };
    return {
      plan,
      report: {
        status: "written",
        sheet: name,
        mode: decision === "replace" ? "replace" : "create",
        kept:
          typeof decision === "object" && actualName !== undefined
            ? { from: actualName, to: decision.keepAs, reason: decision.reason }
            : null,
        issues: v.issues,
        galat: 0,
        peringatan: v.peringatan,
        tahun,
      },
    };
  },
};

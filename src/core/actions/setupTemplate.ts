import type { Catalog } from "../catalog/catalogSchema";
import { defaultCatalog } from "../catalog/defaultCatalog";
import { bidangRole } from "../sheets/ikuMeta";
import {
  HEADER_BLOCK,
  movedBidangSheets,
  movedHeaderRead,
  withBidangHeaders,
} from "../sheets/movedBidangSheets";
import {
  bidangSheetsToRead,
  catalogInForce,
  planTemplate,
  triwulanSheetsToRead,
} from "../template/planTemplate";
import type { TemplateEvent, TemplateReport } from "../template/TemplateReport";
import type { TemplateSnapshot } from "../template/TemplateSnapshot";
import { readOf, type WorkbookRead } from "../workbook/ReadSpec";
import type { SheetOperation } from "../workbook/SheetPlan";
import { META, SHEET } from "../workbook/workbookLayout";
import type { SheetGrids } from "../workbook/WorkbookSnapshot";
import type { Action } from "./Action";

/** A Bidang sheet found under another name that the user agreed to give its name back. */
export interface Adoption {
  /** The Bidang sheet's name (`lembar`), e.g. "Rehsos". */
  readonly sheet: string;
  /** The sheet that holds its table now, e.g. "Rehsos Lama". */
  readonly from: string;
}

export interface SetupTemplateOptions {
  /** The catalog a new workbook starts with; Katalog IKU rules afterwards. */
  readonly catalog?: Catalog;
  /** The year "now" is, for the default tahun laporan; the clock's by default. */
  readonly currentYear?: number;
  /**
   * Renamed Bidang sheets to rename back and complete, as a previous run offered them
   * (`bidangSheetElsewhere`). One still found where it was offered is adopted; any other
   * is ignored (the workbook changed since).
   */
  readonly adopt?: readonly Adoption[];
}

const FIXED_SHEETS: readonly string[] = [SHEET.meta, SHEET.pengaturan, SHEET.katalog, SHEET.petunjuk];

/** The template's sheets read in the first round trip; any other sheet read is a Bidang or quarter sheet. */
const FIRST_READ: ReadonlySet<string> = new Set([...FIXED_SHEETS, SHEET.anggaran]);

/**
 * What the template sees of a read: the fixed sheets' values, every other sheet read
 * (the Bidang sheets) as formulas. Formulas hold the constants too; reading values as
 * well would double a large sheet's response (see SheetGrids).
 */
function templateSnapshot(read: WorkbookRead): TemplateSnapshot {
  const values = (sheet: string) => readOf(read, sheet)?.values ?? null;
  const bidang: Record<string, SheetGrids> = {};
  for (const [name, grids] of Object.entries(read.grids)) {
    if (!FIRST_READ.has(name)) bidang[name] = { formulas: grids?.formulas ?? [] };
  }
  return {
    sheets: read.sheets,
    names: read.names,
    meta: values(SHEET.meta),
    pengaturan: values(SHEET.pengaturan),
    katalog: values(SHEET.katalog),
    petunjuk: values(SHEET.petunjuk),
    anggaran: readOf(read, SHEET.anggaran)?.formulas ?? null,
    bidang,
  };
}

const planOptions = (o: SetupTemplateOptions) =>
  o.currentYear === undefined ? {} : { currentYear: o.currentYear };

const catalogOf = (read: WorkbookRead, o: SetupTemplateOptions) =>
  catalogInForce(templateSnapshot(read), o.catalog ?? defaultCatalog, planOptions(o));

/**
 * The snapshot as it will be once the adopted sheets have their names back: renamed, and
 * recorded in IKU_Meta as the Bidang's sheet (the user said it is).
 */
function adoptInSnapshot(
  snapshot: TemplateSnapshot,
  adopted: readonly Adoption[],
  catalog: Catalog,
): TemplateSnapshot {
  const to = new Map(adopted.map((a) => [a.from.toLowerCase(), a.sheet]));
  const rename = (name: string) => to.get(name.toLowerCase()) ?? name;
  let meta = snapshot.meta;
  if (meta && meta.length > 0) {
    const roles = new Map<string, Adoption>(
      adopted.map((a) => [
        bidangRole(catalog.bidang.find((b) => b.lembar.toLowerCase() === a.sheet.toLowerCase())?.kode ?? ""),
        a,
      ]),
    );
    const drop = (row: readonly unknown[]) =>
      row[0] === META.keys.sheet &&
      (roles.has(String(row[2])) ||
        adopted.some((a) => String(row[1]).toLowerCase() === a.sheet.toLowerCase()));
    meta = [
      ...meta.filter((row) => !drop(row)),
      ...[...roles].map(([role, a]) => [
        META.keys.sheet,
        a.sheet,
        role,
        snapshot.sheets.find((s) => s.name.toLowerCase() === a.from.toLowerCase())?.id ?? "",
      ]),
    ];
  }
  return {
    ...snapshot,
    meta,
    sheets: snapshot.sheets.map((s) => ({ ...s, name: rename(s.name) })),
    bidang: Object.fromEntries(Object.entries(snapshot.bidang).map(([name, g]) => [rename(name), g])),
  };
}

/**
 * "Siapkan Template IKU". Reads (1) the sheet list, the names, IKU_Meta, Pengaturan,
 * Katalog IKU, Petunjuk and Anggaran, then (2) the Bidang sheets the catalog names and IKU_Meta
 * records (skipped when there is none yet), with the quarter sheets unless the workbook
 * is large, then (3, 4) the quarter sheets of a large one, and plans the whole template
 * (`planTemplate`): nothing is written when the run stops (a foreign Pengaturan, a newer
 * template).
 *
 * A Bidang sheet that is missing while another sheet holds its table (renamed by
 * someone, `movedBidangSheets`: the tops of the other sheets in read 2, the whole of
 * those with a Bidang sheet's headers in read 3) is not created empty: the report says
 * where it is, and with `adopt` the next run renames it back and completes it.
 */
export const setupTemplate: Action<SetupTemplateOptions, TemplateReport> = {
  reads: [
    () => ({
      sheetList: true,
      names: true,
      sheets: [
        ...FIXED_SHEETS.map((sheet) => ({ sheet, load: "values" as const })),
        // Its program totals are formulas the template may write again: read what the cells hold.
        { sheet: SHEET.anggaran, load: "formulas" as const },
      ],
    }),
    (first, options) => {
      const bidang = bidangSheetsToRead(
        templateSnapshot(first),
        options.catalog ?? defaultCatalog,
        planOptions(options),
      );
      // A renamed Bidang sheet is looked for only in a workbook the template already set up.
      const snapshot = templateSnapshot(first);
      const setUp = [snapshot.meta, snapshot.pengaturan, snapshot.katalog].some((g) => g && g.length > 0);
      const tops = setUp ? movedHeaderRead(first, catalogOf(first, options)) : [];
      return {
        sheets: [
          ...bidang.map((sheet) => ({ sheet, load: "formulas" as const })),
          ...tops.map((sheet) => ({ sheet, address: HEADER_BLOCK, load: "formulas" as const })),
        ],
      };
    },
    (soFar, options) => {
      const bidang = new Set(
        bidangSheetsToRead(
          templateSnapshot(soFar),
          options.catalog ?? defaultCatalog,
          planOptions(options),
        ).map((n) => n.toLowerCase()),
      );
      const sheets = withBidangHeaders(soFar, catalogOf(soFar, options)).filter(
        (n) => !bidang.has(n.toLowerCase()),
      );
      return { sheets: sheets.map((sheet) => ({ sheet, load: "formulas" as const })) };
    },
    // The quarter sheets of a large workbook, in two round trips of their own (5 MB responses).
    ...([1, 2] as const).map((half) => (soFar: WorkbookRead, options: SetupTemplateOptions) => ({
      sheets: triwulanSheetsToRead(
        templateSnapshot(soFar),
        options.catalog ?? defaultCatalog,
        planOptions(options),
        half,
      ).map((sheet) => ({ sheet, load: "formulas" as const })),
    })),
  ],
  decide(read, options) {
    const catalog = catalogOf(read, options);
    const moved = movedBidangSheets(read, catalog);
    const adopted = (options.adopt ?? []).filter(
      (a) => moved.get(a.sheet.toLowerCase())?.toLowerCase() === a.from.toLowerCase(),
    );
    const elsewhere = Object.fromEntries(
      [...moved].filter(([lembar]) => !adopted.some((a) => a.sheet.toLowerCase() === lembar)),
    );
    const snapshot =
      catalog && adopted.length > 0
        ? adoptInSnapshot(templateSnapshot(read), adopted, catalog)
        : templateSnapshot(read);
    const { plan, report } = planTemplate(snapshot, options.catalog ?? defaultCatalog, {
      ...planOptions(options),
      elsewhere,
    });
    if (!report.applied) return { plan: null, report };
    const renames = adopted.map((a): SheetOperation => ({ kind: "rename", sheet: a.from, to: a.sheet }));
    const events: TemplateEvent[] = adopted.map((a) => ({
      kind: "sheetAdopted",
      sheet: a.sheet,
      from: a.from,
    }));
    return {
      plan: renames.length > 0 ? { ...plan, sheetOps: [...renames, ...(plan.sheetOps ?? [])] } : plan,
      report: events.length > 0 ? { ...report, events: [...events, ...report.events] } : report,
    };
  },
};

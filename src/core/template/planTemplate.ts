import type { Catalog } from "../catalog/catalogSchema";
import { defaultCatalog } from "../catalog/defaultCatalog";
import { PERMENDAGRI_86_2017 } from "../formulas/PredikatScale";
import type { Grid } from "../workbook/a1";
import type { SheetPlan, WorkbookPlan } from "../workbook/SheetPlan";
import { DESIMAL, SHEET, TEMPLATE_VERSION } from "../workbook/workbookLayout";
import { planBidangSheet, type BidangTarget } from "./planBidangSheet";
import { catalogToGrid, katalogInLayout, planKatalogSheet } from "./planKatalogSheet";
import { planPengaturanSheet } from "./planPengaturanSheet";
import { planAnggaranSheet } from "./planAnggaranSheet";
import { readAnggaran } from "../sheets/readAnggaran";
import { planPetunjukSheet } from "./planPetunjukSheet";
import { looksLikeTemplateSheet } from "./looksLikeTemplateSheet";
import { readBidangSheet, rowKey, type BidangRow, type BidangSheetContents } from "../sheets/readBidangSheet";
import { locateKatalog, readCatalogFromSheet, type CatalogFromSheet } from "./readCatalogFromSheet";
import { changesSince, settingsAddedSince, sheetsAddedSince } from "./TEMPLATE_CHANGES";
import { planTriwulanSheet } from "./planTriwulanSheet";
import { findTriwulanHeaderRow, readTriwulanSheet } from "../sheets/readTriwulanSheet";
import { TRIWULAN_LIST, TRIWULAN_SAME_READ_ROWS, triwulanSheetName } from "../workbook/triwulanLayout";
import {
  bidangRole,
  isTemplateRole,
  triwulanRole,
  planMetaSheet,
  readMeta,
  type MetaContents,
  type MetaSheetRecord,
  type TemplateRole,
} from "../sheets/ikuMeta";
import {
  defaultSettings,
  effectiveSettings,
  readPengaturan,
  skalaLabels,
  type PengaturanContents,
} from "../sheets/readPengaturan";
import { tahunPeriode } from "../sheets/renstraPeriod";
import { gridIsEmpty, SheetDirectory, type Ownership } from "./sheetOwnership";
import type { TemplateEvent, TemplateReport } from "./TemplateReport";
import { shownGrid, type SheetGrids } from "../workbook/WorkbookSnapshot";
import type { TemplateSnapshot } from "./TemplateSnapshot";

export interface TemplateOptions {
  /** The year "now" is, for the default tahun laporan; the clock's by default. */
  readonly currentYear?: number;
  /**
   * Missing Bidang sheets whose table is on another sheet (`lembar`, lower-case → that
   * sheet; see movedBidangSheets) and that the user did not ask to adopt: they are not
   * created empty beside their data; the report says where it is.
   */
  readonly elsewhere?: Readonly<Record<string, string>>;
}

export interface TemplateResult {
  readonly plan: WorkbookPlan;
  readonly report: TemplateReport;
}

/** What the first read tells: meta, ownership of the fixed sheets, the catalog in force. */
interface Context {
  readonly meta: MetaContents | null;
  readonly dir: SheetDirectory;
  readonly own: { readonly petunjuk: Ownership; readonly pengaturan: Ownership; readonly katalog: Ownership };
  readonly pengaturan: PengaturanContents;
  readonly settingsDefaults: ReturnType<typeof defaultSettings>;
  readonly catalog: CatalogFromSheet;
  /** The catalog tables used if Katalog IKU has to be (re)created. */
  readonly katalogExists: boolean;
}

type Blocked = { readonly blocked: readonly TemplateEvent[] };

function readContext(
  snapshot: TemplateSnapshot,
  defaults: Catalog,
  options: TemplateOptions,
): Context | Blocked {
  const meta = gridIsEmpty(snapshot.meta) ? null : readMeta(snapshot.meta ?? []);
  if (meta && meta.version === null)
    return { blocked: [{ kind: "foreignSheet", sheet: SHEET.meta, role: "meta" }] };
  if (meta && meta.version !== null && meta.version > TEMPLATE_VERSION) {
    return { blocked: [{ kind: "newerTemplate", found: meta.version, supported: TEMPLATE_VERSION }] };
  }
  const dir = new SheetDirectory(snapshot.sheets, meta);
  const own = {
    petunjuk: dir.ownership(SHEET.petunjuk, snapshot.petunjuk, looksLikeTemplateSheet.petunjuk),
    pengaturan: dir.ownership(SHEET.pengaturan, snapshot.pengaturan, looksLikeTemplateSheet.pengaturan),
    katalog: dir.ownership(SHEET.katalog, snapshot.katalog, looksLikeTemplateSheet.katalog),
  };
  // Without its own Pengaturan and Katalog IKU the template has no settings or catalog to
  // stand on: stop rather than guess.
  const blocked: TemplateEvent[] = [];
  if (own.pengaturan.status === "foreign")
    blocked.push({ kind: "foreignSheet", sheet: own.pengaturan.sheet.name, role: "pengaturan" });
  if (own.katalog.status === "foreign")
    blocked.push({ kind: "foreignSheet", sheet: own.katalog.sheet.name, role: "katalog" });
  if (blocked.length > 0) return { blocked };

  const pengaturan = readPengaturan(own.pengaturan.status === "ours" ? snapshot.pengaturan : null);
  const settingsDefaults = defaultSettings(defaults, options.currentYear ?? new Date().getFullYear());
  const eff = effectiveSettings(pengaturan, settingsDefaults);
  const settings = { instansi: eff.instansi, tahunAwal: eff.tahunAwal, tahunAkhir: eff.tahunAkhir };
  const katalogExists = own.katalog.status === "ours" && !gridIsEmpty(snapshot.katalog);
  const catalog = readCatalogFromSheet(
    katalogExists ? (snapshot.katalog ?? []) : catalogToGrid(defaults),
    settings,
  );
  return { meta, dir, own, pengaturan, settingsDefaults, catalog, katalogExists };
}

/** Quarter sheets recorded in IKU_Meta that still exist. */
function recordedTriwulan(ctx: Context): MetaSheetRecord[] {
  return (ctx.meta?.sheets ?? []).filter(
    (s) => s.role.startsWith("triwulan:") && ctx.dir.find(s.name) !== undefined,
  );
}

/** Bidang sheets recorded in IKU_Meta that still exist, by role. */
function recordedBidang(ctx: Context): MetaSheetRecord[] {
  return (ctx.meta?.sheets ?? []).filter(
    (s) => s.role.startsWith("bidang:") && ctx.dir.find(s.name) !== undefined,
  );
}

/** The quarter sheets that exist, spelled as in the workbook. */
function existingTriwulan(ctx: Context): string[] {
  return TRIWULAN_LIST.map((tw) => ctx.dir.find(triwulanSheetName(tw))?.name).filter(
    (n): n is string => n !== undefined,
  );
}

/** Whether the quarter sheets are small enough to come with the Bidang sheets (see TRIWULAN_SAME_READ_ROWS). */
function triwulanWithBidang(catalog: Catalog): boolean {
  return catalog.indikator.length * tahunPeriode(catalog.periode).length <= TRIWULAN_SAME_READ_ROWS;
}

/**
 * The quarter sheets a later read must bring (their formulas): none when they came with
 * the Bidang sheets (`bidangSheetsToRead`) or do not exist. A large workbook's come in two
 * reads, TW 1–2 (`half` 1) then TW 3–4 (`half` 2): at 1,700 indicators all four are about
 * 6 MB of formulas, over Excel on the web's 5 MB response.
 */
export function triwulanSheetsToRead(
  snapshot: TemplateSnapshot,
  defaults: Catalog = defaultCatalog,
  options: TemplateOptions = {},
  half: 1 | 2 = 1,
): string[] {
  const ctx = readContext(snapshot, defaults, options);
  if ("blocked" in ctx || !ctx.catalog.success || triwulanWithBidang(ctx.catalog.data)) return [];
  return TRIWULAN_LIST.filter((tw) => (half === 1 ? tw <= 2 : tw > 2))
    .map((tw) => ctx.dir.find(triwulanSheetName(tw))?.name)
    .filter((n): n is string => n !== undefined);
}

/** The catalog the template works with (Katalog IKU, or the default for a new one); null when unreadable. */
export function catalogInForce(
  snapshot: TemplateSnapshot,
  defaults: Catalog = defaultCatalog,
  options: TemplateOptions = {},
): Catalog | null {
  const ctx = readContext(snapshot, defaults, options);
  return "blocked" in ctx || !ctx.catalog.success ? null : ctx.catalog.data;
}

/**
 * The sheets the second read must bring (their used ranges' formulas): every existing
 * sheet the catalog names for a Bidang, and every Bidang sheet IKU_Meta records (an older
 * `lembar` whose rows move to the new one). Names are spelled as in the workbook.
 */
export function bidangSheetsToRead(
  snapshot: TemplateSnapshot,
  defaults: Catalog = defaultCatalog,
  options: TemplateOptions = {},
): string[] {
  const ctx = readContext(snapshot, defaults, options);
  if ("blocked" in ctx || !ctx.catalog.success) return [];
  const names = [
    ...ctx.catalog.data.bidang.map((b) => ctx.dir.find(b.lembar)?.name),
    ...recordedBidang(ctx).map((s) => ctx.dir.find(s.name)?.name),
    ...(triwulanWithBidang(ctx.catalog.data) ? existingTriwulan(ctx) : []),
  ].filter((n): n is string => n !== undefined);
  return [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
}

/**
 * The whole "Siapkan Template IKU" decision: from what the workbook holds to what to write,
 * and a report of it. Pure: the same snapshot gives the same plan.
 *
 * Ownership: a sheet is ours when IKU_Meta records it (same worksheet id when known).
 * A sheet bearing one of our names that is not recorded is foreign and never written
 * to, unless it is empty or IKU_Meta itself is gone and the sheet bears our headers
 * (someone deleted the hidden sheet: the workbook is plainly ours, so it is re-recorded).
 * A foreign Pengaturan or Katalog IKU stops the run; a foreign Bidang sheet costs only
 * that Bidang its sheet.
 *
 * Bidang rows are keyed by (Kode, Tahun): see `planBidangSheet` for how inputs are kept.
 */
export function planTemplate(
  snapshot: TemplateSnapshot,
  defaults: Catalog = defaultCatalog,
  options: TemplateOptions = {},
): TemplateResult {
  const firstRun =
    gridIsEmpty(snapshot.meta) && gridIsEmpty(snapshot.pengaturan) && gridIsEmpty(snapshot.katalog);
  const ctx = readContext(snapshot, defaults, options);
  if ("blocked" in ctx) {
    return {
      plan: { sheets: [], names: [] },
      report: { templateVersion: TEMPLATE_VERSION, firstRun, applied: false, events: ctx.blocked },
    };
  }
  const { meta, dir, own } = ctx;
  const events: TemplateEvent[] = [];
  const sheets: SheetPlan[] = [];
  const records: MetaSheetRecord[] = [];

  if (meta === null && !firstRun) events.push({ kind: "metaRestored" });
  // The version the workbook was made by, when it is older than ours: the upgrade explains
  // the sheets' rebuilt layouts, so their restorations are not reported besides it.
  const upgradingFrom = meta?.version != null && meta.version < TEMPLATE_VERSION ? meta.version : null;
  if (upgradingFrom !== null)
    events.push({
      kind: "upgraded",
      from: upgradingFrom,
      to: TEMPLATE_VERSION,
      changes: changesSince(upgradingFrom),
    });

  // Reports a created or restored sheet and records it as ours. A sheet the upgrade's
  // "sheetsAdded" already announces is not reported created again (`announceCreated`).
  const adopt: Adopt = (name, role, o, grid, announceCreated = true) => {
    if (o.status === "missing") {
      if (o.recorded) events.push({ kind: "sheetRestored", sheet: name, role });
      else if (announceCreated) events.push({ kind: "sheetCreated", sheet: name, role });
    } else if (!o.recorded && gridIsEmpty(grid) && announceCreated)
      events.push({ kind: "sheetCreated", sheet: o.sheet.name, role });
    const id = o.status === "missing" ? undefined : o.sheet.id;
    records.push({
      name: o.status === "missing" ? name : o.sheet.name,
      role,
      ...(id === undefined ? {} : { id }),
    });
    return o.status === "missing" ? "create" : "update";
  };

  const catalog = ctx.catalog.success ? ctx.catalog.data : null;
  if (!ctx.catalog.success) {
    // A bad Renstra period is Pengaturan's problem, not the catalog's: said as such.
    const inPengaturan = ctx.catalog.issues.filter((i) => i.sheet === SHEET.pengaturan);
    const inKatalog = ctx.catalog.issues.filter((i) => i.sheet !== SHEET.pengaturan);
    if (inPengaturan.length > 0) events.push({ kind: "periodInvalid", issues: inPengaturan });
    if (inKatalog.length > 0) events.push({ kind: "catalogInvalid", issues: inKatalog });
  }

  // Petunjuk
  if (own.petunjuk.status === "foreign")
    events.push({ kind: "foreignSheet", sheet: own.petunjuk.sheet.name, role: "petunjuk" });
  else {
    const mode = adopt(SHEET.petunjuk, "petunjuk", own.petunjuk, snapshot.petunjuk);
    sheets.push(planPetunjukSheet(catalog, mode === "create" ? "create" : "replace"));
  }

  // Pengaturan
  const pengaturanMode = adopt(SHEET.pengaturan, "pengaturan", own.pengaturan, snapshot.pengaturan);
  const period = catalog ?? defaults;
  const pengaturan = planPengaturanSheet(
    {
      contents: ctx.pengaturan,
      defaults: ctx.settingsDefaults,
      years: tahunPeriode(period.periode),
      scale: PERMENDAGRI_86_2017,
      existingNames: snapshot.names,
    },
    pengaturanMode,
  );
  sheets.push(pengaturan.plan);
  const pengaturanKept = own.pengaturan.status === "ours" && !gridIsEmpty(snapshot.pengaturan);
  // Settings an upgrade adds are the upgrade's news, not "filled in".
  const added = new Set<string>(upgradingFrom === null ? [] : settingsAddedSince(upgradingFrom));
  const filled = pengaturan.filled.filter((k) => !added.has(k));
  if (pengaturanKept && filled.length > 0) events.push({ kind: "settingsFilled", settings: filled });
  if (pengaturanKept && !ctx.pengaturan.inLayout && upgradingFrom === null)
    events.push({
      kind: "headerRestored",
      sheet: own.pengaturan.status === "ours" ? own.pengaturan.sheet.name : SHEET.pengaturan,
    });

  // Katalog IKU
  adopt(SHEET.katalog, "katalog", own.katalog, snapshot.katalog);
  const katalogFound =
    ctx.katalogExists && snapshot.katalog
      ? { grid: snapshot.katalog, layout: locateKatalog(snapshot.katalog) }
      : null;
  sheets.push(
    planKatalogSheet({
      seed: ctx.katalogExists ? null : defaults,
      usedRows: snapshot.katalog?.length ?? 0,
      found: katalogFound,
    }),
  );
  if (katalogFound && !katalogInLayout(katalogFound.layout) && upgradingFrom === null)
    events.push({
      kind: "headerRestored",
      sheet: own.katalog.status === "ours" ? own.katalog.sheet.name : SHEET.katalog,
    });

  // The sheets the upgrade's "sheetsAdded" already announces: not reported again one by one.
  const addedByUpgrade = new Set<string>(upgradingFrom === null ? [] : sheetsAddedSince(upgradingFrom));

  // Anggaran (template version 4): staff's rows are never touched, only ours around them.
  const anggaranOwn = dir.ownership(SHEET.anggaran, snapshot.anggaran, looksLikeTemplateSheet.anggaran);
  let anggaranOrder: string[] = [];
  if (anggaranOwn.status === "foreign")
    events.push({ kind: "foreignSheet", sheet: anggaranOwn.sheet.name, role: "anggaran" });
  else {
    // An upgrade from before version 4 says it adds the sheet (TEMPLATE_CHANGES): once is enough.
    const mode = adopt(
      SHEET.anggaran,
      "anggaran",
      anggaranOwn,
      snapshot.anggaran,
      !addedByUpgrade.has(SHEET.anggaran),
    );
    const contents = mode === "update" && snapshot.anggaran ? readAnggaran(snapshot.anggaran) : null;
    const plan = planAnggaranSheet({ mode, contents });
    sheets.push(anggaranOwn.status === "ours" ? { ...plan, name: anggaranOwn.sheet.name } : plan);
    anggaranOrder = [SHEET.anggaran];
  }

  // Bidang sheets
  const bidangOrder: string[] = [];
  if (catalog)
    bidangOrder.push(
      ...planBidang(
        snapshot,
        ctx,
        catalog,
        events,
        sheets,
        records,
        adopt,
        upgradingFrom !== null,
        options.elsewhere ?? {},
      ),
    );
  else {
    // Without a readable catalog the Bidang sheets are left alone; keep their records.
    records.push(...recordedBidang(ctx).map((r) => withCurrentId(r, dir)));
  }

  // Quarter sheets (version 3): after the Bidang sheets.
  if (catalog)
    bidangOrder.push(
      ...planTriwulan(
        snapshot,
        ctx,
        catalog,
        events,
        sheets,
        adopt,
        TRIWULAN_LIST.every((tw) => addedByUpgrade.has(triwulanSheetName(tw))),
      ),
    );
  else records.push(...recordedTriwulan(ctx).map((r) => withCurrentId(r, dir)));

  // Records other features keep (LAKIP sheets, …) stay as they are.
  const others = (meta?.sheets ?? []).filter((s) => !isTemplateRole(s.role));
  sheets.push(
    planMetaSheet({
      mode: snapshot.meta === null ? "create" : "update",
      previous: meta,
      sheets: [...records, ...others],
      previousRows: snapshot.meta?.length ?? 0,
    }),
  );

  const firstIssue = ctx.catalog.success ? undefined : ctx.catalog.issues[0];
  const plan: WorkbookPlan = {
    sheets,
    names: pengaturan.names,
    ...(firstRun
      ? {
          order: [
            ...(own.petunjuk.status === "foreign" ? [] : [SHEET.petunjuk]),
            SHEET.pengaturan,
            SHEET.katalog,
            ...bidangOrder,
            ...anggaranOrder,
          ],
        }
      : {}),
    ...(firstIssue
      ? { select: { sheet: firstIssue.sheet, address: firstIssue.address } }
      : firstRun && own.petunjuk.status !== "foreign"
        ? { select: { sheet: SHEET.petunjuk, address: "A1" } }
        : {}),
  };
  return { plan, report: { templateVersion: TEMPLATE_VERSION, firstRun, applied: true, events } };
}

/** `adopt` in planTemplate: reports a sheet created or restored, records it, says how to plan it. */
type Adopt = (
  name: string,
  role: TemplateRole,
  o: Ownership,
  grid: Grid | null | undefined,
  announceCreated?: boolean,
) => "create" | "update";

/** The decimals the Bidang sheets show figures with: the setting when it is one, else the default. */
function formatDecimals(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value >= DESIMAL.min && value <= DESIMAL.max
    ? value
    : DESIMAL.bawaan;
}

const shownOf = (grids: SheetGrids | undefined): Grid | undefined => (grids ? shownGrid(grids) : undefined);

function withCurrentId(record: MetaSheetRecord, dir: SheetDirectory): MetaSheetRecord {
  const id = dir.find(record.name)?.id ?? record.id;
  return {
    name: dir.find(record.name)?.name ?? record.name,
    role: record.role,
    ...(id === undefined ? {} : { id }),
  };
}

/**
 * The quarter sheets TW I … TW IV: created when missing, carried row by row (Kode, Tahun)
 * when ours, left alone when foreign. Created by an upgrade from before version 3, they are that
 * upgrade's news ("sheetsAdded"), not reported again one by one.
 */
function planTriwulan(
  snapshot: TemplateSnapshot,
  ctx: Context,
  catalog: Catalog,
  events: TemplateEvent[],
  sheets: SheetPlan[],
  adopt: Adopt,
  addedByUpgrade: boolean,
): string[] {
  const { dir } = ctx;
  const decimals = formatDecimals(effectiveSettings(ctx.pengaturan, ctx.settingsDefaults).desimal);
  const order: string[] = [];
  for (const tw of TRIWULAN_LIST) {
    const wanted = triwulanSheetName(tw);
    const actual = dir.find(wanted)?.name;
    const grids = actual === undefined ? undefined : snapshot.bidang[actual];
    if (actual !== undefined && !grids)
      throw new Error(`Lembar "${actual}" belum dibaca: panggil bidangSheetsToRead dahulu`);
    const o = dir.ownership(wanted, shownOf(grids), (g) => findTriwulanHeaderRow(g) !== null);
    if (o.status === "foreign") {
      events.push({ kind: "foreignSheet", sheet: o.sheet.name, role: triwulanRole(tw) });
      continue;
    }
    const name = o.status === "ours" ? o.sheet.name : wanted;
    // Created by the upgrade that adds them: its news, not reported one by one.
    adopt(
      name,
      triwulanRole(tw),
      o,
      o.status === "ours" ? shownOf(grids) : null,
      !(addedByUpgrade && o.status === "missing"),
    );
    const existing = o.status === "ours" && grids ? readTriwulanSheet(name, grids) : null;
    const { plan, events: sheetEvents } = planTriwulanSheet({
      tw,
      sheet: name,
      existing,
      indikator: catalog.indikator,
      years: tahunPeriode(catalog.periode),
      decimals,
    });
    sheets.push(plan);
    events.push(...sheetEvents);
    order.push(name);
  }
  return order;
}

function planBidang(
  snapshot: TemplateSnapshot,
  ctx: Context,
  catalog: Catalog,
  events: TemplateEvent[],
  sheets: SheetPlan[],
  records: MetaSheetRecord[],
  adopt: (
    name: string,
    role: TemplateRole,
    o: Ownership,
    grid: Grid | null | undefined,
  ) => "create" | "update",
  upgrading: boolean,
  elsewhere: Readonly<Record<string, string>>,
): string[] {
  const { dir } = ctx;
  const gridsOf = (name: string) => {
    const actual = dir.find(name)?.name;
    if (actual === undefined) return undefined;
    const grids = snapshot.bidang[actual];
    // Judging a sheet we did not read could take a stranger's sheet for ours.
    if (!grids) throw new Error(`Lembar "${actual}" belum dibaca: panggil bidangSheetsToRead dahulu`);
    return grids;
  };

  // Every existing Bidang sheet of ours is a source of rows, catalog-named or not.
  const sources = new Map<string, BidangSheetContents>();
  const planned = catalog.bidang
    .filter((bidang) => {
      const found = elsewhere[bidang.lembar.toLowerCase()];
      if (found === undefined || dir.find(bidang.lembar)) return true;
      // Its table is on another sheet: no empty duplicate; its record stays for the adoption.
      events.push({
        kind: "bidangSheetElsewhere",
        sheet: bidang.lembar,
        found,
        role: bidangRole(bidang.kode),
      });
      const record = ctx.meta?.sheets.find((r) => r.role === bidangRole(bidang.kode));
      if (record)
        records.push({ name: record.name, role: record.role, ...(record.id ? { id: record.id } : {}) });
      return false;
    })
    .map((bidang) => {
      const o = dir.ownership(bidang.lembar, shownOf(gridsOf(bidang.lembar)), looksLikeTemplateSheet.bidang);
      return { bidang, o };
    });
  for (const { bidang, o } of planned) {
    if (o.status === "foreign")
      events.push({ kind: "foreignSheet", sheet: o.sheet.name, role: bidangRole(bidang.kode) });
    if (o.status === "ours")
      sources.set(
        o.sheet.name.toLowerCase(),
        readBidangSheet(o.sheet.name, gridsOf(o.sheet.name) ?? { formulas: [] }),
      );
  }
  const plannedNames = new Set(
    planned.filter((p) => p.o.status !== "foreign").map((p) => p.bidang.lembar.toLowerCase()),
  );
  for (const record of recordedBidang(ctx)) {
    const name = dir.find(record.name)?.name ?? record.name;
    if (plannedNames.has(name.toLowerCase()) || sources.has(name.toLowerCase())) continue;
    const o = dir.ownership(name, shownOf(gridsOf(name)), looksLikeTemplateSheet.bidang);
    if (o.status !== "ours") continue;
    sources.set(name.toLowerCase(), readBidangSheet(name, gridsOf(name) ?? { formulas: [] }));
    events.push({ kind: "sheetNotInCatalog", sheet: name });
    records.push(withCurrentId(record, dir));
  }

  // Every row by key, the catalog's own sheet first, so a row stays where it is when it can.
  const byKey = new Map<string, BidangRow[]>();
  for (const contents of sources.values()) {
    for (const row of contents.rows) if (row.key) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  }
  const claimed = new Set<BidangRow>();
  const targetsBySheet = new Map<string, BidangTarget[]>();
  const yearsOf = tahunPeriode(catalog.periode);
  for (const { bidang, o } of planned) {
    if (o.status === "foreign") continue;
    const sheet = (o.status === "ours" ? o.sheet.name : bidang.lembar).toLowerCase();
    const targets: BidangTarget[] = [];
    for (const indikator of catalog.indikator.filter((i) => i.bidang === bidang.kode)) {
      for (const tahun of yearsOf) {
        const candidates = (byKey.get(rowKey(indikator.kode, tahun)) ?? []).filter((r) => !claimed.has(r));
        const source = candidates.find((r) => r.sheet.toLowerCase() === sheet) ?? candidates[0] ?? null;
        if (source) claimed.add(source);
        targets.push({ indikator, tahun, source });
      }
    }
    targetsBySheet.set(sheet, targets);
  }

  const labels = skalaLabels(ctx.pengaturan, PERMENDAGRI_86_2017);
  const decimals = formatDecimals(effectiveSettings(ctx.pengaturan, ctx.settingsDefaults).desimal);
  const order: string[] = [];
  for (const { bidang, o } of planned) {
    if (o.status === "foreign") continue;
    const name = o.status === "ours" ? o.sheet.name : bidang.lembar;
    adopt(name, bidangRole(bidang.kode), o, o.status === "ours" ? shownOf(gridsOf(name)) : null);
    const existing = sources.get(name.toLowerCase()) ?? null;
    const { plan, events: sheetEvents } = planBidangSheet({
      bidang,
      sheet: name,
      existing,
      targets: targetsBySheet.get(name.toLowerCase()) ?? [],
      kept: (existing?.rows ?? []).filter((r) => !claimed.has(r)),
      predikatLabels: labels,
      decimals,
      upgrading,
    });
    sheets.push(plan);
    events.push(...sheetEvents);
    order.push(name);
  }
  return order;
}

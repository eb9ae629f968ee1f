/*
 * The actions under fault injection, each on a workbook prepared as staff would have it.
 */
import { Workbook } from "@iku-lakip/excel-host";
import type { ActionOutcome } from "../../../src/core/actions/ActionOutcome";
import { generateLakip } from "../../../src/core/actions/generateLakip";
import { generateMonev } from "../../../src/core/actions/generateMonev";
import { generatePerjanjianKinerja } from "../../../src/core/actions/generatePerjanjianKinerja";
import { setupTemplate } from "../../../src/core/actions/setupTemplate";
import { validate } from "../../../src/core/actions/validate";
import { BIDANG, KATALOG } from "../../../src/core/workbook/workbookLayout";
import type { ExcelRun } from "../../../src/excel/ExcelRun";
import { runAction, type RunSettings } from "../../../src/excel/runAction";
import { smallCatalog } from "../../fixtures/smallCatalog";
import { asVersion1 } from "../../fixtures/v1/asVersion1";
import { addinCustomFunctions } from "../../support/addinCustomFunctions";
import { LakipWorkbook } from "../lakipWorkbook";
import { typeQuarter } from "../triwulanWorkbook";

interface Prepared {
  readonly wb: Workbook;
  readonly run: ExcelRun;
  tearDown(): void;
}

export interface Scenario {
  readonly name: string;
  /** Syncs that write (the last ones of the run): more than one when the write is split. */
  readonly writeSyncs: number;
  prepare(): Promise<Prepared>;
  act(run: ExcelRun, settings: RunSettings): Promise<ActionOutcome<unknown>>;
}

const NOW = new Date(2025, 0, 6, 8, 15);

/** The small catalog's workbook, set up by the template and filled in. */
async function filled(): Promise<LakipWorkbook> {
  return new LakipWorkbook(smallCatalog).setUp();
}

const prepared = (book: LakipWorkbook): Prepared => ({
  wb: book.workbook,
  run: book.run,
  tearDown: () => book.tearDown(),
});

const lakip = (run: ExcelRun, settings: RunSettings) =>
  runAction(generateLakip, { generatedAt: NOW }, run, settings);
const monev = (run: ExcelRun, settings: RunSettings) =>
  runAction(generateMonev, { triwulan: 2, generatedAt: NOW }, run, settings);
const pk = (run: ExcelRun, settings: RunSettings) => runAction(generatePerjanjianKinerja, {}, run, settings);
const template = (run: ExcelRun, settings: RunSettings) =>
  runAction(setupTemplate, { catalog: smallCatalog, currentYear: 2025 }, run, settings);

export const SCENARIOS: Readonly<Record<string, Scenario>> = {
  templateFirstRun: {
    name: "Siapkan Template IKU on a new workbook",
    writeSyncs: 1,
    prepare: () => {
      const wb = new Workbook({ customFunctions: addinCustomFunctions });
      const restore = wb.installGlobals();
      wb.write("Sheet1", "A1:B2", [
        ["Catatan", "milik staf"],
        [1, 2],
      ]);
      return Promise.resolve({ wb, run: (batch) => wb.run(batch), tearDown: restore });
    },
    act: template,
  },
  templateRepair: {
    name: "Siapkan Template IKU moving an indicator to another Bidang and restoring a formula",
    writeSyncs: 1,
    prepare: async () => {
      const book = await filled();
      // The second Linjamsos indicator moves to Rehsos: its five rows, inputs and all,
      // move; Linjamsos's trailing rows are emptied.
      const moved = smallCatalog.indikator[1]?.kode ?? "";
      const katalog = book.workbook.read("Katalog IKU").values;
      const row = katalog.findIndex((r) => r[0] === moved) + 1;
      book.workbook.write("Katalog IKU", `${KATALOG.indikator.bidang.col}${row}`, [["REHSOS"]], {
        force: true,
      });
      const rehsosRow = book.rowOf("Rehsos", smallCatalog.indikator[2]?.kode ?? "", 2024);
      book.workbook.write("Rehsos", `${BIDANG.columns.realisasi.col}${rehsosRow}`, [[""]], { force: true });
      return prepared(book);
    },
    act: template,
  },
  templateUpgrade: {
    name: "Siapkan Template IKU upgrading a filled version-1 workbook to the current version",
    writeSyncs: 1,
    prepare: async () => {
      const book = await filled();
      await asVersion1(book.workbook, smallCatalog);
      return prepared(book);
    },
    act: template,
  },
  validate: {
    name: "Validasi",
    writeSyncs: 0,
    prepare: async () => prepared(await filled()),
    act: (run, settings) => runAction(validate, {}, run, settings),
  },
  lakipNew: {
    name: "Buat Lembar LAKIP, a new report",
    writeSyncs: 1,
    prepare: async () => prepared(await filled()),
    act: lakip,
  },
  lakipReplace: {
    name: "Buat Lembar LAKIP replacing an unchanged report at its tab",
    writeSyncs: 1,
    prepare: async () => {
      const book = await filled();
      await lakip(book.run, { runId: "pertama" });
      book.workbook.write(
        "Linjamsos",
        `${BIDANG.columns.pembilang.col}${book.rowOf("Linjamsos", smallCatalog.indikator[0]?.kode ?? "", 2024)}`,
        [[46]],
      );
      return prepared(book);
    },
    act: lakip,
  },
  lakipKeepEdited: {
    name: "Buat Lembar LAKIP keeping an edited report under a new name",
    writeSyncs: 1,
    prepare: async () => {
      const book = await filled();
      await lakip(book.run, { runId: "pertama" });
      book.workbook.write("LAKIP 2024", "C9", [["Catatan kepala dinas"]], { force: true });
      return prepared(book);
    },
    act: lakip,
  },
  lakipSplit: {
    name: "Buat Lembar LAKIP written in parts (past the request limit)",
    writeSyncs: 2,
    // The full DSPM catalog, and a limit between the plan's skeleton (its formats and
    // calls without the cell values: about 106 kB by splitWorkbookPlan's estimate since
    // template version 4's sections) and the whole plan (about 132 kB): the cells go in a
    // second part.
    prepare: async () => prepared(await new LakipWorkbook().setUp()),
    act: (run, settings) => lakip(run, { ...settings, maxBatchBytes: 118_000 }),
  },
  monevReplace: {
    name: "Buat Lembar Monev replacing an unchanged Monev sheet at its tab",
    writeSyncs: 1,
    prepare: async () => {
      const book = await filled();
      const kode = smallCatalog.indikator[0]?.kode ?? "";
      typeQuarter(book, 1, kode, 2024, { pembilang: 3 });
      await monev(book.run, { runId: "pertama" });
      typeQuarter(book, 2, kode, 2024, { pembilang: 4 });
      return prepared(book);
    },
    act: monev,
  },
  pkReplace: {
    name: "Buat Perjanjian Kinerja replacing an unchanged PK sheet at its tab",
    writeSyncs: 1,
    prepare: async () => {
      const book = await filled();
      await pk(book.run, { runId: "pertama" });
      // A changed target: the new PK differs from the one it replaces.
      const kode = smallCatalog.indikator[0]?.kode ?? "";
      typeQuarter(book, 1, kode, 2024, { target: 5 });
      return prepared(book);
    },
    act: pk,
  },
  templateAdopt: {
    name: "Siapkan Template IKU adopting a renamed Bidang sheet",
    writeSyncs: 1,
    prepare: async () => {
      const book = await filled();
      await book.run(async (context) => {
        context.workbook.worksheets.getItem("Rehsos").name = "Rehsos Lama";
        await context.sync();
      });
      return prepared(book);
    },
    act: (run, settings) =>
      runAction(
        setupTemplate,
        { catalog: smallCatalog, currentYear: 2025, adopt: [{ sheet: "Rehsos", from: "Rehsos Lama" }] },
        run,
        settings,
      ),
  },
};

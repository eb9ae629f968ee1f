import * as functions from "../../src/functions/functions";
import { setupTemplate } from "../../src/excel/setupTemplate";
import { Workbook } from "../../src/preview/host";
import { bigCatalog } from "../fixtures/bigCatalog";
import { defaultCatalog } from "../../src/core/catalog/defaultCatalog";
it("measure", async () => {
  for (const n of (process.env.SIZES ?? "17,170,1700").split(",").map(Number)) {
    const catalog = n === 17 ? defaultCatalog : bigCatalog(n);
    const wb = new Workbook();
    const restore = wb.installGlobals();
    wb.registerCustomFunctions(functions);
    let t = Date.now();
    await setupTemplate((b) => wb.run(b), { catalog, currentYear: 2025 });
    const first = { ms: Date.now() - t, ...wb.stats() };
    wb.resetStats();
    t = Date.now();
    await setupTemplate((b) => wb.run(b), { catalog, currentYear: 2025 });
    const second = { ms: Date.now() - t, ...wb.stats() };
    console.log(n, "\nfirst", JSON.stringify(first), "\nsecond", JSON.stringify(second));
    restore();
  }
}, 600000);

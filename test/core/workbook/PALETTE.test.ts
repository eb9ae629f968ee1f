import { buildLakipSheet } from "../../../src/core/lakip/buildLakipSheet";
import { planTemplate } from "../../../src/core/template/planTemplate";
import { emptySnapshot } from "../../../src/core/template/TemplateSnapshot";
import { validateWorkbook } from "../../../src/core/validation/validateWorkbook";
import { bandColour, PALETTE } from "../../../src/core/workbook/PALETTE";
import { FixtureWorkbook } from "../validation/fixtureWorkbook";

describe("PALETTE: one set of colours for the template and the reports", () => {
  it("spreads any scale over the bands: best always green, worst always red", () => {
    const best = PALETTE.bands[0];
    const worst = PALETTE.bands[PALETTE.bands.length - 1];
    for (const bands of [2, 3, 5, 7]) {
      expect(bandColour(0, bands)).toEqual(best);
      expect(bandColour(bands - 1, bands)).toEqual(worst);
    }
    expect([0, 1, 2].map((i) => bandColour(i, 3))).toEqual([
      PALETTE.bands[0],
      PALETTE.bands[2],
      PALETTE.bands[4],
    ]);
  });

  it("colours a predikat the same on a Bidang sheet and in the LAKIP sheet", () => {
    const { plan } = planTemplate(emptySnapshot(), undefined, { currentYear: 2025 });
    const bidang = plan.sheets.find((s) => s.name === "Linjamsos");
    const data = validateWorkbook(new FixtureWorkbook().snapshot()).data;
    if (!bidang || !data) throw new Error("fixture");
    const lakip = buildLakipSheet(data, {
      tahun: 2024,
      generatedAt: "x",
      status: { galat: 0, peringatan: 0 },
    });
    const colours = (hs: readonly { text: string; fill: string; fontColor?: string }[] | undefined) =>
      new Map((hs ?? []).map((h) => [h.text, `${h.fill}/${h.fontColor ?? ""}`]));
    const inTemplate = colours(bidang.highlights);
    const inReport = colours(lakip.highlights);
    for (const label of ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"])
      expect(inReport.get(label)).toBe(inTemplate.get(label));
  });

  it("gives every sheet the add-in makes the same tab colour", () => {
    const { plan } = planTemplate(emptySnapshot(), undefined, { currentYear: 2025 });
    const data = validateWorkbook(new FixtureWorkbook().snapshot()).data;
    if (!data) throw new Error("fixture");
    const lakip = buildLakipSheet(data, {
      tahun: 2024,
      generatedAt: "x",
      status: { galat: 0, peringatan: 0 },
    });
    const tabs = new Set(
      [...plan.sheets, lakip].filter((s) => s.visibility === undefined).map((s) => s.tabColor),
    );
    expect([...tabs]).toEqual([PALETTE.tab]);
  });
});

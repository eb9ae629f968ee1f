import { composeReport } from "../../../../src/core/lakip/report/composeReport";
import { EMPTY_BLOCK, rect, type ReportBlock } from "../../../../src/core/lakip/report/ReportBlock";
import { tableBlock } from "../../../../src/core/lakip/report/ReportTable";
import { planValues } from "../../../../src/core/lakip/planValues";

interface Row {
  readonly group: string;
  readonly name: string;
  readonly value: number;
}

const ROWS: Row[] = [
  { group: "S1", name: "a", value: 1.5 },
  { group: "S1", name: "b", value: 2 },
  { group: "S2", name: "c", value: 3 },
];

const table = (title: string, extra: Partial<Parameters<typeof tableBlock<Row>>[0]> = {}): ReportBlock =>
  tableBlock<Row>({
    title,
    columns: [
      { key: "group", header: "Sasaran", width: 100, mergeRunsOf: (r) => r.group, value: (r) => r.group },
      { key: "name", header: "Nama", width: 50, wrap: true, value: (r) => r.name },
      { key: "value", header: "Nilai", width: 40, numberFormat: "0.00", center: true, value: (r) => r.value },
    ],
    rows: ROWS,
    ...extra,
  });

describe("composeReport: sections stacked into one sheet", () => {
  it("letters titled sections in order and leaves one blank row between sections", () => {
    const title: ReportBlock = {
      ...EMPTY_BLOCK,
      height: 2,
      cells: [{ row: 0, col: 0, values: [["T"], ["t"]] }],
    };
    const grid = planValues(composeReport([title, table("First"), table("Second")]));
    // title: rows 1–2, blank 3; First: title 4, header 5, data 6–8, blank 9; Second from 10.
    expect(grid.map((r) => r[0] ?? null)).toEqual([
      "T",
      "t",
      null,
      "A. First",
      "Sasaran",
      "S1",
      null,
      "S2",
      null,
      "B. Second",
      "Sasaran",
      "S1",
      null,
      "S2",
    ]);
  });

  it("adding a section in the middle re-letters the ones after it", () => {
    const grid = planValues(composeReport([table("First"), table("Inserted"), table("Second")]));
    expect(grid.map((r) => r[0]).filter((v) => typeof v === "string" && /^[A-Z]\. /.test(v))).toEqual([
      "A. First",
      "B. Inserted",
      "C. Second",
    ]);
  });

  it("merges a run of equal keys and writes its value once, null below (never a partial merge write)", () => {
    const plan = composeReport([table("First")]);
    expect(plan.merges).toEqual(["A3:A4"]);
    const body = plan.cells.find((c) => c.address === "A3");
    expect(body?.values.map((r) => r[0])).toEqual(["S1", null, "S2"]);
  });

  it("places formats, highlights and the print title row where the block landed", () => {
    const first = table("First");
    const second = table("Second", {
      printHeader: true,
      highlights: [{ from: "name", to: "value", text: "x", fill: "#FFFFFF" }],
    });
    const plan = composeReport([first, second]);
    // First takes rows 1–5 and a blank 6: Second's title is row 7, header 8, data 9–11.
    expect(plan.titleRows).toBe("$8:$8");
    expect(plan.highlights).toEqual([{ address: "B9:C11", text: "x", fill: "#FFFFFF" }]);
    expect(plan.formats.filter((f) => f.format.numberFormat === "0.00").map((f) => f.address)).toEqual([
      "C3:C5",
      "C9:C11",
    ]);
    expect(plan.formats.find((f) => f.address === "C9:C11")?.format).toEqual({
      numberFormat: "0.00",
      horizontal: "Center",
    });
  });

  it("gives each column the widest width any section asks for it", () => {
    const narrow: ReportBlock = { ...EMPTY_BLOCK, widths: [10, 300, undefined, 20] };
    expect(composeReport([table("First"), narrow]).columnWidths).toEqual([
      { column: "A", width: 100 },
      { column: "B", width: 300 },
      { column: "C", width: 40 },
      { column: "D", width: 20 },
    ]);
  });

  it("writes a table with no rows as its title and header only", () => {
    const plan = composeReport([tableBlock<Row>({ title: "Empty", columns: [], rows: [] })]);
    expect(planValues(plan)).toEqual([["A. Empty"], []]);
    expect(plan.merges).toEqual([]);
  });

  it("takes a table's first column from the table, its title staying in A", () => {
    const plan = composeReport([table("Beside", { firstColumn: 1 })]);
    expect(planValues(plan).slice(0, 2)).toEqual([["A. Beside"], [null, "Sasaran", "Nama", "Nilai"]]);
    expect(plan.merges).toEqual(["B3:B4"]);
  });

  it("writes a table's notes under it, inside its block, in small print, and stacks the next section below them", () => {
    const plan = composeReport([
      table("First", { notes: ["Catatan satu", "=bukan rumus"] }),
      table("Second"),
    ]);
    // First: title 1, header 2, data 3–5, notes 6–7, blank 8; Second's title on 9.
    expect(
      planValues(plan)
        .map((r) => r[0] ?? null)
        .slice(0, 9),
    ).toEqual(["A. First", "Sasaran", "S1", null, "S2", "Catatan satu", "'=bukan rumus", null, "B. Second"]);
    expect(plan.formats.find((f) => f.address === "A6:A7")?.format).toEqual({
      italic: true,
      fontColor: "#595959",
    });
  });

  it("moves charts with their block", () => {
    const chart: ReportBlock = {
      ...EMPTY_BLOCK,
      height: 3,
      charts: [{ type: "Line", title: "c", source: rect(0, 1, 2, 2), placeAt: rect(0, 3, 2, 5) }],
    };
    expect(composeReport([table("First"), chart]).charts).toEqual([
      { type: "Line", title: "c", source: "B7:C9", placeAt: "D7:F9" },
    ]);
  });
});

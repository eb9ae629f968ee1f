/*
 * Custom functions inside the host: arguments arrive as Excel passes them, a thrown
 * error becomes the cell's error, functions registered late bring formulas to life.
 * The functions here are small stand-ins; the add-in's own are tested in
 * test/functions/functionsInHost.test.ts.
 */
import { CustomFunctionsError, Workbook } from "../src";

/** Stand-ins shaped like an add-in's functions: percent and ratio, errors as Excel's. */
const fns = {
  persen: (pembilang: number | null, penyebut: number | null): number => {
    if (!penyebut) throw new CustomFunctionsError("#DIV/0!");
    return ((pembilang ?? 0) / penyebut) * 100;
  },
  rasio: (a: number | null, b: number | null): number => (a ?? 0) / (b ?? 1),
  /** Not a function: skipped, as a module's other exports are. */
  VERSION: 1,
};

describe("custom function arguments arrive as Excel passes them", () => {
  test("empty cells and omitted arguments are null, ranges are 2-D arrays, text is text", () => {
    const workbook = new Workbook();
    const describe = (...args: unknown[]) => JSON.stringify(args);
    workbook.registerCustomFunctions(
      { jenis: (a: unknown, b: unknown) => describe(a, b) },
      { namespace: "TEST" },
    );
    workbook.write("Sheet1", "A1:B2", [
      [1, "teks"],
      ["", true],
    ]);
    workbook.write("Sheet1", "D1:D4", [
      ["=TEST.JENIS(A2)"],
      ["=TEST.JENIS(A1:B2,B1)"],
      ["=TEST.JENIS(B2)"],
      ["=TEST.JENIS()"],
    ]);
    expect(workbook.read("Sheet1", "D1:D4").values).toEqual([
      ["[null,null]"],
      ['[[[1,"teks"],[null,true]],"teks"]'],
      ["[true,null]"],
      ["[null,null]"],
    ]);
  });

  test("a thrown plain Error becomes #VALUE! keeping its message", () => {
    const workbook = new Workbook({ customFunctions: { namespace: "IKU" } });
    workbook.registerCustomFunctions({
      gagal: () => {
        throw new Error("rusak");
      },
    });
    workbook.write("Sheet1", "A1", [["=IKU.GAGAL(1)"]]);
    expect(workbook.cellError("Sheet1", "A1")).toEqual({ value: "#VALUE!", message: "rusak" });
  });
});

test("functions registered after formulas, names and sheets exist bring those formulas to life", async () => {
  const workbook = new Workbook({ customFunctions: { namespace: "IKU" } });
  await workbook.run(async (context) => {
    const data = context.workbook.worksheets.add("Data");
    data.getRange("A1:B1").values = [[1, 4]];
    context.workbook.names.add("Pembilang", "=Data!$A$1");
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [
      ["=IKU.PERSEN(Pembilang,Data!B1)"],
    ];
    await context.sync();
  });
  expect(workbook.read("Sheet1", "A1").values).toEqual([["#NAME?"]]);
  workbook.registerCustomFunctions(fns);
  expect(workbook.read("Sheet1", "A1").values).toEqual([[25]]);
  workbook.write("Data", "A1", [[2]]);
  expect(workbook.read("Sheet1", "A1").values).toEqual([[50]]);
  expect(workbook.names().map((n) => n.formula)).toEqual(["=Data!$A$1"]);
});

describe("the namespace comes from the add-in", () => {
  test("registered ids carry the namespace, and only function-valued entries count", () => {
    const workbook = new Workbook({ customFunctions: { namespace: "Uji" } });
    expect(workbook.registerCustomFunctions(fns)).toEqual(["UJI.PERSEN", "UJI.RASIO"]);
    workbook.write("Sheet1", "A1", [["=UJI.PERSEN(1,4)"]]);
    expect(workbook.read("Sheet1", "A1").values).toEqual([[25]]);
  });

  test("functions given to the constructor are registered at once", () => {
    const workbook = new Workbook({ customFunctions: { namespace: "IKU", functions: fns } });
    workbook.write("Sheet1", "A1", [["=IKU.RASIO(30,12)"]]);
    expect(workbook.read("Sheet1", "A1").values).toEqual([[2.5]]);
  });

  test("without a namespace, registering is refused with a message saying how to give one", () => {
    const workbook = new Workbook();
    expect(() => workbook.registerCustomFunctions(fns)).toThrow(/customFunctions: \{ namespace/);
    expect(() => workbook.associate("PERSEN", fns.persen)).toThrow(/namespace/);
  });

  test("a matrix parameter receives a 2-D array even from one cell", () => {
    const workbook = new Workbook({
      customFunctions: {
        namespace: "T",
        functions: { bentuk: (a: unknown) => JSON.stringify(a) },
        matrixParameters: { BENTUK: [0] },
      },
    });
    workbook.write("Sheet1", "A1:B1", [[7, "=T.BENTUK(A1)"]]);
    expect(workbook.read("Sheet1", "B1").values).toEqual([["[[7]]"]]);
  });
});

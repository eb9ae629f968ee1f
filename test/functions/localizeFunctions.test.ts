// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeFunctions } = require("../../scripts/localizeFunctions.js") as {
  localizeFunctions: (
    json: string,
    translations: Record<
      string,
      { description: string; helpAnchor: string; parameters: Record<string, string> }
    >,
    helpPage: string,
  ) => string;
};

const generated = JSON.stringify({
  functions: [
    {
      id: "PERSEN",
      name: "PERSEN",
      description: "Persentase",
      helpUrl: "https://localhost:3000/help.html#persen",
      parameters: [
        { name: "pembilang", description: "Jumlah yang memenuhi", type: "any" },
        { name: "penyebut", description: "Jumlah keseluruhan", type: "any" },
      ],
      result: { type: "number" },
    },
  ],
});
const english = {
  PERSEN: {
    description: "Percentage",
    helpAnchor: "en-persen",
    parameters: { pembilang: "Numerator", penyebut: "Denominator" },
  },
};

describe("localizeFunctions", () => {
  it("translates descriptions and the help link, keeping ids, names, types and parameters", () => {
    const out = JSON.parse(localizeFunctions(generated, english, "https://host/iku/help.html")) as {
      functions: { id: string; name: string; description: string; helpUrl: string; parameters: object[] }[];
    };
    expect(out.functions[0]).toEqual({
      id: "PERSEN",
      name: "PERSEN",
      description: "Percentage",
      helpUrl: "https://host/iku/help.html#en-persen",
      parameters: [
        { name: "pembilang", description: "Numerator", type: "any" },
        { name: "penyebut", description: "Denominator", type: "any" },
      ],
      result: { type: "number" },
    });
  });

  it("fails a function or a parameter without a translation", () => {
    expect(() => localizeFunctions(generated, {}, "h")).toThrow("no translation for PERSEN");
    expect(() =>
      localizeFunctions(
        generated,
        { PERSEN: { ...english.PERSEN, parameters: { pembilang: "Numerator" } } },
        "h",
      ),
    ).toThrow("PERSEN: no translation for parameter penyebut");
  });

  it("fails a translation of a function or a parameter that no longer exists", () => {
    expect(() => localizeFunctions(generated, { ...english, RASIO: { ...english.PERSEN } }, "h")).toThrow(
      "a translation for RASIO, which is not a function",
    );
    expect(() =>
      localizeFunctions(
        generated,
        { PERSEN: { ...english.PERSEN, parameters: { ...english.PERSEN.parameters, batas: "Cap" } } },
        "h",
      ),
    ).toThrow("PERSEN: a translation for parameter batas, which it does not have");
  });
});

import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runInNewContext } from "vm";
import { makeCustomFunctionsStandIn } from "../support/customFunctionsStandIn";

// One production build for the whole file, into a folder of its own so it never races dist/.
const root = join(__dirname, "../..");
let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "iku-build-"));
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
    {
      cwd: root,
      env: { ...process.env, ADDIN_URL: "https://addin.example.go.id/iku/" },
      stdio: "pipe",
    },
  );
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the production build", () => {
  it("rewrites every localhost URL of the manifest to ADDIN_URL", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    const source = readFileSync(join(root, "manifest.xml"), "utf8");
    const count = source.split("https://localhost:3000").length - 1;
    expect(count).toBeGreaterThan(5);
    expect(manifest.split("https://addin.example.go.id/iku").length - 1).toBe(count);
    expect(manifest).toContain('DefaultValue="https://addin.example.go.id/iku/taskpane.html"');
  });

  it("writes functions.json with the four functions, Indonesian descriptions and optional parameters", () => {
    const meta = JSON.parse(readFileSync(join(out, "functions.json"), "utf8")) as {
      functions: {
        id: string;
        name: string;
        description: string;
        parameters: { name: string; optional?: boolean }[];
      }[];
    };
    expect(meta.functions.map((f) => f.id)).toEqual(["PERSEN", "RASIO", "CAPAIAN", "PREDIKAT"]);
    const byId = Object.fromEntries(meta.functions.map((f) => [f.id, f]));
    expect(byId["PERSEN"]!.description).toMatch(/^Persentase: pembilang dibagi penyebut/);
    expect(byId["CAPAIAN"]!.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["realisasi", false],
      ["target", false],
      ["polaritas", true],
      ["batas", true],
    ]);
    expect(byId["PREDIKAT"]!.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["capaian", false],
      ["skala", true],
    ]);
  });

  it("builds a functions.js that registers the four functions, which compute", () => {
    const code = readFileSync(join(out, "functions.js"), "utf8");
    const standIn = makeCustomFunctionsStandIn();
    runInNewContext(code, { CustomFunctions: standIn.global, self: {}, window: {} });
    expect([...standIn.associated.keys()]).toEqual(["PERSEN", "RASIO", "CAPAIAN", "PREDIKAT"]);
    expect(standIn.associated.get("PERSEN")!(1, 4)).toBe(25);
    expect(standIn.associated.get("PREDIKAT")!(90, null)).toBe("Tinggi");
    expect(() => standIn.associated.get("RASIO")!(1, 0)).toThrow(standIn.global.Error);
  });

  it("keeps the custom functions bundle small: no zod, no catalog", () => {
    const code = readFileSync(join(out, "functions.js"), "utf8");
    expect(code.length).toBeLessThan(20_000);
    expect(code).not.toContain("Bidang Perlindungan dan Jaminan Sosial");
  });

  it("ships neither the development host (packages/excel-host) nor HyperFormula in the add-in", () => {
    // A string the host always carries (its CustomFunctions shim's symbol): the check below
    // means something only while the host's source holds it.
    const marker = "@iku-lakip/excel-host.CustomFunctions";
    expect(readFileSync(join(root, "packages/excel-host/src/installGlobals.ts"), "utf8")).toContain(marker);
    for (const file of ["functions.js", "taskpane.js"]) {
      const code = readFileSync(join(out, file), "utf8");
      expect(code).not.toMatch(/hyperformula|HyperFormula/);
      expect(code).not.toContain(marker);
    }
    expect(readdirSync(out).filter((f) => f.startsWith("preview"))).toEqual([]);
  });
});

import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runInNewContext } from "vm";
import { gzipSync } from "zlib";
import { makeCustomFunctionsStandIn } from "../support/customFunctionsStandIn";
import { ACTION_CHUNK_GZIP_BUDGET, TASKPANE_GZIP_BUDGET } from "./bundleBudget";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/checkManifest.js") as {
  checkManifest: (xml: string, options: { root: string; base?: string }) => string[];
};

interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl?: string;
    parameters: {
      name: string;
      description: string;
      type: string;
      optional?: boolean;
      dimensionality?: string;
    }[];
    result: unknown;
  }[];
}

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

  it("writes a production manifest that passes the structural check: no AppDomain, no development comment", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(checkManifest(manifest, { root: out, base: "https://addin.example.go.id/iku" })).toEqual([]);
    expect(manifest).not.toContain("<AppDomain");
    expect(manifest).toMatch(
      /<!--[^]*Production manifest: every URL points at https:\/\/addin\.example\.go\.id\/iku/,
    );
    expect(manifest).not.toMatch(/development/i);
  });

  it("writes English function metadata carrying every function and parameter of the Indonesian one", () => {
    const id = JSON.parse(readFileSync(join(out, "functions.json"), "utf8")) as FunctionsMetadata;
    const en = JSON.parse(readFileSync(join(out, "functions-en-us.json"), "utf8")) as FunctionsMetadata;
    const shape = (m: FunctionsMetadata) =>
      m.functions.map((f) => ({
        id: f.id,
        name: f.name,
        result: f.result,
        parameters: f.parameters.map(({ description: _, ...rest }) => rest),
      }));
    expect(shape(en)).toEqual(shape(id));
    expect(en.functions.map((f) => f.id)).toEqual([
      "PERSEN",
      "RASIO",
      "CAPAIAN",
      "PREDIKAT",
      "KRITERIA",
      "SERAPAN",
      "EFISIENSI",
      "TAHUNAN",
    ]);
    for (const [i, f] of en.functions.entries()) {
      const indonesian = id.functions[i]!;
      expect(f.description).not.toBe(indonesian.description);
      expect(f.description.length).toBeGreaterThan(15);
      for (const [j, p] of f.parameters.entries()) {
        expect(p.description).not.toBe(indonesian.parameters[j]!.description);
        expect(p.description.length).toBeGreaterThan(5);
      }
    }
    expect(en.functions[0]!.description).toMatch(/^Percentage: numerator divided by denominator/);
  });

  it("links each function to its entry on the help page, which is built, in the right language", () => {
    const help = readFileSync(join(out, "help.html"), "utf8");
    for (const [file, anchor] of [
      ["functions.json", /^https:\/\/addin\.example\.go\.id\/iku\/help\.html#([a-z]+)$/],
      ["functions-en-us.json", /^https:\/\/addin\.example\.go\.id\/iku\/help\.html#(en-[a-z]+)$/],
    ] as const) {
      const meta = JSON.parse(readFileSync(join(out, file), "utf8")) as FunctionsMetadata;
      for (const f of meta.functions) {
        const target = anchor.exec(f.helpUrl ?? "")?.[1];
        expect(target).toBeDefined();
        // The built page is minified: attribute quotes may be gone.
        const at = new RegExp(`id="?${target}"?[\\s>]`).exec(help);
        expect(at).not.toBeNull();
        // The entry names the function it documents.
        expect(help.slice(at!.index, at!.index + 200)).toContain(`IKU.${f.name}(`);
      }
    }
  });

  it("points the manifest's English metadata override at the file it built", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).toContain(
      '<bt:Override Locale="en-US" Value="https://addin.example.go.id/iku/functions-en-us.json"/>',
    );
  });

  it("writes functions.json with the eight functions, Indonesian descriptions and optional parameters", () => {
    const meta = JSON.parse(readFileSync(join(out, "functions.json"), "utf8")) as {
      functions: {
        id: string;
        name: string;
        description: string;
        parameters: { name: string; optional?: boolean }[];
      }[];
    };
    // IKU.KRITERIA came with template version 2 (the Bidang sheets' Kriteria formula); IKU.TAHUNAN with 3 (the quarter sheets); IKU.SERAPAN and IKU.EFISIENSI with 4 (the Anggaran sheet).
    expect(meta.functions.map((f) => f.id)).toEqual([
      "PERSEN",
      "RASIO",
      "CAPAIAN",
      "PREDIKAT",
      "KRITERIA",
      "SERAPAN",
      "EFISIENSI",
      "TAHUNAN",
    ]);
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
    expect(byId["KRITERIA"]!.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["capaian", false],
      ["desimal", true],
    ]);
    expect(byId["TAHUNAN"]!.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["tw1", false],
      ["tw2", false],
      ["tw3", false],
      ["tw4", false],
      ["sifat", true],
    ]);
  });

  it("builds a functions.js that registers the eight functions, which compute", () => {
    const code = readFileSync(join(out, "functions.js"), "utf8");
    const standIn = makeCustomFunctionsStandIn();
    runInNewContext(code, { CustomFunctions: standIn.global, self: {}, window: {} });
    expect([...standIn.associated.keys()]).toEqual([
      "PERSEN",
      "RASIO",
      "CAPAIAN",
      "PREDIKAT",
      "KRITERIA",
      "SERAPAN",
      "EFISIENSI",
      "TAHUNAN",
    ]);
    expect(standIn.associated.get("PERSEN")!(1, 4)).toBe(25);
    expect(standIn.associated.get("PREDIKAT")!(90, null)).toBe("Tinggi");
    expect(standIn.associated.get("KRITERIA")!(100.004, 2)).toBe("Tercapai");
    // IKU.SERAPAN and IKU.EFISIENSI came with template version 4 (the Anggaran sheet).
    expect(standIn.associated.get("SERAPAN")!(450, 500)).toBe(90);
    expect(standIn.associated.get("EFISIENSI")!(100, 450, 500)).toBeCloseTo(10, 12);
    expect(standIn.associated.get("TAHUNAN")!(2, 3, null, 4, "kumulatif")).toBe(9);
    expect(() => standIn.associated.get("RASIO")!(1, 0)).toThrow(standIn.global.Error);
  });

  it("keeps the custom functions bundle small: no zod, no catalog", () => {
    const code = readFileSync(join(out, "functions.js"), "utf8");
    expect(code.length).toBeLessThan(20_000);
    expect(code).not.toContain("Bidang Perlindungan dan Jaminan Sosial");
  });

  it("keeps the task pane bundle within its budget of 50 KiB gzip, with zod's light form (zod/mini)", () => {
    const code = readFileSync(join(out, "taskpane.js"));
    const gzip = gzipSync(code).length;
    expect(gzip).toBeLessThanOrEqual(TASKPANE_GZIP_BUDGET);
    // The full zod build carries its JSON Schema generator and English locale; zod/mini does not.
    for (const file of readdirSync(out).filter((f) => f.endsWith(".js")))
      expect([
        file,
        /json-schema\.org|toJSONSchema|Too big/.test(readFileSync(join(out, file), "utf8")),
      ]).toEqual([file, false]);
  });

  it("loads the template planner, the report builder, the writer and each language's messages only when first needed, each within its budget", () => {
    const pane = readFileSync(join(out, "taskpane.js"), "utf8");
    const chunks = readdirSync(out)
      .filter((f) => f.endsWith(".js") && f !== "taskpane.js" && f !== "functions.js")
      .sort();
    expect(chunks).toEqual(["lakip.js", "messages-en.js", "messages-id.js", "template.js", "write.js"]);
    // Texts only each of them holds: the Petunjuk sheet's, the report's section title, the
    // executor's border edge (write.js: the executor, the plan splitter, preflight, journal
    // and recovery, loaded with the first write; Validasi writes nothing), and one sentence
    // of each message catalogue (the pane loads only the language it shows, after an action).
    const only = {
      "template.js": "Sel abu-abu tua: tidak berlaku",
      "lakip.js": "Pengukuran Kinerja Tahun",
      "write.js": "InsideHorizontal",
      "messages-id.js": "tekan Enter atau Esc, lalu coba lagi",
      "messages-en.js": "press Enter or Esc, then try again",
    };
    for (const [chunk, text] of Object.entries(only)) {
      const code = readFileSync(join(out, chunk));
      expect(code.toString()).toContain(text);
      expect(pane).not.toContain(text);
      expect([chunk, gzipSync(code).length <= ACTION_CHUNK_GZIP_BUDGET]).toEqual([chunk, true]);
    }
    // The plan splitter goes with the writer: the pane keeps only the runner's default size.
    const splitter = "bahkan tanpa isi sel";
    expect(readFileSync(join(out, "write.js"), "utf8")).toContain(splitter);
    expect(pane).not.toContain(splitter);
  });

  it("ships the pane's stylesheet without its comments", () => {
    const code = readFileSync(join(out, "taskpane.js"), "utf8");
    expect(code).toContain(".iku-pane{");
    expect(code).not.toContain("Fluent 2 look");
  });

  it("ships neither the development host (packages/excel-host) nor HyperFormula in the add-in", () => {
    // A string the host always carries (its CustomFunctions shim's symbol): the check below
    // means something only while the host's source holds it.
    const marker = "@iku-lakip/excel-host.CustomFunctions";
    expect(readFileSync(join(root, "packages/excel-host/src/installGlobals.ts"), "utf8")).toContain(marker);
    for (const file of readdirSync(out).filter((f) => f.endsWith(".js"))) {
      const code = readFileSync(join(out, file), "utf8");
      expect(code).not.toMatch(/hyperformula|HyperFormula/);
      expect(code).not.toContain(marker);
    }
    expect(readdirSync(out).filter((f) => f.startsWith("preview"))).toEqual([]);
  });
});

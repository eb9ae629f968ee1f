/*
 * The import boundaries of eslint.config.mjs, proved by linting small sources as if they
 * stood in each folder: the add-in (src/) cannot reach the development Excel host or
 * HyperFormula; the preview, tests and bench can; the host cannot reach the add-in.
 */
import { execFileSync } from "child_process";
import { join } from "path";

const root = join(__dirname, "../..");

interface Case {
  file: string;
  source: string;
}
interface Result extends Case {
  messages: string[];
}

const HOST = 'import { Workbook } from "@iku-lakip/excel-host";';
const HYPERFORMULA = 'import { HyperFormula } from "hyperformula";';
const INTO_PACKAGES = 'import { Workbook } from "../../packages/excel-host/src/Workbook";';

function lint(cases: Case[]): Result[] {
  const out = execFileSync(
    process.execPath,
    [join(__dirname, "lintImports.mjs"), root, JSON.stringify(cases)],
    { cwd: root, encoding: "utf8" },
  );
  return JSON.parse(out) as Result[];
}

/** The add-in's folders, the command line's two included. */
const ADDIN_DIRS = ["src/core", "src/excel", "src/functions", "src/taskpane", "src/xlsx", "src/cli"];

const cases: Case[] = [
  ...ADDIN_DIRS.flatMap((dir) =>
    [HOST, HYPERFORMULA, INTO_PACKAGES].map((source) => ({ file: `${dir}/fixture.ts`, source })),
  ),
  { file: "src/excel/fixture.ts", source: 'import { parseRange } from "../core";' },
  ...["preview", "test/excel", "bench"].map((dir) => ({ file: `${dir}/fixture.ts`, source: HOST })),
  {
    file: "packages/excel-host/src/fixture.ts",
    source: 'import * as fns from "../../../src/functions/functions";',
  },
  { file: "packages/excel-host/test/fixture.ts", source: 'import { persen } from "../../../src/core";' },
  { file: "packages/excel-host/src/model/fixture.ts", source: HYPERFORMULA },
  { file: "packages/excel-host/src/model/fixture.ts", source: 'import { parseAddress } from "../address";' },
];

describe("the import boundaries hold", () => {
  let results: Result[];
  beforeAll(() => {
    results = lint(cases);
  }, 60_000);
  const messagesFor = (file: string, source: string) =>
    results.find((r) => r.file === file && r.source === source)?.messages;

  test.each(ADDIN_DIRS.flatMap((dir) => [HOST, HYPERFORMULA, INTO_PACKAGES].map((source) => [dir, source])))(
    "%s cannot import: %s",
    (dir, source) => {
      const messages = messagesFor(`${dir}/fixture.ts`, source);
      expect(messages).toHaveLength(1);
      expect(messages?.[0]).toMatch(/^no-restricted-imports: .* The add-in \(src\/\) never imports/);
    },
  );

  test("the add-in's own modules stay importable", () => {
    expect(messagesFor("src/excel/fixture.ts", 'import { parseRange } from "../core";')).toEqual([]);
  });

  test.each(["preview", "test/excel", "bench"])("%s may import the host", (dir) => {
    expect(messagesFor(`${dir}/fixture.ts`, HOST)).toEqual([]);
  });

  test("the host package cannot reach into the add-in, from its sources or its tests", () => {
    for (const file of ["packages/excel-host/src/fixture.ts", "packages/excel-host/test/fixture.ts"]) {
      const result = results.find((r) => r.file === file);
      expect(result?.messages).toEqual([
        expect.stringMatching(/packages\/excel-host imports nothing outside/),
      ]);
    }
  });

  test("the host package uses HyperFormula and its own modules freely", () => {
    expect(messagesFor("packages/excel-host/src/model/fixture.ts", HYPERFORMULA)).toEqual([]);
    expect(
      messagesFor("packages/excel-host/src/model/fixture.ts", 'import { parseAddress } from "../address";'),
    ).toEqual([]);
  });
});

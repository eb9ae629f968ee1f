import { execFileSync, spawnSync } from "child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/checkManifest.js") as {
  checkManifest: (xml: string, options: { root: string }) => string[];
};

const root = join(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const validator = join(root, "../shared/tools/validate-manifest");
const hasXmllint = spawnSync("sh", ["-c", "command -v xmllint"]).status === 0;

describe("the manifest", () => {
  // The schemas (2020) know <Runtimes> only through the patch in ../shared; the project's
  // own check below stays the authority for what they cannot express.
  (hasXmllint || process.env["CI"] ? it : it.skip)(
    "passes the offline XSD validation of ../shared/tools",
    () => {
      const output = execFileSync(validator, [join(root, "manifest.xml")], {
        encoding: "utf8",
        stdio: "pipe",
      });
      expect(output).toBe("");
    },
  );

  it("passes the project's structural check", () => {
    expect(checkManifest(manifest, { root })).toEqual([]);
  });

  it("declares custom functions in the IKU namespace and a shared runtime", () => {
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="IKU"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
  });
});

describe("the structural manifest check", () => {
  const broken = (from: string | RegExp, to: string) => {
    const xml = manifest.replace(from, to);
    expect(xml).not.toBe(manifest);
    return checkManifest(xml, { root });
  };

  it("fails a resid that resolves to nothing", () => {
    expect(broken('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>')).toContain(
      '<Label resid="Group.Missing"> does not resolve to a resource',
    );
  });

  it("fails a function file that is not the shared runtime's page", () => {
    expect(
      broken('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
    ).toContain(
      '<FunctionFile> resid "Functions.Script.Url" differs from the <Runtime> resid "Taskpane.Url"',
    );
  });

  it("fails a resid longer than 32 characters", () => {
    const problems = broken(/Group\.Label/g, "Group.Label.That.Is.Far.Too.Long.X");
    expect(problems.some((p) => p.includes("longer than 32 characters"))).toBe(true);
  });

  it("fails a short string over 125 and a long string over 250 characters", () => {
    expect(
      broken(
        'DefaultValue="IKU &amp; LAKIP"/>\n      </bt:ShortStrings>',
        `DefaultValue="${"x".repeat(126)}"/>\n      </bt:ShortStrings>`,
      ),
    ).toContain('string "TaskpaneButton.Label" is 126 characters, over 125');
    const long = broken(
      /(<bt:String id="TaskpaneButton.Tooltip" DefaultValue=")[^"]*/,
      `$1${"y".repeat(251)}`,
    );
    expect(long).toContain('string "TaskpaneButton.Tooltip" is 251 characters, over 250');
  });

  it("fails a URL that is not https", () => {
    expect(broken("https://localhost:3000/functions.json", "http://localhost:3000/functions.json")).toContain(
      'Functions.Metadata.Url: "http://localhost:3000/functions.json" is not https',
    );
  });

  it("fails an Id that is not a GUID", () => {
    expect(broken(/<Id>[^<]+<\/Id>/, "<Id>iku-addin</Id>")).toContain('<Id> "iku-addin" is not a GUID');
  });

  it("fails an icon whose file is missing or has another pixel size than declared", () => {
    expect(broken("assets/icon-80.png", "assets/icon-81.png")).toContain(
      "Icon.80x80: assets/icon-81.png does not exist",
    );
    expect(
      broken('bt:Image size="32" resid="Icon.32x32"', 'bt:Image size="32" resid="Icon.80x80"'),
    ).toContain("Icon.80x80: assets/icon-80.png is 80×80, declared 32×32");
  });

  it("fails a copy on disk through the command line", () => {
    const dir = mkdtempSync(join(tmpdir(), "iku-manifest-"));
    cpSync(join(root, "assets"), join(dir, "assets"), { recursive: true });
    const file = join(dir, "manifest.xml");
    writeFileSync(file, manifest.replace('<Label resid="Group.Label"/>', '<Label resid="Nope"/>'));
    const run = spawnSync(process.execPath, [join(root, "scripts/checkManifest.js"), file], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("does not resolve to a resource");
  });
});

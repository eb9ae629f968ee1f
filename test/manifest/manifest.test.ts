import { execFileSync, spawnSync } from "child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/checkManifest.js") as {
  checkManifest: (xml: string, options: { root: string; base?: string }) => string[];
};

const root = join(__dirname, "../..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const validator = join(root, "scripts/validate-manifest-xsd");
const hasXmllint = spawnSync("sh", ["-c", "command -v xmllint"]).status === 0;

describe("the manifest", () => {
  // The vendored schemas (2020, see test/fixtures/manifest-schemas/NOTE.md) know <Runtimes>
  // only through a local patch; the project's own check below stays the authority for what
  // they cannot express.
  (hasXmllint || process.env["CI"] ? it : it.skip)("passes the offline XSD validation", () => {
    const output = execFileSync(validator, [join(root, "manifest.xml")], { encoding: "utf8", stdio: "pipe" });
    expect(output).toBe("");
  });

  (hasXmllint || process.env["CI"] ? it : it.skip)(
    "fails the XSD validation when an element is misplaced",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "iku-xsd-"));
      const file = join(dir, "manifest.xml");
      writeFileSync(file, manifest.replace("<Permissions>ReadWriteDocument</Permissions>", ""));
      const run = spawnSync(validator, [file], { encoding: "utf8" });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain("fails to validate");
    },
  );

  it("passes the project's structural check", () => {
    expect(checkManifest(manifest, { root })).toEqual([]);
  });

  it("declares custom functions in the IKU namespace and a shared runtime", () => {
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="IKU"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
  });

  it("reads, through office-addin-manifest, as the add-in package.json describes", () => {
    // Microsoft's own manifest reader, run by Node itself: jest's module loader cannot
    // require the ES-module dependencies it has (uuid, strip-bom), Node 20 can.
    const read = spawnSync(
      process.execPath,
      [
        "-e",
        `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])
           .then((m) => process.stdout.write(JSON.stringify(m)))`,
        join(root, "manifest.xml"),
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(read.stderr).toBe("");
    const info = JSON.parse(read.stdout) as Record<string, unknown>;
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(info.version).toBe(`${pkg.version}.0`);
    expect(info.defaultLocale).toBe("id-ID");
    expect(info.displayName).toBe("IKU & LAKIP");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.supportUrl).toBe("https://localhost:3000/help.html");
    // The add-in's own origin needs no AppDomain (Microsoft's AppDomain reference).
    expect(info.appDomains).toEqual([]);
  });

  it("speaks English to an English (United States) Office: name, description, ribbon, help, functions", () => {
    const override = (el: string) =>
      new RegExp(`${el}[^]*?<(?:bt:)?Override Locale="en-US" Value="([^"]+)"`).exec(manifest)?.[1];
    expect(override('<DisplayName DefaultValue="IKU &amp; LAKIP">')).toBe("IKU &amp; LAKIP");
    expect(override("<Description ")).toMatch(/^Sets up a key performance indicator/);
    expect(override('<bt:String id="TaskpaneButton.Tooltip"')).toMatch(/^Open the IKU &amp; LAKIP pane/);
    expect(override('<bt:String id="GetStarted.Description"')).toMatch(/^Go to the Home tab/);
    expect(override('<bt:Url id="Functions.Metadata.Url"')).toBe(
      "https://localhost:3000/functions-en-us.json",
    );
    expect(override("<SupportUrl ")).toBe("https://localhost:3000/help.html#en");
  });
});

describe("the structural manifest check", () => {
  const broken = (from: string | RegExp, to: string, base?: string) => {
    const xml = manifest.replace(from, to);
    expect(xml).not.toBe(manifest);
    return checkManifest(xml, base === undefined ? { root } : { root, base });
  };
  const appDomain = (value: string) =>
    broken(
      "  <Hosts>\n",
      `  <AppDomains>\n    <AppDomain>${value}</AppDomain>\n  </AppDomains>\n  <Hosts>\n`,
    );

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

  it("fails a short string over 125 and a long string over 250 characters, overrides included", () => {
    expect(
      broken(
        '<bt:String id="TaskpaneButton.Label" DefaultValue="IKU &amp; LAKIP">',
        `<bt:String id="TaskpaneButton.Label" DefaultValue="${"x".repeat(126)}">`,
      ),
    ).toContain('string "TaskpaneButton.Label" is 126 characters, over 125');
    const long = broken(
      /(<bt:String id="TaskpaneButton.Tooltip" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US" Value=")[^"]*/,
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

  it("fails an AppDomain with a path, a trailing slash or a wildcard: AppDomains take an origin", () => {
    expect(appDomain("https://addin.example.go.id/iku")).toContain(
      '<AppDomain> "https://addin.example.go.id/iku" is not an origin (scheme://host[:port], no path, no trailing slash, no wildcard)',
    );
    expect(appDomain("https://addin.example.go.id/").some((p) => p.includes("is not an origin"))).toBe(true);
    expect(appDomain("https://*.example.go.id").some((p) => p.includes("is not an origin"))).toBe(true);
    expect(appDomain("https://login.example.go.id")).toEqual([]);
  });

  it("fails an AppDomain that is the add-in's own origin, which needs none", () => {
    expect(appDomain("https://localhost:3000")).toContain(
      '<AppDomain> "https://localhost:3000" is the add-in\'s own origin, which needs no AppDomain',
    );
  });

  it("fails a production manifest whose comment calls it a development one", () => {
    const production = manifest.split("https://localhost:3000").join("https://addin.example.go.id/iku");
    const problems = checkManifest(production, { root, base: "https://addin.example.go.id/iku" });
    expect(problems).toContain(
      "a manifest served from https://addin.example.go.id/iku has a comment calling it a development manifest",
    );
    const honest = production.replace(/<!--[^]*?-->/, "<!-- Production manifest. -->");
    // Icons live under the production URL now; their files are still the repository's assets.
    expect(checkManifest(honest, { root, base: "https://addin.example.go.id/iku" })).toEqual([]);
  });

  it("fails a URL outside the add-in's base", () => {
    expect(
      broken("https://localhost:3000/functions.js", "https://elsewhere.example.go.id/functions.js"),
    ).toContain(
      'Functions.Script.Url: "https://elsewhere.example.go.id/functions.js" is not under https://localhost:3000/',
    );
  });

  it("fails a text without the English override the others carry, or an override of the default locale", () => {
    expect(
      broken(
        /(<bt:String id="Group.Label" DefaultValue="[^"]*")>\s*<bt:Override[^>]*\/>\s*<\/bt:String>/,
        "$1/>",
      ),
    ).toContain('string "Group.Label" has no en-us override');
    expect(
      broken('<Override Locale="en-US" Value="IKU &amp; LAKIP"/>', '<Override Locale="id-ID" Value="IKU"/>'),
    ).toEqual(
      expect.arrayContaining([
        "an override for the default locale id-id",
        "<DisplayName> has no en-us override",
      ]),
    );
  });

  it("fails a localized custom functions namespace", () => {
    expect(
      broken(
        '<bt:String id="Functions.Namespace" DefaultValue="IKU"/>',
        '<bt:String id="Functions.Namespace" DefaultValue="IKU"><bt:Override Locale="en-US" Value="KPI"/></bt:String>',
      ),
    ).toContain('string "Functions.Namespace" is the custom functions namespace and must not be localized');
  });

  it("fails a SupportUrl or LearnMoreUrl that is not the help page", () => {
    expect(
      broken(
        '<SupportUrl DefaultValue="https://localhost:3000/help.html">',
        '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html">',
      ),
    ).toContain('<SupportUrl> "https://localhost:3000/taskpane.html" is not the help page');
    expect(
      broken(
        '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help.html">',
        '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/taskpane.html">',
      ),
    ).toContain('<LearnMoreUrl> "https://localhost:3000/taskpane.html" is not the help page');
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

// The project's own structural manifest check: what the XSD schemas cannot say.
// Usage: node scripts/checkManifest.js [manifest.xml] [base-url]   (exit 1 and one line per problem)
// base-url: where the add-in is served (default the development https://localhost:3000); icon
// files are looked up below the manifest's folder, as `npm run build` lays them out in dist/.
// Also required by test/manifest/manifest.test.ts and test/build/build.test.ts.
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEV_BASE = "https://localhost:3000";
/** Words a header comment uses for the development manifest (English and Indonesian). */
const DEVELOPMENT_WORDS = /\b(development|pengembangan)\b/i;

function all(doc, localName) {
  const out = [];
  const walk = (node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1) {
        if (localName === "*" || n.localName === localName) out.push(n);
        walk(n);
      }
    }
  };
  walk(doc);
  return out;
}

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
function pngSize(file) {
  const buf = fs.readFileSync(file);
  if (buf.length < 24 || buf.toString("ascii", 1, 4) !== "PNG") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/**
 * @param {string} xml the manifest's text
 * @param {{ root: string, base?: string }} options `root`: where the files the URLs point at live
 *   (`assets/…` below root); `base`: the URL the add-in is served from (default development).
 * @returns {string[]} problems, empty when the manifest is sound
 */
function checkManifest(xml, { root, base = DEV_BASE }) {
  base = base.replace(/\/+$/, "");
  const problems = [];
  const errors = [];
  const doc = new DOMParser({
    onError: (level, msg) => level !== "warning" && errors.push(msg),
  }).parseFromString(xml, "text/xml");
  if (errors.length > 0 || !doc.documentElement) return [`not well-formed XML: ${errors.join("; ")}`];

  const id = all(doc, "Id")[0]?.textContent?.trim() ?? "";
  if (!GUID.test(id)) problems.push(`<Id> "${id}" is not a GUID`);

  // Resources: id → { kind, value }.
  const resources = new Map();
  for (const kind of ["Image", "Url", "String"]) {
    for (const el of all(doc, kind)) {
      const rid = el.getAttribute("id");
      if (!rid) continue;
      const parent = el.parentNode?.localName;
      const k = kind === "String" ? (parent === "LongStrings" ? "long" : "short") : kind.toLowerCase();
      if (resources.has(rid)) problems.push(`resource id "${rid}" is declared twice`);
      resources.set(rid, { kind: k, value: el.getAttribute("DefaultValue") ?? "", el });
      if (rid.length > 32) problems.push(`resource id "${rid}" is longer than 32 characters`);
    }
  }

  // Every resid resolves.
  const residEls = all(doc, "*").filter((el) => el.hasAttribute && el.hasAttribute("resid"));
  for (const el of residEls) {
    const rid = el.getAttribute("resid");
    if (rid.length > 32) problems.push(`resid "${rid}" is longer than 32 characters`);
    if (!resources.has(rid)) problems.push(`<${el.localName} resid="${rid}"> does not resolve to a resource`);
  }

  // String lengths, overrides included.
  for (const [rid, res] of resources) {
    const limit = res.kind === "short" ? 125 : res.kind === "long" ? 250 : null;
    if (limit === null) continue;
    const values = [res.value, ...all(res.el, "Override").map((o) => o.getAttribute("Value") ?? "")];
    for (const v of values) {
      if (v.length > limit) problems.push(`string "${rid}" is ${v.length} characters, over ${limit}`);
    }
  }

  // Shared runtime: the runtime, the custom functions page, the function file and the
  // task pane must be the same page, or Office starts separate runtimes.
  const runtime = all(doc, "Runtime")[0];
  if (!runtime) {
    problems.push("no <Runtime>: custom functions and the task pane would not share a runtime");
  } else {
    const shared = runtime.getAttribute("resid");
    if (runtime.getAttribute("lifetime") !== "long") problems.push('<Runtime> lifetime must be "long"');
    const page = all(doc, "Page")[0] && all(all(doc, "Page")[0], "SourceLocation")[0];
    const ff = all(doc, "FunctionFile")[0];
    const actions = all(doc, "Action")
      .map((a) => all(a, "SourceLocation")[0])
      .filter(Boolean);
    for (const [what, el] of [
      ["custom functions <Page>", page],
      ["<FunctionFile>", ff],
      ...actions.map((a) => ["task pane <Action>", a]),
    ]) {
      const rid = el?.getAttribute("resid");
      if (rid !== shared)
        problems.push(`${what} resid "${rid ?? "(none)"}" differs from the <Runtime> resid "${shared}"`);
    }
  }

  // Every URL is https.
  const urls = [];
  for (const [rid, res] of resources)
    if (res.kind === "url" || res.kind === "image") urls.push([rid, res.value]);
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]) {
    for (const el of all(doc, name))
      if (el.hasAttribute("DefaultValue")) urls.push([name, el.getAttribute("DefaultValue")]);
  }
  for (const el of all(doc, "AppDomain")) urls.push(["AppDomain", el.textContent.trim()]);
  for (const [where, url] of urls)
    if (!/^https:\/\//.test(url)) problems.push(`${where}: "${url}" is not https`);

  // Icons exist with their declared pixel size.
  const icons = [];
  for (const el of all(doc, "Image")) {
    const size = el.getAttribute("size");
    const rid = el.getAttribute("resid");
    if (size && rid && resources.has(rid)) icons.push([rid, resources.get(rid).value, Number(size)]);
  }
  const iconUrl = all(doc, "IconUrl")[0]?.getAttribute("DefaultValue");
  if (iconUrl) icons.push(["IconUrl", iconUrl, 32]);
  const hiRes = all(doc, "HighResolutionIconUrl")[0]?.getAttribute("DefaultValue");
  if (hiRes) icons.push(["HighResolutionIconUrl", hiRes, 64]);
  const seen = new Set();
  for (const [where, url, size] of icons) {
    if (seen.has(`${where} ${size}`)) continue;
    seen.add(`${where} ${size}`);
    if (!url.startsWith(`${base}/`)) {
      problems.push(`${where}: "${url}" is not under ${base}/, so its file cannot be checked`);
      continue;
    }
    const file = path.join(root, url.slice(base.length + 1));
    if (!fs.existsSync(file)) {
      problems.push(`${where}: ${path.relative(root, file)} does not exist`);
      continue;
    }
    const dim = pngSize(file);
    if (!dim) problems.push(`${where}: ${path.relative(root, file)} is not a PNG`);
    else if (dim.width !== size || dim.height !== size) {
      problems.push(
        `${where}: ${path.relative(root, file)} is ${dim.width}×${dim.height}, declared ${size}×${size}`,
      );
    }
  }
  problems.push(...checkDomains(doc, urls, base));
  problems.push(...checkLocales(doc, resources));
  problems.push(...checkHelp(doc, resources, base));
  return problems;
}

/**
 * One base for every URL, and AppDomains as Office reads them: an origin (scheme, host and
 * port, nothing after it), never the add-in's own origin (listing it has no effect and misleads).
 * A production manifest (served from anywhere but localhost) must not call itself a development one.
 */
function checkDomains(doc, urls, base) {
  const problems = [];
  const own = new URL(base).origin;
  for (const [where, url] of urls) {
    if (where === "AppDomain" || !/^https:\/\//.test(url)) continue;
    if (url !== base && !url.startsWith(`${base}/`))
      problems.push(`${where}: "${url}" is not under ${base}/`);
  }
  for (const el of all(doc, "AppDomain")) {
    const value = el.textContent.trim();
    let parsed = null;
    try {
      parsed = new URL(value);
    } catch {
      // reported below
    }
    if (!parsed || parsed.origin !== value || value.includes("*")) {
      problems.push(
        `<AppDomain> "${value}" is not an origin (scheme://host[:port], no path, no trailing slash, no wildcard)`,
      );
    } else if (parsed.origin === own) {
      problems.push(`<AppDomain> "${value}" is the add-in's own origin, which needs no AppDomain`);
    }
  }
  if (new URL(base).hostname !== "localhost") {
    for (const comment of allComments(doc)) {
      if (DEVELOPMENT_WORDS.test(comment))
        problems.push(`a manifest served from ${base} has a comment calling it a development manifest`);
    }
  }
  return problems;
}

/**
 * Every user-facing text carries the same locale overrides, so no language is half-done;
 * the namespace stays one word in every language (formulas in a shared workbook use it).
 */
function checkLocales(doc, resources) {
  const problems = [];
  const defaultLocale = (all(doc, "DefaultLocale")[0]?.textContent ?? "").trim().toLowerCase();
  const localesOf = (el) =>
    all(el, "Override")
      .filter((o) => o.parentNode === el)
      .map((o) => (o.getAttribute("Locale") ?? "").toLowerCase());
  const texts = [
    ...["DisplayName", "Description"].map((name) => [`<${name}>`, all(doc, name)[0]]),
    ...[...resources]
      .filter(([, r]) => r.kind === "short" || r.kind === "long")
      .map(([rid, r]) => [`string "${rid}"`, r.el]),
  ].filter(([, el]) => el);
  const namespaceIds = new Set(all(doc, "Namespace").map((n) => n.getAttribute("resid")));
  const wanted = new Set(texts.flatMap(([, el]) => localesOf(el)));
  for (const locale of wanted) {
    if (locale === defaultLocale) problems.push(`an override for the default locale ${locale}`);
  }
  for (const [what, el] of texts) {
    const has = new Set(localesOf(el));
    const namespace = what.startsWith("string") && namespaceIds.has(el.getAttribute("id"));
    if (namespace) {
      if (has.size > 0) problems.push(`${what} is the custom functions namespace and must not be localized`);
      continue;
    }
    for (const locale of wanted) if (!has.has(locale)) problems.push(`${what} has no ${locale} override`);
  }
  return problems;
}

/** SupportUrl and the Get Started "learn more" link lead to the help page, not the task pane. */
function checkHelp(doc, resources, base) {
  const problems = [];
  const support = all(doc, "SupportUrl")[0];
  const learnId = all(doc, "LearnMoreUrl")[0]?.getAttribute("resid");
  const learn = learnId ? resources.get(learnId)?.el : undefined;
  for (const [what, el] of [
    ["<SupportUrl>", support],
    ["<LearnMoreUrl>", learn],
  ]) {
    if (!el) {
      problems.push(`no ${what}`);
      continue;
    }
    const values = [
      el.getAttribute("DefaultValue"),
      ...all(el, "Override").map((o) => o.getAttribute("Value")),
    ];
    for (const v of values)
      if (!(v ?? "").startsWith(`${base}/help.html`)) problems.push(`${what} "${v}" is not the help page`);
  }
  return problems;
}

function allComments(node) {
  const out = [];
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 8) out.push(n.data);
    else if (n.nodeType === 1) out.push(...allComments(n));
  }
  return out;
}

module.exports = { checkManifest };

if (require.main === module) {
  const file = process.argv[2] || "manifest.xml";
  const base = process.argv[3] || DEV_BASE;
  const problems = checkManifest(fs.readFileSync(file, "utf8"), {
    root: path.dirname(path.resolve(file)),
    base,
  });
  for (const p of problems) console.error(`${file}: ${p}`);
  if (problems.length > 0) process.exit(1);
  console.log(`${file}: structure OK`);
}

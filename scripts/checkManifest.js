// The project's own structural manifest check: what the XSD schemas cannot say.
// Usage: node scripts/checkManifest.js [manifest.xml]   (exit 1 and one line per problem)
// Also required by test/manifest/manifest.test.ts.
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEV_BASE = "https://localhost:3000/";

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
 * @param {{ root: string }} options where the assets the icon URLs point at live (`assets/…` below root)
 * @returns {string[]} problems, empty when the manifest is sound
 */
function checkManifest(xml, { root }) {
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
    if (!url.startsWith(DEV_BASE)) {
      problems.push(`${where}: "${url}" is not under ${DEV_BASE}, so its file cannot be checked`);
      continue;
    }
    const file = path.join(root, url.slice(DEV_BASE.length));
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
  return problems;
}

module.exports = { checkManifest };

if (require.main === module) {
  const file = process.argv[2] || "manifest.xml";
  const problems = checkManifest(fs.readFileSync(file, "utf8"), { root: path.dirname(path.resolve(file)) });
  for (const p of problems) console.error(`${file}: ${p}`);
  if (problems.length > 0) process.exit(1);
  console.log(`${file}: structure OK`);
}

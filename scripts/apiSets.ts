/*
 * Which Office JavaScript API members the add-in calls, and the requirement set each needs.
 *
 * The TypeScript compiler resolves every property access and object-literal property in the
 * code that ships (what src/taskpane/taskpane.ts and src/functions/functions.ts import) to its
 * declaration; a declaration in @types/office-js or @types/custom-functions-runtime carries
 * Microsoft's "[Api set: ExcelApi 1.7]" note, which is read from its JSDoc. The manifest's
 * <Requirements> must request at least that version of each set, or Office would install the
 * add-in where a call fails at run time.
 *
 * `npm run docs:api-sets` writes the README's table from this; test/manifest/apiSets.test.ts
 * fails when the manifest requests too little or the README's table is stale.
 */
import { readFileSync, writeFileSync } from "fs";
import { join, relative, sep } from "path";
import * as ts from "typescript";
import { OPTIONAL_SETS } from "../src/excel/requirements";

const root = join(__dirname, "..");

/** The entry points of the add-in that ships; the preview and the host are not part of it. */
export const ENTRIES = ["src/taskpane/taskpane.ts", "src/functions/functions.ts"];

/** The type packages whose declarations document requirement sets. */
const API_TYPES = [`@types${sep}office-js${sep}`, `@types${sep}custom-functions-runtime${sep}`];

/** Requirement sets of other Office applications: a shared declaration may name them too. */
const OTHER_HOSTS = /^(Mailbox|Word|PowerPoint|OneNote|Outlook|Visio|Project)/;

export interface ApiSet {
  readonly name: string;
  readonly version: string;
}

/**
 * A member used only where Office says its set is supported: every use sits under a
 * condition reading a capability (`if (capabilities.passwordInfo)`, `capabilities.x ? … :`,
 * `capabilities.x && …`) named in src/excel/requirements.ts's OPTIONAL_SETS.
 */
function guardAt(node: ts.Node): ApiSet | null {
  const capability = (condition: ts.Node): ApiSet | null => {
    let found: ApiSet | null = null;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isPropertyAccessExpression(n) && n.name.text in OPTIONAL_SETS)
        found = OPTIONAL_SETS[n.name.text as keyof typeof OPTIONAL_SETS];
      ts.forEachChild(n, visit);
    };
    visit(condition);
    return found;
  };
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child) {
      const set = capability(parent.expression);
      if (set) return set;
    }
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child) {
      const set = capability(parent.condition);
      if (set) return set;
    }
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      parent.right === child
    ) {
      const set = capability(parent.left);
      if (set) return set;
    }
  }
  return null;
}

export interface ApiMember {
  /** Fully qualified, e.g. "Excel.Worksheet.freezePanes". */
  readonly member: string;
  /** The note as written, e.g. "ExcelApi 1.1 for getting the name; 1.4 for setting it."; "" when none. */
  readonly note: string;
  /** The set this member needs (the highest version its note names), or null for common API without a set. */
  readonly set: ApiSet | null;
  /** Where the add-in uses it first ("src/excel/applyWorkbookPlan.ts:12"). */
  readonly usedAt: string;
  /**
   * The set checked at run time before every use of it (`Office.context.requirements.
   * isSetSupported`, see src/excel/requirements.ts), or null when some use is unchecked:
   * such a member need not be in the manifest.
   */
  readonly checkedAtRunTime: ApiSet | null;
}

/** "1.10" > "1.9": versions compare by number, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Reads a note: the set is its first word, the version the highest it names, since a note
 * like "ExcelApi 1.1 for get, 1.8 for set" cannot tell which use the code makes. A note
 * naming a preview makes the set "<name> Preview".
 */
export function parseApiSetNote(note: string): ApiSet | null {
  const name = /^([A-Za-z]+)/.exec(note.trim())?.[1];
  if (!name) return null;
  if (/\bPreview\b/.test(note)) return { name: `${name} Preview`, version: "1.0" };
  const versions = note.match(/\b\d+\.\d+\b/g) ?? [];
  if (versions.length === 0) return null;
  const version = versions.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
  return { name, version };
}

function apiSetNote(decl: ts.Declaration): string {
  const file = decl.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(file.text, decl.getFullStart()) ?? [];
  for (const range of [...ranges].reverse()) {
    const text = file.text.slice(range.pos, range.end);
    const notes = [...text.matchAll(/\[Api set: ([^\]]*)\]/g)]
      .map((m) => (m[1] ?? "").replace(/\s*\*\s*/g, " ").trim())
      .filter((n) => !OTHER_HOSTS.test(n));
    if (notes.length > 0) return notes.join("; ");
  }
  return "";
}

function isApiDeclaration(decl: ts.Declaration): boolean {
  const name = decl.getSourceFile().fileName.split("/").join(sep);
  return API_TYPES.some((t) => name.includes(t));
}

/** Every Office API member the shipping code uses, sorted by name. */
export function listApiMembers(entries: readonly string[] = ENTRIES): ApiMember[] {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram(
    entries.map((e) => join(root, e)),
    { ...parsed.options, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const found = new Map<string, ApiMember>();

  const record = (symbol: ts.Symbol | undefined, at: ts.Node) => {
    if (!symbol) return;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const decls = (symbol.declarations ?? []).filter(isApiDeclaration);
    if (decls.length === 0) return;
    const member = checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, "");
    // A member of an anonymous type (Office.onReady's `info.host`) has no name of its own.
    if (member.startsWith("__")) return;
    const guard = guardAt(at);
    const seen = found.get(member);
    if (seen) {
      // Unchecked once is unchecked.
      if (seen.checkedAtRunTime && (!guard || guard.name !== seen.checkedAtRunTime.name))
        found.set(member, { ...seen, checkedAtRunTime: null });
      return;
    }
    const note = decls.map(apiSetNote).find((n) => n !== "") ?? "";
    const file = at.getSourceFile();
    const line = file.getLineAndCharacterOfPosition(at.getStart()).line + 1;
    found.set(member, {
      member,
      note,
      set: parseApiSetNote(note),
      usedAt: `${relative(root, file.fileName).split(sep).join("/")}:${line}`,
      checkedAtRunTime: guard,
    });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) record(checker.getSymbolAtLocation(node.name), node.name);
    else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
      const literal = node.parent;
      if (ts.isObjectLiteralExpression(literal)) {
        const type = checker.getContextualType(literal);
        const name = node.name.getText();
        record(type?.getProperty(name), node.name);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || file.fileName.includes("node_modules")) continue;
    visit(file);
  }
  return [...found.values()].sort((a, b) => (a.member < b.member ? -1 : a.member > b.member ? 1 : 0));
}

/** The <Set Name MinVersion> the manifest requests. */
export function requestedSets(manifestXml: string): Map<string, string> {
  const sets = new Map<string, string>();
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? "";
  for (const m of requirements.matchAll(/<Set\s+Name="([^"]+)"(?:\s+MinVersion="([^"]+)")?/g))
    sets.set(m[1] ?? "", m[2] ?? "1.1");
  return sets;
}

/** One line per member whose set the manifest does not request, or requests at too low a version. */
export function unmetRequirements(members: readonly ApiMember[], requested: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const m of members) {
    if (!m.set) continue;
    const checked = m.checkedAtRunTime;
    if (checked && checked.name === m.set.name && compareVersions(checked.version, m.set.version) >= 0)
      continue;
    const have = requested.get(m.set.name);
    if (have === undefined)
      problems.push(`${m.member} needs ${m.set.name} ${m.set.version}, which the manifest does not request`);
    else if (compareVersions(have, m.set.version) < 0)
      problems.push(`${m.member} needs ${m.set.name} ${m.set.version}; the manifest requests ${have}`);
  }
  return problems;
}

export const README_START = "<!-- api-sets:start (npm run docs:api-sets) -->";
export const README_END = "<!-- api-sets:end -->";

/** The README's table: requested sets first, then the members grouped by the set they need. */
export function apiSetsTable(members: readonly ApiMember[], requested: Map<string, string>): string {
  const bySet = new Map<string, ApiMember[]>();
  for (const m of members) {
    const key = m.set
      ? `${m.set.name} ${m.set.version}${m.checkedAtRunTime ? " (checked at run time, not required)" : ""}`
      : "—";
    bySet.set(key, [...(bySet.get(key) ?? []), m]);
  }
  const keys = [...bySet.keys()].sort((a, b) => {
    if (a === "—") return 1;
    if (b === "—") return -1;
    const [an = "", av = ""] = a.split(" ");
    const [bn = "", bv = ""] = b.split(" ");
    return an.localeCompare(bn) || compareVersions(av, bv);
  });
  const lines = [
    `Manifest: ${[...requested].map(([n, v]) => `**${n} ${v}**`).join(", ")}.`,
    "",
    "| set | API members the add-in calls |",
    "|---|---|",
    ...keys.map(
      (k) =>
        `| ${k === "—" ? "— (no set named in the types)" : k} | ${(bySet.get(k) ?? [])
          .map((m) => `\`${m.member}\``)
          .join(", ")} |`,
    ),
  ];
  return lines.join("\n");
}

/** The README with its api-sets section replaced by `table`. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README has no ${README_START} … ${README_END} section`);
  return `${readme.slice(0, start + README_START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}

if (require.main === module) {
  const members = listApiMembers();
  const requested = requestedSets(readFileSync(join(root, "manifest.xml"), "utf8"));
  const problems = unmetRequirements(members, requested);
  for (const p of problems) console.error(`manifest.xml: ${p}`);
  const readmePath = join(root, "README.md");
  writeFileSync(readmePath, withTable(readFileSync(readmePath, "utf8"), apiSetsTable(members, requested)));
  console.log(`README.md: ${members.length} API members in the requirement-set table`);
  if (problems.length > 0) process.exit(1);
}

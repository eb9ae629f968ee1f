/*
 * What takes the room in a minified bundle: each byte of the bundle is attributed, through
 * its source map, to the module it came from, and modules are grouped by package
 * (node_modules/<package>) or by folder (src/core/template). Bytes without a source are
 * webpack's runtime and strings it inlines without a map (the pane's stylesheet).
 *
 * Gzip depends on context, so a part's gzip size is that of its bytes compressed on their
 * own: the parts' sizes add up to more than the bundle's, and a part's share is of that sum.
 */
import { gzipSync } from "zlib";

export interface BundlePart {
  readonly name: string;
  /** Minified bytes in the bundle. */
  readonly raw: number;
  /** Those bytes gzipped on their own. */
  readonly gzip: number;
  /** `gzip` over the sum of every part's `gzip`. */
  readonly share: number;
}

interface SourceMap {
  readonly sources: readonly string[];
  readonly mappings: string;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The values of one mapping segment (base64 VLQ, as the source map format defines). */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`Not a base64 VLQ digit: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

const UNMAPPED = "(no source: webpack runtime, inlined stylesheet)";

/** The bundle's text, split by the source each stretch of it came from. */
function textBySource(code: string, map: SourceMap): Map<string, string[]> {
  const lines = code.split("\n");
  const texts = new Map<string, string[]>();
  const add = (source: string, text: string) => {
    if (text === "") return;
    const list = texts.get(source) ?? [];
    list.push(text);
    texts.set(source, list);
  };
  let sourceIndex = 0;
  map.mappings.split(";").forEach((lineMappings, lineNo) => {
    const line = lines[lineNo] ?? "";
    // Segments carry deltas: the column restarts each line, the source index does not.
    let column = 0;
    let covered = 0;
    let current: string = UNMAPPED;
    for (const segment of lineMappings.split(",")) {
      if (segment === "") continue;
      const [dColumn = 0, dSource] = decodeSegment(segment);
      const start = column + dColumn;
      add(current, line.slice(covered, start));
      covered = start;
      column = start;
      if (dSource === undefined) current = UNMAPPED;
      else {
        sourceIndex += dSource;
        current = map.sources[sourceIndex] ?? UNMAPPED;
      }
    }
    add(current, line.slice(covered));
  });
  return texts;
}

/** "webpack://name/./node_modules/zod/v4/core/util.js" → "node_modules/zod/v4/core/util.js". */
function modulePath(source: string): string {
  return source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
}

/** A module's group: its npm package, or its folder under src/ (two levels deep). */
export function packageOf(path: string): string {
  const inModules = path.lastIndexOf("node_modules/");
  if (inModules >= 0) {
    const [scope = "", name = ""] = path.slice(inModules + "node_modules/".length).split("/");
    return scope.startsWith("@") ? `${scope}/${name}` : scope;
  }
  const parts = path.split("/");
  return parts.length > 3 ? parts.slice(0, 3).join("/") : path;
}

/**
 * The bundle's parts, largest gzip first: by module (`group` the identity) or by any
 * grouping of module paths (`packageOf`).
 */
export function bundleBreakdown(
  code: string,
  map: SourceMap,
  group: (modulePath: string) => string = (p) => p,
): BundlePart[] {
  const grouped = new Map<string, string[]>();
  for (const [source, texts] of textBySource(code, map)) {
    const name = source === UNMAPPED ? UNMAPPED : group(modulePath(source));
    grouped.set(name, [...(grouped.get(name) ?? []), ...texts]);
  }
  const parts = [...grouped].map(([name, texts]) => {
    const text = texts.join("");
    return { name, raw: Buffer.byteLength(text), gzip: gzipSync(text).length };
  });
  const total = parts.reduce((sum, p) => sum + p.gzip, 0);
  return parts.map((p) => ({ ...p, share: p.gzip / total })).sort((a, b) => b.gzip - a.gzip);
}

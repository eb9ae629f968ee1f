import { readFileSync } from "fs";
import { inflateRawSync } from "zlib";

/**
 * The parts of a zip (an .xlsx is one), read from its central directory with Node's zlib:
 * enough to see what a workbook holds before exceljs rewrites it, and to read the few
 * facts exceljs 4.4 misreads. No dependency.
 */
interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeader: number;
}

function centralDirectory(data: Buffer): ZipEntry[] {
  // The end-of-central-directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count && at + 46 <= data.length; n++) {
    if (data.readUInt32LE(at) !== 0x02014b50) break;
    const nameLength = data.readUInt16LE(at + 28);
    entries.push({
      name: data.toString("utf8", at + 46, at + 46 + nameLength),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      localHeader: data.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return entries;
}

function zipEntries(data: Buffer): string[] {
  return centralDirectory(data).map((e) => e.name);
}

/** A part's text, or null when the zip has no such part (or stores it in a way not read here). */
export function zipText(data: Buffer, name: string): string | null {
  const entry = centralDirectory(data).find((e) => e.name === name);
  if (!entry || data.readUInt32LE(entry.localHeader) !== 0x04034b50) return null;
  const start =
    entry.localHeader +
    30 +
    data.readUInt16LE(entry.localHeader + 26) +
    data.readUInt16LE(entry.localHeader + 28);
  const raw = data.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return raw.toString("utf8");
  if (entry.method === 8) return inflateRawSync(raw).toString("utf8");
  return null;
}

/** What exceljs 4.4 does not carry from a file it reads to the file it writes, by part. */
const DROPPED_PARTS: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /^xl\/charts\//, what: "grafik" },
  { pattern: /^xl\/pivotTables\//, what: "PivotTable" },
  { pattern: /^xl\/slicers\//, what: "slicer" },
  { pattern: /^xl\/vbaProject\.bin$/, what: "makro VBA" },
  { pattern: /^xl\/threadedComments\//, what: "komentar berutas" },
  { pattern: /^xl\/externalLinks\//, what: "tautan ke buku kerja lain" },
];

/** The kinds of content in an .xlsx that writing it back through exceljs would lose. */
export function partsExceljsDrops(path: string): string[] {
  const entries = zipEntries(readFileSync(path));
  return DROPPED_PARTS.filter((p) => entries.some((e) => p.pattern.test(e))).map((p) => p.what);
}

/** The attributes of one XML start tag, by name (values still escaped). */
export const xmlAttributes = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
const xmlTrue = (v: string | undefined) => v === "1" || v === "true";
export const unescapeXml = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * Each sheet's protection as the file states it. exceljs 4.4 reads `sheet="1"` but not
 * the equally valid `sheet="true"` that LibreOffice writes, nor the legacy `password`
 * hash of older Excel files; this reads the attributes from the sheet parts themselves.
 */
export function sheetProtection(
  data: Buffer,
): Map<string, { readonly protected: boolean; readonly password: boolean }> {
  const out = new Map<string, { protected: boolean; password: boolean }>();
  const workbook = zipText(data, "xl/workbook.xml");
  const rels = zipText(data, "xl/_rels/workbook.xml.rels");
  if (workbook === null || rels === null) return out;
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
      const a = xmlAttributes(m[0]);
      return [a["Id"] ?? "", a["Target"] ?? ""];
    }),
  );
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const a = xmlAttributes(m[0]);
    const target = targets.get(a["r:id"] ?? "");
    if (!target || a["name"] === undefined) continue;
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    const xml = zipText(data, path);
    const tag = xml ? /<sheetProtection\b[^>]*>/.exec(xml)?.[0] : undefined;
    const p = tag ? xmlAttributes(tag) : {};
    out.set(unescapeXml(a["name"]).toLowerCase(), {
      protected: xmlTrue(p["sheet"]),
      password: xmlTrue(p["sheet"]) && (p["hashValue"] !== undefined || p["password"] !== undefined),
    });
  }
  return out;
}

import { readFileSync } from "fs";

/**
 * The file names inside a zip (an .xlsx is one), from its central directory: enough to
 * see what a workbook holds before exceljs rewrites it. No decompression, no dependency.
 */
export function zipEntries(data: Buffer): string[] {
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
  const names: string[] = [];
  for (let n = 0; n < count && at + 46 <= data.length; n++) {
    if (data.readUInt32LE(at) !== 0x02014b50) break;
    const nameLength = data.readUInt16LE(at + 28);
    const extra = data.readUInt16LE(at + 30);
    const comment = data.readUInt16LE(at + 32);
    names.push(data.toString("utf8", at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
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

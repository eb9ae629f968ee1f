/**
 * LibreOffice (Debian's libreoffice-calc-nogui), headless, as a second spreadsheet
 * engine that opens what the command line writes; poppler-utils reads the PDFs it prints.
 * Every conversion gets a fresh user profile, so runs never share state.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, delimiter, extname, join } from "path";

function onPath(command: string): string | null {
  for (const dir of (process.env["PATH"] ?? "").split(delimiter)) {
    const candidate = join(dir, command);
    if (dir !== "" && existsSync(candidate)) return candidate;
  }
  return null;
}

const sofficePath: string | null = process.env["SOFFICE_PATH"] ?? onPath("soffice");
const pdfinfo = onPath("pdfinfo");
const pdftotext = onPath("pdftotext");

/**
 * Without LibreOffice (or poppler's pdfinfo/pdftotext) these tests are skipped and say
 * why; under CI they must run, so a missing program is a failure there, not a silent skip.
 */
export function libreOfficeAvailability(): { run: boolean; reason: string } {
  const missing = [
    sofficePath ? null : "soffice (apt-get install -y libreoffice-calc-nogui)",
    pdfinfo && pdftotext ? null : "pdfinfo/pdftotext (apt-get install -y poppler-utils)",
  ].filter((m): m is string => m !== null);
  if (missing.length === 0) return { run: true, reason: "" };
  const reason = `not found: ${missing.join(", ")}`;
  if (process.env["CI"]) throw new Error(`LibreOffice tests cannot run under CI: ${reason}`);
  console.warn(`LibreOffice tests skipped: ${reason}`);
  return { run: false, reason };
}

/**
 * Converts files with `soffice --headless --convert-to <filter>` into `outDir`, one run
 * for all of them; returns the output paths by input path (for CSV, one per sheet).
 */
export function convert(inputs: readonly string[], filter: string, outDir: string): void {
  if (!sofficePath) throw new Error("soffice not found");
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    const r = spawnSync(
      sofficePath,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        filter,
        "--outdir",
        outDir,
        ...inputs,
      ],
      { encoding: "utf8", timeout: 180_000 },
    );
    if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** CSV of every sheet, raw values (not as shown), UTF-8: `<name>-<sheet>.csv` in outDir (LibreOffice ≥ 7.2). */
export const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

export function csvOfSheet(outDir: string, input: string, sheet: string): string {
  return join(outDir, `${basename(input, extname(input))}-${sheet}.csv`);
}

/** RFC 4180 fields, as LibreOffice writes them. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Page sizes in points, from each page's MediaBox (pdfinfo). */
export function pdfPageSizes(pdf: string): { width: number; height: number }[] {
  if (!pdfinfo) throw new Error("pdfinfo not found");
  const pages = Number(
    /Pages:\s+(\d+)/.exec(spawnSync(pdfinfo, [pdf], { encoding: "utf8" }).stdout)?.[1] ?? 0,
  );
  const out = spawnSync(pdfinfo, ["-f", "1", "-l", String(pages), pdf], { encoding: "utf8" }).stdout;
  return [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** The text of one page (1-based). */
export function pdfPageText(pdf: string, page: number): string {
  if (!pdftotext) throw new Error("pdftotext not found");
  return spawnSync(pdftotext, ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], {
    encoding: "utf8",
  }).stdout;
}

/*
 * Excel number formats → display text (en-US), for `range.text` and the preview.
 *
 * Covers what a report workbook uses: General, "0", "0.00", "#,##0", "#,##0.00",
 * "0%", "0.00%", "@", literal prefixes/suffixes ("Rp "#,##0, 0.00" %"), up to four
 * sections (positive;negative;zero;text), [Color] tags, and simple dates
 * (d/m/yyyy, dd-mmm-yy, h:mm). Not covered: fractions, scientific formats, [conditions].
 */

type CellScalar = number | string | boolean | null;

/** Excel shows "General" numbers in at most ~11 characters. */
function formatGeneral(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa = "0", exponent = "0"] = value.toExponential(5).split("e");
    const m = mantissa.replace(/\.?0+$/, "");
    const e = Number(exponent);
    return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (Number.isInteger(value)) return String(value);
  const integerDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - integerDigits - (value < 0 ? 1 : 0));
  return trimZeros(roundHalfAway(value, decimals).toFixed(decimals));
}

function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/** Rounds as Excel displays: on the 15-significant-digit value, halves away from zero. */
function roundHalfAway(value: number, decimals: number): number {
  const clean = Number(value.toPrecision(15));
  const sign = clean < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(clean)}e${decimals}`);
  return sign * Number(`${Math.round(shifted)}e-${decimals}`);
}

/** Splits a format on ';' outside quotes and brackets. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format.charAt(i);
    if (ch === "\\" && !quoted) {
      current += ch + format.charAt(i + 1);
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "[") bracket = true;
    else if (!quoted && ch === "]") bracket = false;
    if (ch === ";" && !quoted && !bracket) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

interface Token {
  /** percent: an unquoted % (scales by 100); a quoted "%" is a plain literal. */
  kind: "literal" | "digits" | "text" | "date" | "percent";
  text: string;
}

/** Tokenises one section: literals (quoted, escaped, plain), one digit block, @, date parts. */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: Token["kind"], text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === kind && kind !== "date") last.text += text;
    else tokens.push({ kind, text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section.charAt(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      push("literal", section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      push("literal", section.charAt(i + 1));
      i++;
    } else if (ch === "[") {
      // [Red], [$Rp-421], [h]: keep the currency text of [$xxx-nnn], drop the rest.
      const end = section.indexOf("]", i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      if (inner.startsWith("$")) push("literal", inner.slice(1).split("-")[0] ?? "");
      i = end < 0 ? section.length : end;
    } else if (ch === "_") {
      push("literal", " ");
      i++;
    } else if (ch === "*") {
      i++; // fill character: ignored in plain text
    } else if (ch === "@") {
      push("text", "@");
    } else if (ch === "%") {
      push("percent", "%");
    } else if (
      "0#?".includes(ch) ||
      ((ch === "," || ch === ".") && /[0#?]/.test(section.slice(i + 1, i + 2) + prevDigit(tokens)))
    ) {
      push("digits", ch);
    } else if (/[dmyhsDMYHS]/.test(ch)) {
      let j = i;
      while (j < section.length && section.charAt(j).toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ kind: "date", text: section.slice(i, j).toLowerCase() });
      i = j - 1;
    } else if (/^(AM\/PM|A\/P)/i.test(section.slice(i))) {
      const m = /^(AM\/PM|A\/P)/i.exec(section.slice(i));
      tokens.push({ kind: "date", text: (m?.[1] ?? "").toLowerCase() });
      i += (m?.[1]?.length ?? 1) - 1;
    } else {
      push("literal", ch);
    }
  }
  return tokens;
}

function prevDigit(tokens: Token[]): string {
  const last = tokens[tokens.length - 1];
  return last?.kind === "digits" ? "0" : "";
}

function formatDigits(value: number, pattern: string): string {
  // Trailing commas scale by 1000 each.
  let scaled = value;
  let body = pattern;
  while (body.endsWith(",")) {
    scaled /= 1000;
    body = body.slice(0, -1);
  }
  const [intPattern = "", decPattern = ""] = body.split(".");
  const thousands = intPattern.includes(",");
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const minDec = (decPattern.match(/0/g) ?? []).length;
  const maxDec = (decPattern.match(/[0#?]/g) ?? []).length;
  const rounded = roundHalfAway(Math.abs(scaled), maxDec);
  let [intPart = "0", decPart = ""] = rounded.toFixed(maxDec).split(".");
  if (intPart === "0" && minInt === 0) intPart = "";
  intPart = intPart.padStart(minInt, "0");
  if (thousands) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  while (decPart.length > minDec && decPart.endsWith("0")) decPart = decPart.slice(0, -1);
  return decPart.length > 0 ? `${intPart}.${decPart}` : intPart;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Excel serial (1900 system, with its 29-Feb-1900 quirk) → calendar parts. */
function serialToParts(serial: number) {
  const days = Math.floor(serial);
  const ms = Math.round((serial - days) * 86_400_000);
  // Serial 60 is the fictitious 1900-02-29; serials after it are one day ahead.
  const base = Date.UTC(1899, 11, days > 60 ? 30 : 31);
  const date = new Date(base + days * 86_400_000 + ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth(),
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    hours: date.getUTCHours(),
    minutes: date.getUTCMinutes(),
    seconds: date.getUTCSeconds(),
  };
}

function formatDate(serial: number, tokens: Token[]): string {
  const p = serialToParts(serial);
  const hasAmPm = tokens.some((t) => t.kind === "date" && (t.text === "am/pm" || t.text === "a/p"));
  let out = "";
  tokens.forEach((t, i) => {
    if (t.kind !== "date") {
      out += t.text;
      return;
    }
    const prev = tokens
      .slice(0, i)
      .reverse()
      .find((x) => x.kind === "date");
    const next = tokens.slice(i + 1).find((x) => x.kind === "date");
    const isMinute =
      t.text.startsWith("m") &&
      t.text.length <= 2 &&
      (prev?.text.startsWith("h") === true || next?.text.startsWith("s") === true);
    const h12 = p.hours % 12 === 0 ? 12 : p.hours % 12;
    switch (true) {
      case t.text === "am/pm":
        out += p.hours < 12 ? "AM" : "PM";
        break;
      case t.text === "a/p":
        out += p.hours < 12 ? "A" : "P";
        break;
      case t.text.startsWith("y"):
        out += t.text.length <= 2 ? String(p.year % 100).padStart(2, "0") : String(p.year);
        break;
      case isMinute:
        out += t.text.length === 2 ? String(p.minutes).padStart(2, "0") : String(p.minutes);
        break;
      case t.text.startsWith("m"):
        if (t.text.length === 1) out += String(p.month + 1);
        else if (t.text.length === 2) out += String(p.month + 1).padStart(2, "0");
        else if (t.text.length === 3) out += (MONTHS[p.month] ?? "").slice(0, 3);
        else out += MONTHS[p.month] ?? "";
        break;
      case t.text.startsWith("d"):
        if (t.text.length === 1) out += String(p.day);
        else if (t.text.length === 2) out += String(p.day).padStart(2, "0");
        else if (t.text.length === 3) out += (DAYS[p.weekday] ?? "").slice(0, 3);
        else out += DAYS[p.weekday] ?? "";
        break;
      case t.text.startsWith("h"): {
        const h = hasAmPm ? h12 : p.hours;
        out += t.text.length >= 2 ? String(h).padStart(2, "0") : String(h);
        break;
      }
      case t.text.startsWith("s"):
        out += t.text.length >= 2 ? String(p.seconds).padStart(2, "0") : String(p.seconds);
        break;
      default:
        out += t.text;
    }
  });
  return out;
}

/** The text Excel shows for a value under a number format. */
export function formatValue(value: CellScalar, format: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const parts = sections(format);
  if (typeof value === "string") {
    const textSection = parts.length >= 4 ? parts[3] : parts.find((s) => s.includes("@"));
    if (textSection === undefined || value.startsWith("#")) return value;
    return tokenize(textSection)
      .map((t) => (t.kind === "text" ? value : t.text))
      .join("");
  }
  if (!Number.isFinite(value)) return "#NUM!";
  const trimmed = format.trim();
  if (trimmed === "" || /^general$/i.test(trimmed) || trimmed === "@") return formatGeneral(value);

  let section = parts[0] ?? "";
  let number = value;
  let signed = true; // a negative number in its own section loses its minus sign
  if (value < 0 && parts.length >= 2 && (parts[1] ?? "") !== "") {
    section = parts[1] ?? "";
    number = -value;
    signed = false;
  } else if (value === 0 && parts.length >= 3) {
    section = parts[2] ?? "";
  }
  if (/^general$/i.test(section.trim())) return formatGeneral(number);
  const tokens = tokenize(section);
  if (tokens.some((t) => t.kind === "date")) return formatDate(number, tokens);
  const percent = tokens.filter((t) => t.kind === "percent").reduce((n, t) => n + t.text.length, 0);
  const scaled = number * 100 ** percent;
  let out = "";
  let sawDigits = false;
  for (const t of tokens) {
    if (t.kind === "digits" && !sawDigits) {
      out += formatDigits(scaled, t.text);
      sawDigits = true;
    } else if (t.kind !== "digits") out += t.kind === "text" ? "" : t.text;
  }
  if (!sawDigits && tokens.every((t) => t.kind === "literal" || t.kind === "percent")) return out;
  const isNegative = signed && roundHalfAway(scaled, 15) < 0 && /[1-9]/.test(out);
  return isNegative ? `-${out}` : out;
}

/**
 * Whether an Excel number format (en-US code, as `range.numberFormat` gives it) shows a
 * date or a time. Excel stores a date as a serial number, so a target typed "1.5" in an
 * Indonesian Excel (read as 1 May) or pasted from a date column arrives as a plain
 * number such as 45413: its value cannot tell it from a count, only its format can.
 *
 * Quoted text, escaped characters and bracketed parts ([Red], [$Rp-421]) are not codes;
 * an elapsed-time part ([h], [mm]) is a time. Of what is left, the date and time codes
 * are d, m, y, h and s ("General" aside).
 */
export function isDateFormat(code: string): boolean {
  if (/\[(h+|m+|s+)\]/i.test(code)) return true;
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/general/gi, "");
  return /[dmyhs]/i.test(bare);
}

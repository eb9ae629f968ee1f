import { textCell } from "../../../src/core/workbook/textCell";

describe("textCell", () => {
  it.each([
    "12",
    "1.234,5",
    "-3",
    "50%",
    "=A1",
    "+62 812",
    "TRUE",
    "1/2",
    "2024-01-05",
    "10:30",
    "5 Jan",
    "'kutip",
    "#N/A",
    "#div/0!",
    "(12)",
    "1 1/2",
    "5$",
    ":",
  ])("marks %p as text, since Excel would read it as something else", (text) =>
    expect(textCell(text)).toBe(`'${text}`),
  );

  it.each([
    "IKU-01",
    "Jumlah LPM",
    "%",
    "kelompok per LPM",
    "Linjamsos",
    "Rata-rata 2 kelompok",
    "#1 prioritas",
    "(lihat catatan)",
  ])("leaves %p as it is", (text) => expect(textCell(text)).toBe(text));
});

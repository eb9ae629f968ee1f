import type { ActionStep } from "../../src/core/actions/Action";
import { excelActions } from "../../src/taskpane/excelActions";
import { MESSAGES } from "../../src/core/messages/formatIssue";
import { STRINGS } from "../../src/taskpane/strings";
import { LakipWorkbook } from "../excel/lakipWorkbook";

describe("excelActions: the pane's actions on a workbook", () => {
  let book: LakipWorkbook;
  beforeEach(async () => {
    book = await new LakipWorkbook().setUp();
  });
  afterEach(() => book.tearDown());

  it("shows validation issues in the pane's language: English in an English pane, Indonesian in an Indonesian one", async () => {
    const row = book.rowOf("Rehsos", "IKU-02", 2024);
    // Version 2: Pembilang is column G.
    book.workbook.write("Rehsos", `G${row}`, [["12,5"]]);
    const describe = await excelActions(book.run).validate();

    expect(describe(STRINGS.en, MESSAGES.en).issues).toEqual([
      {
        code: "inputText",
        severity: "galat",
        sheet: "Rehsos",
        address: `G${row}`,
        message: `Pembilang (numerator) of IKU-02, 2024 holds the text "12,5" in G${row}, not a number. Type the number again as a number (no quote mark, no Text format); leave the cell empty if there is no data yet.`,
      },
    ]);
    expect(describe(STRINGS.id, MESSAGES.id).issues?.map((i) => i.message)).toEqual([
      `Pembilang IKU-02 tahun 2024 berisi teks "12,5" di G${row}, bukan angka. Ketik ulang angkanya sebagai angka (tanpa tanda kutip, tanpa format Teks); kosongkan bila datanya belum ada.`,
    ]);
    // The workbook itself is untouched by the pane's language.
    expect(book.workbook.sheetNames()).not.toContain("LAKIP 2024");
  });

  it("words the issues that block the report in English too, and the report stays Indonesian", async () => {
    book.workbook.write("Pengaturan", "B8", [["seratus"]]);
    const blocked = (await excelActions(book.run).generateLakip())(STRINGS.en, MESSAGES.en);
    expect(blocked.tone).toBe("error");
    expect(blocked.issues?.map((i) => [i.code, i.message])).toEqual([
      [
        "batasCapaianInvalid",
        'The capaian cap (Batas atas capaian) "seratus" is not valid. Enter a number above 0 (for example 100 or 120), or leave it empty for no cap, in Pengaturan!B8.',
      ],
    ]);

    book.workbook.write("Pengaturan", "B8", [[""]]);
    const written = (await excelActions(book.run).generateLakip())(STRINGS.en, MESSAGES.en);
    expect(written.lines).toEqual(['Sheet "LAKIP 2024" created.']);
    expect(book.row("LAKIP 2024", 1, "A")).toEqual(["PENGUKURAN KINERJA"]);
  });

  it("passes the runner's progress through to the pane", async () => {
    const steps: ActionStep[] = [];
    await excelActions(book.run).setupTemplate((step) => steps.push(step));
    await excelActions(book.run).validate((step) => steps.push(step));
    expect(steps).toEqual(["membaca", "menghitung", "menulis", "membaca", "menghitung"]);
  });
});

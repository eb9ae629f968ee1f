import type {
  FailureCode,
  Recovery,
  WriteNotice,
  WriteProblem,
} from "../../../src/core/actions/ActionOutcome";
import { MESSAGES, wordOf } from "../../../src/core/messages";

/** Every code, typed so that a code added without a sample here fails to compile. */
const FAILURES: { readonly [C in FailureCode]: C } = {
  passwordProtected: "passwordProtected",
  accessDenied: "accessDenied",
  cellEditMode: "cellEditMode",
  timeout: "timeout",
  connection: "connection",
  tooLarge: "tooLarge",
  changedMeanwhile: "changedMeanwhile",
  busy: "busy",
  general: "general",
  unexpected: "unexpected",
};

const PROBLEMS: { readonly [C in WriteProblem["code"]]: Extract<WriteProblem, { code: C }> } = {
  sheetPasswordProtected: { code: "sheetPasswordProtected", sheet: "Rehsos" },
  sheetExists: { code: "sheetExists", sheet: "LAKIP 2025" },
  sheetNotFound: { code: "sheetNotFound", sheet: "Rehsos" },
  sheetNameInvalid: { code: "sheetNameInvalid", sheet: "Rehsos?" },
  nameExists: { code: "nameExists", name: "IKU_TahunLaporan" },
  notFinite: { code: "notFinite", sheet: "LAKIP 2025", address: "G10" },
  outsideGrid: { code: "outsideGrid", sheet: "Rehsos", address: "A1048570" },
  tooLarge: { code: "tooLarge" },
};

const NOTICES: readonly WriteNotice[] = [
  { code: "fitToPageIgnored", sheets: ["LAKIP 2025"] },
  { code: "protectionNotRestored", sheets: ["Rehsos", "PM"] },
];

describe("the failure messages", () => {
  it.each(Object.keys(FAILURES) as FailureCode[])(
    "word %s in both languages, differently, saying what to do",
    (code) => {
      const [id, en] = [MESSAGES.id.failure[code], MESSAGES.en.failure[code]];
      expect(id).not.toBe(en);
      for (const text of [id, en]) {
        expect(text).toMatch(/\.$/);
        // Never Excel's own English text, never a raw code.
        expect(text).not.toMatch(/RichApi|InvalidArgument|GeneralException|argument is invalid/);
      }
    },
  );

  it("say the one thing staff must do in cell-edit mode: tekan Enter atau Esc, lalu coba lagi", () => {
    expect(MESSAGES.id.failure.cellEditMode).toContain("tekan Enter atau Esc, lalu coba lagi");
    expect(MESSAGES.en.failure.cellEditMode).toContain("press Enter or Esc, then try again");
  });

  it.each(Object.values(PROBLEMS))("word the preflight problem %o with its sheet and cell", (problem) => {
    for (const lang of ["id", "en"] as const) {
      const text = wordOf(MESSAGES[lang].writeProblem, problem);
      for (const fact of Object.values(problem).slice(1)) expect(text).toContain(String(fact));
    }
  });

  it.each(NOTICES)("word the notice %o naming its sheets", (notice) => {
    for (const lang of ["id", "en"] as const)
      for (const sheet of notice.sheets)
        expect(wordOf(MESSAGES[lang].notice, notice)).toContain(`"${sheet}"`);
  });

  it("say what became of the workbook: nothing changed, undone (naming sheets whose formats may differ), or not undone", () => {
    const rolled: Recovery = { status: "rolledBack", partial: ["Rehsos"] };
    const failed: Recovery = { status: "failed", partial: [] };
    expect(MESSAGES.id.recovery(null)).toBe("Tidak ada yang diubah.");
    expect(MESSAGES.en.recovery({ status: "nothingWritten", partial: [] })).toBe("Nothing was changed.");
    expect(MESSAGES.id.recovery(rolled)).toContain("sudah dibatalkan");
    expect(MESSAGES.id.recovery(rolled)).toContain('"Rehsos"');
    expect(MESSAGES.en.recovery(failed)).toContain("could not be undone");
  });
});

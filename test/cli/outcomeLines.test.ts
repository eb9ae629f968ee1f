import { outcomeLines } from "../../src/cli/messages";

describe("outcomeLines: a run that did not complete, in the task pane's words", () => {
  it("words a failed write by its cause, and says the file is unchanged whatever the recovery did in memory", () => {
    expect(
      outcomeLines({
        status: "failed",
        report: null,
        failure: { code: "passwordProtected", step: "menulis", cause: new Error("raw") },
        recovery: { status: "rolledBack", partial: ["Rehsos"] },
      }),
    ).toEqual([
      "Tidak berhasil. Excel tidak mau membuka proteksi sebuah lembar (diproteksi dengan kata sandi?). Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu jalankan lagi.",
      "Tidak ada yang diubah.",
    ]);
  });

  it("lists a refusal's problems at their sheet and cell, one a line, the workbook-wide one without a place", () => {
    expect(
      outcomeLines({
        status: "refused",
        report: null,
        problems: [{ code: "notFinite", sheet: "LAKIP 2024", address: "G9" }, { code: "tooLarge" }],
      }),
    ).toEqual([
      "Tidak ada yang diubah. Add-in memeriksa perubahan ini sebelum menulis dan berhenti karena hal di bawah ini.",
      "LAKIP 2024!G9\tgalat\tHasil untuk LAKIP 2024!G9 bukan angka yang dapat ditulis. Periksa angka yang sangat besar di lembar bidang.",
      "galat\tPerubahan ini terlalu besar untuk dikirim ke Excel.",
    ]);
  });
});

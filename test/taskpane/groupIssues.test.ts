import { groupIssues, type IssueView } from "../../src/taskpane/mountTaskpane";

const issue = (code: string, severity: IssueView["severity"], sheet: string, address: string): IssueView => ({
  code,
  severity,
  sheet,
  address,
  message: `${code} ${address}`,
});

describe("groupIssues", () => {
  const issues = [
    issue("instansiMissing", "peringatan", "Pengaturan", "B3"),
    issue("targetMissing", "peringatan", "Linjamsos", "E5"),
    issue("targetMissing", "galat", "Linjamsos", "E8"),
    issue("targetMissing", "peringatan", "Linjamsos", "E6"),
    issue("targetMissing", "peringatan", "Rehsos", "E5"),
    issue("targetMissing", "galat", "Linjamsos", "E13"),
  ];
  const groups = groupIssues(issues);

  it("makes one line per kind, sheet and severity, keeping every cell in reading order", () => {
    expect(groups.map((g) => [g.severity, g.code, g.sheet, g.issues.map((i) => i.address)])).toEqual([
      ["galat", "targetMissing", "Linjamsos", ["E8", "E13"]],
      ["peringatan", "instansiMissing", "Pengaturan", ["B3"]],
      ["peringatan", "targetMissing", "Linjamsos", ["E5", "E6"]],
      ["peringatan", "targetMissing", "Rehsos", ["E5"]],
    ]);
  });

  it("loses no issue and invents none", () => {
    expect(groups.flatMap((g) => g.issues)).toHaveLength(issues.length);
    expect(new Set(groups.flatMap((g) => g.issues))).toEqual(new Set(issues));
  });
});

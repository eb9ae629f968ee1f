import type { RunSettings } from "../../../src/excel/runAction";
import {
  CODES,
  EXPECTED_FAILURE,
  expectSameApartFrom,
  expectState,
  failurePoints,
  partialOf,
  workbookState,
  withoutProtection,
  type WorkbookState,
} from "./faultMatrix";
import type { Scenario } from "./scenarios";

const SETTINGS: RunSettings = { runId: "uji", syncTimeoutMs: 100 };

/**
 * For one action: every sync failing with every code, at several points of its batch
 * (densely for `dense` scenarios), then a sync that never returns; each with the
 * workbook compared as `faultMatrix` says, and a retry that must give the fault-free
 * workbook.
 */
export function describeFaults(scenario: Scenario, options: { dense?: boolean } = {}): void {
  describe(`${scenario.name}, with each sync failing`, () => {
    let baseline: { syncs: number; operations: number[]; expected: WorkbookState };

    beforeAll(async () => {
      const h = await scenario.prepare();
      h.wb.resetStats();
      const outcome = await scenario.act(h.run, SETTINGS);
      expect(outcome.status).toBe("done");
      const { syncs, operations } = h.wb.stats();
      baseline = { syncs, operations, expected: workbookState(h.wb) };
      h.tearDown();
    }, 60_000);

    it.each(CODES)(
      "fails with %s: typed, the workbook as before (or done), and a retry gives the fault-free workbook",
      async (code) => {
        const reads = baseline.syncs - scenario.writeSyncs;
        for (let n = 1; n <= baseline.syncs; n++) {
          const writing = n > reads;
          const ops = baseline.operations[n - 1] ?? 0;
          const points = writing ? failurePoints(code, ops, options.dense === true) : [0];
          for (const applied of points) {
            const label = `${code} at sync ${n} of ${baseline.syncs}, after ${applied} of ${ops} operations`;
            const h = await scenario.prepare();
            const before = workbookState(h.wb);
            h.wb.faults({ failSync: { at: n, code, applied } });
            const outcome = await scenario.act(h.run, SETTINGS);
            h.wb.faults();
            const after = workbookState(h.wb);
            if (outcome.status === "done") {
              // Only a write that had completed (its commit applied) reports done, and
              // says which sheets it could not protect again, if any.
              expect([label, writing && applied >= 1]).toEqual([label, true]);
              expectState(
                withoutProtection(after, outcome.notices),
                withoutProtection(baseline.expected, outcome.notices),
                label,
              );
            } else {
              expect([label, outcome.status]).toEqual([label, "failed"]);
              if (outcome.status !== "failed") continue;
              expect([label, outcome.failure.code, outcome.failure.step]).toEqual([
                label,
                EXPECTED_FAILURE[code],
                writing ? "menulis" : "membaca",
              ]);
              expect([label, outcome.recovery?.status ?? null]).toEqual([
                label,
                writing ? expect.stringMatching(/^(rolledBack|nothingWritten)$/) : null,
              ]);
              expectSameApartFrom(after, before, partialOf(outcome), label);
              if (writing) {
                const retry = await scenario.act(h.run, SETTINGS);
                expect([label, retry.status]).toEqual([label, "done"]);
                expectState(workbookState(h.wb), baseline.expected, `${label}, then again`);
              }
            }
            h.tearDown();
          }
        }
      },
      120_000,
    );

    it("times out a sync that never returns, each one, and leaves the workbook as before", async () => {
      for (let n = 1; n <= baseline.syncs; n++) {
        const label = `sync ${n} of ${baseline.syncs} never returns`;
        const h = await scenario.prepare();
        const before = workbookState(h.wb);
        h.wb.faults({ hangSync: n });
        const outcome = await scenario.act(h.run, SETTINGS);
        h.wb.faults();
        expect([label, outcome.status, outcome.status === "failed" ? outcome.failure.code : null]).toEqual([
          label,
          "failed",
          "timeout",
        ]);
        expectSameApartFrom(workbookState(h.wb), before, partialOf(outcome), label);
        h.tearDown();
      }
    }, 60_000);
  });
}

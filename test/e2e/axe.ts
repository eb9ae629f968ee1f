import type { Page } from "playwright-core";

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  /** CSS selectors of the failing elements, for a readable failure. */
  readonly targets: string[];
}

/**
 * Runs axe-core (injected from node_modules, no network) on `selector` or the whole page,
 * with its default rules (WCAG 2.x A/AA and best practices).
 */
async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window)))
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const context = selector ? `document.querySelector(${JSON.stringify(selector)})` : "document";
  const result = await page.evaluate<{
    violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  }>(`axe.run(${context}, { resultTypes: ["violations"] })`);
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    targets: v.nodes.map((n) => n.target.join(" ")),
  }));
}

/** What the issue demands be zero: serious and critical violations. */
export async function seriousViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  return (await axeViolations(page, selector)).filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
}

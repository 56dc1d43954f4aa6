/**
 * axe-core over the pane in the test's Chromium page: the serious and critical
 * accessibility violations, for the pane's end-to-end tests.
 */
import { readFileSync } from "fs";
import type { Page } from "playwright-core";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core's serious and critical violations. One known false positive is
 * dropped, node by node: aria-hidden-focus on Fluent's Tabster focus guards
 * (<i data-tabster-dummy aria-hidden tabindex=0>), which exist to pass focus on
 * and must stay hidden from screen readers (microsoft/tabster#288; Accessibility
 * Insights suppresses the same nodes, microsoft/accessibility-insights-web#7605).
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE); // via the DevTools protocol: not subject to the page's CSP
  const violations = await page.evaluate(async () => {
    type Node = { target: string[]; html: string };
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object
          ): Promise<{ violations: { id: string; impact: string; nodes: Node[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes
        .filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy")))
        .map((n) => n.target.join(" ")),
    }));
  });
  return violations
    .filter((v) => (v.impact === "serious" || v.impact === "critical") && v.targets.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(", ")}`);
}

/**
 * The page's `tokens` (src/taskpane/fluentTokens.ts, aliased for Fluent's table by
 * webpack.config.js) gives every token of the installed Fluent exactly Fluent's value,
 * and leaves ordinary properties alone.
 */
import { tokens as fluentTokens } from "@fluentui/react-components";
import { tokens } from "../../src/taskpane/fluentTokens";

describe("Fluent tokens computed from their names", () => {
  const entries = Object.entries(fluentTokens);

  it("covers Fluent's whole table", () => {
    expect(entries.length).toBeGreaterThan(400);
  });

  it("gives every token Fluent's CSS variable", () => {
    const differ = entries.filter(([name, value]) => tokens[name as keyof typeof tokens] !== value);
    expect(differ).toEqual([]);
  });

  it("is an ordinary object for anything that is not a token", () => {
    expect(typeof tokens.toString).toBe("function");
    expect(Object.prototype.hasOwnProperty.call(tokens, "colorNeutralForeground1")).toBe(false);
    expect((tokens as unknown as Record<string, unknown>).then).toBeUndefined();
  });
});

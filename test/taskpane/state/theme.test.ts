import { luminance, pickTheme } from "../../../src/taskpane/state/theme";

describe("pickTheme", () => {
  it.each([
    ["#FFFFFF", false, "light"],
    ["#E6E6E6", true, "light"],
    ["#262626", false, "dark"],
    ["#000000", false, "dark"],
    [undefined, true, "dark"],
    [undefined, false, "light"],
    ["not a colour", true, "dark"],
  ] as const)("Office background %s, prefers dark %s -> %s", (bg, prefersDark, expected) => {
    expect(pickTheme(bg, prefersDark)).toBe(expected);
  });

  it("luminance follows WCAG", () => {
    expect(luminance("#FFFFFF")).toBeCloseTo(1, 6);
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#zzzzzz")).toBeNull();
  });
});

import type { ArgDecl } from "../../../src/core/args";
import {
  defineEntry,
  withHelp,
  type EntryHelpText,
  type FunctionEntry,
} from "../../../src/core/catalogue/entry";
import { CATALOGUE } from "../../../src/core/catalogue";

const X = { name: "x", kind: "number", blank: "zero" } as const satisfies ArgDecl;
const DOUBLE: FunctionEntry = defineEntry({
  name: "DOUBLE",
  args: [X] as const,
  compute: (x) => 2 * x,
});

function help(args: EntryHelpText["args"]): EntryHelpText {
  return {
    category: "Test",
    section: "§0",
    anchor: "double",
    summary: "Twice x.",
    returns: "A number.",
    formula: "2 × x",
    example: { args: [2], expected: 4, source: "hand calculation" },
    notes: [],
    twin: { template: "2*{x}" },
    args,
  };
}

describe("withHelp: declarations and help joined into catalogue entries", () => {
  it("gives every argument its words and keeps the declarations", () => {
    const [entry] = withHelp([DOUBLE], { DOUBLE: help({ x: { description: "Any number." } }) });
    expect(entry.name).toBe("DOUBLE");
    expect(entry.summary).toBe("Twice x.");
    expect(entry.args).toEqual([{ ...X, description: "Any number." }]);
    expect(entry.compute).toBe(DOUBLE.compute);
  });

  it("throws when a function has no help", () => {
    expect(() => withHelp([DOUBLE], {})).toThrow("catalogue entry DOUBLE has no help text");
  });

  it("throws when the help names a function that is not declared", () => {
    expect(() =>
      withHelp([DOUBLE], {
        DOUBLE: help({ x: { description: "Any number." } }),
        TRIPLE: help({}),
      })
    ).toThrow("catalogue help for TRIPLE, which is not declared");
  });

  it("throws when an argument has no description", () => {
    expect(() => withHelp([DOUBLE], { DOUBLE: help({}) })).toThrow(
      "argument x of DOUBLE has no description"
    );
  });

  it("throws when the help describes an argument the function does not have", () => {
    expect(() =>
      withHelp([DOUBLE], {
        DOUBLE: help({ x: { description: "Any number." }, y: { description: "Another." } }),
      })
    ).toThrow("help of DOUBLE describes y, which is not an argument");
  });

  it("joins every function of the catalogue with its help", () => {
    for (const entry of CATALOGUE) {
      expect(entry.summary.length).toBeGreaterThan(0);
      for (const arg of entry.args) expect(arg.description.length).toBeGreaterThan(0);
    }
  });
});

/**
 * `mkt <FUNCTION> …` and `mkt --list`, run in-process through the dispatcher
 * with a recording CliIo: output on one line, exit codes 0 / 2 / 3.
 */
import { recorder } from "./recorder";
import { parseArgument, runFunctionCommand, runListCommand } from "../../src/cli/functionCommand";
import { CATALOGUE } from "../../src/core/catalogue";

async function run(name: string, ...args: string[]) {
  const io = recorder();
  const code = await runFunctionCommand(name, args, io);
  return { code, out: io.stdout, err: io.stderr };
}

describe("mkt <FUNCTION>", () => {
  it.each([
    [["ROMI", "150000", "50000", "0.4"], "0.2"],
    [["romi", "60000", "50000"], "0.2"],
    [["ROMI", "70000", "30000"], String(40000 / 30000)], // full precision: 1.3333333333333333
    [["ROMI", "150000", "50000", "40%"], "0.2"], // a trailing % divides by 100, as typing 40% in Excel
    [["ROMI", "60000", "50000", ""], "0.2"], // '' omits the optional argument
    [["ROMI_RATING", "0.25"], "below acceptable"],
    [["ROMI_RATING", "0.6", "ru"], "хороший"],
    [["LOYALTY_INDEX", "90", "60", "300"], "0.1"],
    [["WEIGHTED_DIST", "[[500],[300],[200]]", "[[true],[false],[1]]"], "0.7"],
    [["WEIGHTED_DIST", "[500,300,200]", "[1,0,1]"], "0.7"], // a flat array is a column
    [["CLEAN_DIST", "[[1,1],[1,0],[null,null]]"], "0.5"],
    [["HYPOTHESIS_CONFIRMED", "[[5],[4],[4],[2],[1]]"], "TRUE"],
    [["HYPOTHESIS_CONFIRMED", "[[5],[4],[2],[1]]", "0.5"], "FALSE"],
    [["MKT.BUNDLE_DISCOUNT", "10", "2"], String(2 / 12)],
    [["SERVICE_EFFECT", "4500", "0.1", "0.2"], String(4500 * 0.1 * 0.2)],
    // Issue 13's indicators, their worked examples ("75%" typed as in Excel).
    [["CLV", "1200", "75%", "15%"], String((1200 * 0.75) / (1 + 0.15 - 0.75))],
    [["RETENTION_RATE", "950", "200", "1000"], "0.75"],
    [["CONVERSION_RATE", "120", "4000"], "0.03"],
    [["BRAND_AWARENESS", "260", "400"], "0.65"],
    [["AKB_GROWTH", "460", "400"], "0.15"],
  ])("mkt %j prints %s and exits 0", async (argv, expected) => {
    const [name, ...args] = argv as string[];
    const { code, out, err } = await run(name, ...args);
    expect(out).toEqual([expected]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
  });

  it.each([
    [["ROMI", "150000", "0"], "#DIV/0! marketing_cost must be greater than 0"],
    [["ROMI", "abc", "1"], '#VALUE! incremental_revenue must be a number, not the text "abc"'],
    [
      ["ROMI", "1", "1", "40"],
      "#NUM! gross_margin is a share between 0 and 1: type 40% or 0.4, not 40",
    ],
    [
      ["POSM_PAYBACK", "3000", "50", "1", "100"],
      expect.stringMatching(/^#NUM! POSM never pays back/),
    ],
    [
      ["WEIGHTED_DIST", "[1,2]", "[1]"],
      "#VALUE! category_sales and carries must be ranges of the same shape (2×1 and 1×1)",
    ],
    [
      ["CLV", "100", "1", "0"],
      expect.stringMatching(/^#NUM! retention_rate must be below 1 \+ discount_rate/),
    ],
    [["RETENTION_RATE", "100", "150", "1000"], "#NUM! new_customers cannot exceed customers_end"],
    [["ROMI", "#N/A", "1"], "#N/A"], // an error passed in comes out unchanged
    [["WEIGHTED_DIST", '[1,"#REF!"]', "[1,1]"], "#REF!"],
  ])("mkt %j prints the error and exits 3", async (argv, expected) => {
    const [name, ...args] = argv as string[];
    const { code, out } = await run(name, ...args);
    expect(out).toEqual([expected]);
    expect(code).toBe(3);
  });

  it.each([
    ["an unknown function", ["NOPE", "1"], /unknown function "NOPE"/],
    ["too few arguments", ["ROMI", "1"], /ROMI takes 2 to 3 arguments, got 1/],
    ["too many arguments", ["ROMI", "1", "2", "3", "4"], /takes 2 to 3 arguments, got 4/],
    ["a broken JSON range", ["CLEAN_DIST", "[[1,2"], /not a valid JSON array/],
    ["an object in a range", ["CLEAN_DIST", '[[{"a":1}]]'], /range cell must be/],
  ])("%s is a usage mistake: stderr, exit 2", async (_, argv, message) => {
    const [name, ...args] = argv;
    const { code, out, err } = await run(name, ...args);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join("\n")).toMatch(message);
  });

  it("prints a function's help with --help", async () => {
    const { code, out } = await run("ROMI", "--help");
    expect(code).toBe(0);
    expect(out[0]).toBe("MKT.ROMI(incremental_revenue, marketing_cost, [gross_margin])  (§1.3)");
  });
});

describe("parseArgument", () => {
  it.each([
    ["12.5", false, 12.5],
    ["-3e2", false, -300],
    ["25%", false, 0.25],
    ["true", false, true],
    ["FALSE", false, false],
    ["", false, null],
    ["en", false, "en"],
    ["7", true, [[7]]],
  ])("%j → %j", (text, isRange, expected) => {
    expect(parseArgument(text, "x", isRange)).toEqual(expected);
  });
});

describe("mkt --list", () => {
  it("prints every function with its signature and summary, grouped by category", async () => {
    const io = recorder();
    expect(await runListCommand(io)).toBe(0);
    const text = io.stdout.join("\n");
    for (const entry of CATALOGUE) {
      expect(text).toContain(`MKT.${entry.name}(`);
      expect(text).toContain(entry.summary);
    }
    expect(io.stdout[0]).toBe("Campaign economics:");
  });
});

/**
 * The custom-function wrappers as Excel calls them: one exported function per
 * catalogue entry, the error mapping of `toExcelError`, error pass-through, and
 * JSDoc metadata that says exactly what the catalogue says.
 */
import { readdirSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { CATALOGUE } from "../../src/core/catalogue";
import { isExcelErrorValue } from "../../src/core/errors";
import { toExcelError, toExcelResult } from "../../src/functions/toExcelError";
import {
  ExcelErrorDouble,
  installCustomFunctionsDouble,
} from "../../testkit/customFunctionsDouble";
import { anyArgs } from "../core/catalogue/arbitraries";

installCustomFunctionsDouble();

const FUNCTIONS_DIR = join(__dirname, "..", "..", "src", "functions");
const files = readdirSync(FUNCTIONS_DIR).filter((f) => f.endsWith(".functions.ts"));

type Wrapper = (...args: unknown[]) => unknown;

const wrappers: Record<string, Wrapper> = Object.assign(
  {},
  ...files.map((f) => require(join(FUNCTIONS_DIR, f)))
);

/** Every Excel error passed in, directly or as a range cell: what may come out unchanged. */
function incomingErrors(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(incomingErrors);
  return isExcelErrorValue(value) ? [value] : [];
}

describe("toExcelError", () => {
  it.each([
    ["VALUE", "#VALUE!"],
    ["NUM", "#NUM!"],
    ["DIV0", "#DIV/0!"],
    ["NA", "#N/A"],
  ] as const)("maps %s to %s with the message", (kind, code) => {
    const error = toExcelError({ kind, message: "why" }) as unknown as ExcelErrorDouble;
    expect(error).toBeInstanceOf(ExcelErrorDouble);
    expect(error.code).toBe(code);
    expect(error.message).toBe("why");
  });

  it("hands an incoming error back as the very same object", () => {
    const incoming = new ExcelErrorDouble("#REF!");
    expect(toExcelError({ passedThrough: true, code: "#REF!", original: incoming })).toBe(incoming);
  });

  it("leaves values alone", () => {
    expect(toExcelResult(0.25)).toBe(0.25);
    expect(toExcelResult("good")).toBe("good");
    expect(toExcelResult(false)).toBe(false);
  });
});

describe("the wrappers", () => {
  it("export exactly one function per catalogue entry, named by its Excel id", () => {
    expect(Object.keys(wrappers).sort()).toEqual(CATALOGUE.map((e) => e.name).sort());
  });

  it.each(CATALOGUE.map((e) => [e.name, e] as const))(
    "%s computes its documented example",
    (name, entry) => {
      const result = wrappers[name](...entry.example.args);
      const expected = entry.example.expected;
      if (typeof expected === "number") expect(result).toBeCloseTo(expected, 12);
      else if (Array.isArray(expected)) {
        // A row of figures, some from an iterative fit: each cell to 1e-12 of its size.
        expect(result).toHaveLength(expected.length);
        expected.forEach((row, i) =>
          row.forEach((x, j) =>
            expect(Math.abs((result as number[][])[i][j] - x)).toBeLessThanOrEqual(
              1e-12 * Math.max(1, Math.abs(x))
            )
          )
        );
      } else expect(result).toBe(expected);
    }
  );

  it("ROMI: a zero marketing cost is #DIV/0! with the message", () => {
    expect(wrappers.ROMI(150000, 0)).toEqual(
      new ExcelErrorDouble("#DIV/0!", "marketing_cost must be greater than 0")
    );
  });

  it("ROMI: text is #VALUE! (Excel shows this message)", () => {
    expect(wrappers.ROMI("lots", 50000)).toEqual(
      new ExcelErrorDouble("#VALUE!", 'incremental_revenue must be a number, not the text "lots"')
    );
  });

  it("ROMI: an omitted gross_margin arrives as undefined or null and defaults to 1", () => {
    expect(wrappers.ROMI(60000, 50000)).toBeCloseTo(0.2, 15);
    expect(wrappers.ROMI(60000, 50000, null)).toBeCloseTo(0.2, 15);
  });

  it("CLV: a customer kept for ever with no discounting is #NUM! with the message", () => {
    const error = wrappers.CLV(100, 1, 0) as ExcelErrorDouble;
    expect(error.code).toBe("#NUM!");
    expect(error.message).toMatch(/no finite lifetime value/);
  });

  it("RETENTION_RATE: a blank customers_start (web null, desktop 0) is #DIV/0!", () => {
    expect((wrappers.RETENTION_RATE(950, 200, null) as ExcelErrorDouble).code).toBe("#DIV/0!");
    expect((wrappers.RETENTION_RATE(950, 200, 0) as ExcelErrorDouble).code).toBe("#DIV/0!");
  });

  it("POSM_PAYBACK: never paying back is #NUM!", () => {
    expect((wrappers.POSM_PAYBACK(3000, 50, 1, 100) as ExcelErrorDouble).code).toBe("#NUM!");
  });

  it("WEIGHTED_DIST: an error cell in a range comes out unchanged", () => {
    const na = new ExcelErrorDouble("#N/A", "lookup failed");
    expect(wrappers.WEIGHTED_DIST([[500], [na]], [[true], [false]])).toBe(na);
  });

  it("WEIGHTED_DIST: ranges of different shapes are #VALUE!", () => {
    expect((wrappers.WEIGHTED_DIST([[1], [2]], [[true]]) as ExcelErrorDouble).code).toBe("#VALUE!");
  });

  it("CLEAN_DIST: desktop blanks (0) and web blanks (null) inside a filled row agree", () => {
    expect(
      wrappers.CLEAN_DIST([
        [1, null],
        [1, 1],
      ])
    ).toBe(
      wrappers.CLEAN_DIST([
        [1, 0],
        [1, 1],
      ])
    );
  });

  it.each(CATALOGUE.map((e) => [e.name, e] as const))(
    "%s never throws and never returns NaN/Infinity",
    (name, entry) => {
      fc.assert(
        fc.property(anyArgs(entry), (args) => {
          const result = wrappers[name](...args);
          if (typeof result === "number") return Number.isFinite(result);
          if (typeof result === "string" || typeof result === "boolean") return true;
          // An object must be an Excel error we made, or the very error object that came in.
          return result instanceof ExcelErrorDouble || incomingErrors(args).includes(result);
        }),
        { numRuns: 100 }
      );
    }
  );
});

describe("the JSDoc metadata", () => {
  let metadata: {
    functions: {
      id: string;
      name: string;
      description: string;
      helpUrl: string;
      parameters: {
        name: string;
        description: string;
        optional?: boolean;
        dimensionality?: string;
        type: string;
      }[];
    }[];
  };
  let errors: string[];

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(
      files.map((f) => join(FUNCTIONS_DIR, f)),
      true
    );
    errors = generated.errors;
    metadata = JSON.parse(generated.metadataJson);
  });

  it("generates without errors", () => {
    expect(errors).toEqual([]);
  });

  it.each(CATALOGUE.map((e) => [e.name, e] as const))(
    "%s: summary, parameters and help URL match the catalogue",
    (name, entry) => {
      const fn = metadata.functions.find((f) => f.id === name);
      expect(fn).toBeDefined();
      expect(fn!.name).toBe(name);
      expect(fn!.description).toBe(entry.summary);
      expect(fn!.helpUrl).toBe(`https://localhost:3000/help/functions.html#${entry.anchor}`);
      expect(fn!.parameters.map((p) => p.name)).toEqual(entry.args.map((a) => a.name));
      fn!.parameters.forEach((p, i) => {
        const arg = entry.args[i];
        expect(p.description).toBe(arg.description);
        expect(p.optional ?? false).toBe(arg.optional ?? false);
        expect(p.type).toBe("any");
        expect(p.dimensionality ?? "scalar").toBe(arg.kind === "range" ? "matrix" : "scalar");
      });
    }
  );
});

/**
 * End-to-end registration of the custom functions, as Excel does it: Excel reads
 * functions.json, loads functions.js in the shared runtime and calls each function by
 * the id in the metadata. Here the built functions.js runs in a fresh JS context with
 * a minimal CustomFunctions host, so the generated metadata, the associate calls the
 * build appends and the wrappers are proven to line up.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { createContext, runInContext } from "vm";
import { distDir } from "./distPaths";
import {
  customFunctionsDouble,
  ExcelErrorDouble,
  RegisteredFunction,
} from "../../testkit/customFunctionsDouble";

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean }[];
}

function loadFunctions() {
  const registered = new Map<string, RegisteredFunction>();
  const context = createContext({
    CustomFunctions: customFunctionsDouble(registered),
    console,
    setTimeout,
    clearTimeout,
  });
  runInContext(readFileSync(join(distDir, "functions.js"), "utf8"), context, {
    filename: "functions.js",
  });
  return registered;
}

const metadata = JSON.parse(readFileSync(join(distDir, "functions.json"), "utf8")) as {
  functions: FunctionMetadata[];
};

describe("custom functions registered through the generated metadata", () => {
  const registered = loadFunctions();

  it("registers exactly the functions the metadata declares", () => {
    expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it("describes every function and every parameter for autocomplete", () => {
    for (const fn of metadata.functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(fn.description?.length ?? 0).toBeGreaterThan(10);
      for (const parameter of fn.parameters)
        expect(parameter.description?.length ?? 0).toBeGreaterThan(5);
    }
  });

  it("computes ROMI through its registered id: (150000 × 0.4 − 50000) / 50000 = 0.2", () => {
    const romi = registered.get("ROMI");
    expect(romi).toBeDefined();
    expect(romi!(150000, 50000, 0.4)).toBeCloseTo(0.2, 12);
  });

  it("answers a zero marketing cost with #DIV/0! and a message", () => {
    const result = registered.get("ROMI")!(150000, 0, null) as ExcelErrorDouble;
    expect(result).toBeInstanceOf(ExcelErrorDouble);
    expect(result.code).toBe("#DIV/0!");
    expect(result.message).toMatch(/marketing_cost/);
  });
});

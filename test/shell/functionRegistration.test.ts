/**
 * End-to-end registration of the custom functions, as Excel does it: Excel reads
 * functions.json, loads functions.js in the shared runtime and calls each function by
 * the id in the metadata. Here the built functions.js runs in a fresh JS context with
 * a minimal CustomFunctions host, after the runtime and shared chunks the page loads
 * before it, so the generated metadata, the associate calls the build appends and the
 * wrappers are proven to line up.
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
  // The shared runtime is a browser page: webpack's runtime reads `self` and its location.
  Object.assign(context, {
    self: context,
    location: { href: "https://localhost:3000/taskpane.html" },
  });
  // As the shared-runtime page does: webpack's runtime and the shared chunk first, in the
  // page's order, then functions.js (taskpane.js is the pane, not needed to register).
  for (const file of pageScriptsBefore("taskpane.js"))
    runInContext(readFileSync(join(distDir, file), "utf8"), context, { filename: file });
  return registered;
}

/** The local scripts of taskpane.html, in order, up to (not including) `stop`. */
function pageScriptsBefore(stop: string): string[] {
  const html = readFileSync(join(distDir, "taskpane.html"), "utf8");
  const local = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  return local.slice(0, local.indexOf(stop));
}

const metadata = JSON.parse(readFileSync(join(distDir, "functions.json"), "utf8")) as {
  functions: FunctionMetadata[];
};

describe("custom functions registered through the generated metadata", () => {
  const registered = loadFunctions();

  it("loads webpack's runtime and the shared chunk before functions.js, one copy of the core code", () => {
    expect(pageScriptsBefore("taskpane.js")).toEqual(["runtime.js", "shared.js", "functions.js"]);
  });

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

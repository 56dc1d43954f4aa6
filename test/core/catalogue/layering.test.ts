/**
 * The metric engine stays pure: nothing under src/core that this issue owns
 * names an Excel, Office, CustomFunctions or DOM identifier, or imports from
 * the wrappers or the task pane, so the CLI and the task pane can share it.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

const CORE = join(__dirname, "..", "..", "..", "src", "core");
const files = [
  join(CORE, "args.ts"),
  join(CORE, "errors.ts"),
  ...["metrics", "catalogue"].flatMap((dir) =>
    readdirSync(join(CORE, dir)).map((f) => join(CORE, dir, f))
  ),
];

describe.each(files.map((f) => [f.slice(CORE.length + 1), f]))("src/core/%s", (_, file) => {
  const source = readFileSync(file, "utf8");
  // Help text legitimately says "window" or "Excel"; only code counts.
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');

  it("names no host identifier (Excel, Office, CustomFunctions, window, document)", () => {
    expect(code).not.toMatch(/\b(Excel|Office|CustomFunctions|window|document)\s*\./);
  });

  it("imports nothing from the wrappers or the task pane", () => {
    expect(source).not.toMatch(/from\s+["'][^"']*(functions|taskpane)\//);
  });
});

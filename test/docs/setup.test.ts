/**
 * What a newcomer meets in the first hour: the README's commands leave the
 * repository clean, and `npm install` has no unreviewed install scripts to warn about.
 */
import { readFileSync } from "fs";
import { execFileSync, spawnSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const DOCS = ["README.md", "docs/discount-engine.md", "docs/taskpane-guide.md"];

/** The relative --out files the docs' example commands write. */
function exampleOutputs(): string[] {
  const outputs = new Set<string>();
  for (const doc of DOCS)
    for (const m of readFileSync(join(ROOT, doc), "utf8").matchAll(/--out\s+([^\s`'"]+)/g))
      if (!m[1].startsWith("/") && !m[1].includes("FILE")) outputs.add(m[1]);
  return [...outputs];
}

describe("first hour", () => {
  it("finds the README's example outputs", () => {
    expect(exampleOutputs()).toContain("sockets.xlsx");
  });

  it.each(exampleOutputs())("ignores the example output %s in git", (file) => {
    const result = spawnSync("git", ["check-ignore", "-q", file], { cwd: ROOT });
    expect(result.status).toBe(0);
  });

  it("lists every dependency install script in allowScripts (npm prints no warning)", () => {
    const output = execFileSync("npm", ["install-scripts", "ls"], { cwd: ROOT, encoding: "utf8" });
    expect(output).toMatch(/No packages with unreviewed install scripts/);
  });
});

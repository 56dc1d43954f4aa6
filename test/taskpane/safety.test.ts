/**
 * Safety rules of the pane that are properties of its source: no HTML built
 * from strings (React escapes all text; dangerouslySetInnerHTML and innerHTML
 * are never used), and a strict Content-Security-Policy in the page.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

const PANE = join(__dirname, "..", "..", "src", "taskpane");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(f) ? [path] : [];
  });
}

describe("task pane safety", () => {
  it("never inserts text as HTML", () => {
    const offenders = sources(PANE).filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write/.test(
        readFileSync(file, "utf8")
      )
    );
    expect(offenders).toEqual([]);
  });

  it("taskpane.html carries a strict Content-Security-Policy and loads office.js from Microsoft's CDN only", () => {
    const html = readFileSync(join(PANE, "taskpane.html"), "utf8");
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directives = new Map(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v])
    );
    expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("worker-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(csp).not.toContain("unsafe-eval");
    expect(directives.get("script-src")).not.toContain("'unsafe-inline'");
    expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ]);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect(html).toContain('<div id="root"></div>');
  });
});

/**
 * The offline manifest check: the real manifest passes, and each kind of
 * breakage it exists to catch makes it fail with a message naming the problem.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { checkManifest } from "../../scripts/manifest/checkManifest";
import { iconReaderFor } from "../../scripts/validateManifest";

const manifestPath = join(__dirname, "..", "..", "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");
const check = (xml: string) =>
  checkManifest(xml, { expectedNamespace: "MKT", readIcon: iconReaderFor(manifestPath) });

/** Applies one textual edit and fails loudly if the edit no longer matches the manifest. */
function broken(find: string | RegExp, replace: string): string {
  const result = manifest.replace(find, replace);
  if (result === manifest)
    throw new Error(`test edit ${String(find)} matched nothing in manifest.xml`);
  return result;
}

describe("manifest.xml offline checks", () => {
  it("passes on the shipped manifest", () => {
    expect(check(manifest)).toEqual([]);
  });

  it.each([
    [
      "XML that is not well formed",
      broken("</Hosts>\n  <Requirements>", "<Requirements>"),
      /not well formed/,
    ],
    [
      "a resid with no resource",
      broken('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'),
      /"Group.Missing".*does not resolve/,
    ],
    [
      "a resid of the wrong kind",
      broken('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Shared.Url"/>'),
      /points to a url, expected shortString/,
    ],
    [
      "an http URL",
      broken(
        'DefaultValue="https://localhost:3000/functions.js"',
        'DefaultValue="http://localhost:3000/functions.js"'
      ),
      /must be https/,
    ],
    [
      "a missing icon file",
      broken("assets/icon-80.png", "assets/icon-81.png"),
      /icon-81.png does not exist/,
    ],
    [
      "an icon of the wrong size",
      broken(
        '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
        '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"/>'
      ),
      /32x32, declared as 16x16/,
    ],
    [
      "a runtime that is not long-lived",
      broken('lifetime="long"', 'lifetime="short"'),
      /Runtime lifetime="long"/,
    ],
    [
      "a functions page outside the shared runtime",
      broken(
        /<Page>\s*<SourceLocation resid="Shared.Url"\/>/,
        '<Page><SourceLocation resid="Functions.Script.Url"/>'
      ),
      /<Page>.*must be the shared runtime/,
    ],
    [
      "a function file outside the shared runtime",
      broken('<FunctionFile resid="Shared.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
      /<FunctionFile>.*must be the shared runtime/,
    ],
    [
      "no SharedRuntime requirement",
      broken('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
      /SharedRuntime/,
    ],
    [
      "the wrong namespace",
      broken(
        '<bt:String id="Functions.Namespace" DefaultValue="MKT"/>',
        '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>'
      ),
      /namespace must be "MKT" \(got "CONTOSO"\)/,
    ],
    [
      "an element in an undeclared namespace",
      broken("<Permissions>", '<x:Extra xmlns:x="urn:example"/><Permissions>'),
      /namespace "urn:example"/,
    ],
    ["an id that is not a GUID", broken(/<Id>[^<]+<\/Id>/, "<Id>my-addin</Id>"), /GUID/],
    [
      "a short string over 125 characters",
      broken('DefaultValue="Trade marketing"', `DefaultValue="${"x".repeat(126)}"`),
      /126 characters \(limit 125\)/,
    ],
  ])("fails on %s", (_name, xml, message) => {
    const problems = check(xml);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(message);
  });
});

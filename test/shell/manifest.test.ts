/**
 * The offline manifest check: the real manifest passes, and each kind of
 * breakage it exists to catch makes it fail with a message naming the problem.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { spawnSync } from "child_process";
import { tmpdir } from "os";
import { join } from "path";
import { checkManifest } from "../../scripts/manifest/checkManifest";
import { iconReaderFor } from "../../scripts/validateManifest";
import { helpPagePath } from "../../scripts/functionDocs";
import { metadataFileFor } from "../../scripts/functionMetadataLocales";
import { OFFICE_LOCALE, TRANSLATED_LANGUAGES } from "../../src/core/language";
import { translate } from "../../src/core/i18n";

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
      "an override URL over http",
      broken(
        'Value="https://localhost:3000/functions-ru.json"',
        'Value="http://localhost:3000/functions-ru.json"'
      ),
      /Override of <bt:Url id="Functions.Metadata.Url"> for ru-RU URL must be https/,
    ],
    [
      "an override with a bare language for its locale",
      broken(
        '<bt:Override Locale="kk-KZ" Value="https://localhost:3000/functions-kk.json"/>',
        '<bt:Override Locale="kk" Value="https://localhost:3000/functions-kk.json"/>'
      ),
      /Locale "kk": use a language-REGION tag/,
    ],
    [
      "an override of the default locale",
      broken(
        '<Override Locale="ru-RU" Value="MKT Трейд-маркетинг"/>',
        '<Override Locale="en-US" Value="MKT"/>'
      ),
      /overrides the default locale en-US/,
    ],
    [
      "the same locale twice on one resource",
      broken(
        '<bt:Override Locale="kk-KZ" Value="Жеңілдіктер моделі"/>',
        '<bt:Override Locale="ru-RU" Value="Жеңілдіктер моделі"/>'
      ),
      /<bt:String id="TaskpaneButton.Label"> repeats Locale "ru-RU"/,
    ],
    [
      "an overridden short string over 125 characters",
      broken('Value="Модель скидок"', `Value="${"м".repeat(126)}"`),
      /TaskpaneButton.Label"> for ru-RU is 126 characters \(limit 125\)/,
    ],
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

describe("manifest.xml locale overrides", () => {
  /** The Override values of one resource (or top-level element), by locale. */
  function overridesOf(selector: RegExp): Record<string, string> {
    const block = selector.exec(manifest)?.[0] ?? "";
    return Object.fromEntries(
      [...block.matchAll(/Override Locale="([^"]+)" Value="([^"]+)"/g)].map((m) => [m[1], m[2]])
    );
  }
  const base = "https://localhost:3000/";

  it.each(TRANSLATED_LANGUAGES)(
    "offers the %s function metadata on the custom-functions Metadata URL",
    (language) => {
      const urls = overridesOf(/<bt:Url id="Functions.Metadata.Url"[\s\S]*?<\/bt:Url>/);
      expect(urls[OFFICE_LOCALE[language]]).toBe(`${base}${metadataFileFor(language)}`);
    }
  );

  it.each(TRANSLATED_LANGUAGES)("offers the %s help page on both help URLs", (language) => {
    for (const selector of [
      /<bt:Url id="GetStarted.LearnMoreUrl"[\s\S]*?<\/bt:Url>/,
      /<SupportUrl[\s\S]*?<\/SupportUrl>/,
    ]) {
      expect(overridesOf(selector)[OFFICE_LOCALE[language]]).toBe(
        `${base}${helpPagePath(language)}`
      );
    }
  });

  it.each(TRANSLATED_LANGUAGES)("names the add-in and its ribbon button in %s", (language) => {
    for (const selector of [
      /<DisplayName[\s\S]*?<\/DisplayName>/,
      /<bt:String id="Group.Label"[\s\S]*?<\/bt:String>/,
      /<bt:String id="TaskpaneButton.Label"[\s\S]*?<\/bt:String>/,
      /<bt:String id="TaskpaneButton.Tooltip"[\s\S]*?<\/bt:String>/,
      /<bt:String id="GetStarted.Description"[\s\S]*?<\/bt:String>/,
    ]) {
      expect(overridesOf(selector)[OFFICE_LOCALE[language]]).toMatch(/[а-яәғқңөұүһі]/i);
    }
  });

  it.each(["en", ...TRANSLATED_LANGUAGES] as const)(
    "the pane's texts name the ribbon button as the manifest does, in %s",
    (language) => {
      const labels = overridesOf(/<bt:String id="TaskpaneButton.Label"[\s\S]*?<\/bt:String>/);
      const label =
        language === "en"
          ? /<bt:String id="TaskpaneButton.Label" DefaultValue="([^"]+)"/.exec(manifest)?.[1]
          : labels[OFFICE_LOCALE[language]];
      const command = translate(language, "pane.ribbonCommand");
      expect(label).toBeDefined();
      expect(command).toContain(label!);
      expect(translate(language, "pane.host.body")).toContain(command);
    }
  );

  it("keeps the namespace untranslated: MKT in every language", () => {
    expect(overridesOf(/<bt:String id="Functions.Namespace"[^>]*\/>/)).toEqual({});
  });
});

describe("npm run validate", () => {
  const root = join(__dirname, "..", "..");

  /** `npm run validate -- --offline <file>`, as the README tells a user to run it. */
  function validate(file: string): { status: number | null; output: string } {
    const result = spawnSync("npm", ["run", "--silent", "validate", "--", "--offline", file], {
      cwd: root,
      encoding: "utf8",
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  /** A folder laid out as dist/ is: the manifest with the assets it serves. */
  function servedFolder(xml: string): string {
    const dir = mkdtempSync(join(tmpdir(), "mkt-manifest-"));
    cpSync(join(root, "assets"), join(dir, "assets"), { recursive: true });
    writeFileSync(join(dir, "manifest.xml"), xml);
    return dir;
  }

  it("checks the file it is given, not manifest.xml", () => {
    const dir = servedFolder(
      broken('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>')
    );
    const { status, output } = validate(join(dir, "manifest.xml"));
    expect(output).toMatch(/"Group.Missing".*does not resolve/);
    expect(status).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it("passes a manifest built for a production URL with a sub-path (icons found under it)", () => {
    const xml = manifest.split("https://localhost:3000/").join("https://addins.example.com/mkt/");
    const dir = servedFolder(xml);
    const { status, output } = validate(join(dir, "manifest.xml"));
    expect(output).not.toMatch(/does not exist/);
    expect(output).toMatch(/offline checks: .* is valid/);
    expect(status).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});

/**
 * `npm run validate [-- path/to/manifest.xml]`: the offline manifest checks
 * (scripts/manifest/checkManifest.ts), then Microsoft's online validator
 * (office-addin-manifest) when the network allows. Offline problems fail the
 * command; an unreachable validation service only prints a notice, because the
 * project's machines cannot reach it.
 */
import { existsSync, readFileSync } from "fs";
import { dirname, join, resolve } from "path";
import { validateManifest } from "office-addin-manifest";
import { checkManifest } from "./manifest/checkManifest";

/** How long to wait for the online validation service before calling it unreachable. */
const ONLINE_TIMEOUT_MS = 15_000;

/**
 * The URL the add-in's files are served from: the folder of the task pane page
 * (<DefaultSettings><SourceLocation>), which the build puts at the root of dist/
 * beside the manifest. With MKT_PRODUCTION_URL=https://host/mkt/ that is
 * https://host/mkt/, so an icon at https://host/mkt/assets/icon-16.png is the file
 * assets/icon-16.png, not mkt/assets/icon-16.png.
 */
export function servedBaseUrl(manifestXml: string): string | null {
  const page = /<DefaultSettings>[\s\S]*?<SourceLocation\s+DefaultValue="([^"]+)"/.exec(
    manifestXml
  );
  try {
    return page ? new URL(".", page[1]).href : null;
  } catch {
    return null;
  }
}

/**
 * Maps an icon URL to the file it is served from: its path below the served base
 * URL, under the folder of the manifest (the repository root, or dist/).
 */
export function iconReaderFor(
  manifestPath: string,
  baseUrl: string | null = null
): (url: string) => Uint8Array | null {
  const root = dirname(resolve(manifestPath));
  return (url) => {
    let relative: string;
    try {
      const pathname = new URL(url).pathname;
      const basePath =
        baseUrl !== null && url.startsWith(baseUrl) ? new URL(baseUrl).pathname : "/";
      relative = decodeURIComponent(pathname.slice(basePath.length));
    } catch {
      return null;
    }
    const file = join(root, ...relative.split("/").filter(Boolean));
    return existsSync(file) ? readFileSync(file) : null;
  };
}

async function validateOnline(manifestPath: string): Promise<"valid" | "invalid" | "unreachable"> {
  const timeout = new Promise<"unreachable">((done) =>
    setTimeout(() => done("unreachable"), ONLINE_TIMEOUT_MS).unref()
  );
  const online = validateManifest(manifestPath).then(
    (result) => {
      if (result.isValid) return "valid" as const;
      if (!result.report) {
        console.log(
          `online validation: the service answered HTTP ${result.status ?? "?"} ${result.statusText ?? ""}; skipped`
        );
        return "unreachable" as const;
      }
      for (const issue of result.report.errors ?? [])
        console.error(`online validation: ${issue.title}: ${issue.content}`);
      return "invalid" as const;
    },
    () => "unreachable" as const
  );
  return Promise.race([online, timeout]);
}

async function main(argv: string[]): Promise<number> {
  const offlineOnly = argv.includes("--offline");
  const manifestPath = argv.find((a) => !a.startsWith("--")) ?? "manifest.xml";
  if (!existsSync(manifestPath)) {
    console.error(`validate: ${manifestPath} does not exist`);
    return 2;
  }
  const xml = readFileSync(manifestPath, "utf8");
  const problems = checkManifest(xml, {
    expectedNamespace: "MKT",
    readIcon: iconReaderFor(manifestPath, servedBaseUrl(xml)),
  });
  for (const problem of problems) console.error(`manifest: ${problem}`);
  if (problems.length > 0) return 1;
  console.log(`offline checks: ${manifestPath} is valid`);
  if (offlineOnly) return 0;
  const online = await validateOnline(manifestPath);
  if (online === "unreachable")
    console.log(
      "online validation: the Microsoft validation service is unreachable from here; skipped"
    );
  if (online === "valid") console.log("online validation: valid");
  return online === "invalid" ? 1 : 0;
}

if (require.main === module) {
  // exit(), not exitCode: an online request that never answers must not keep the process alive.
  main(process.argv.slice(2)).then((code) => process.exit(code));
}

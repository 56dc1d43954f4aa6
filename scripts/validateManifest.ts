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

/** Maps an icon URL to the file it is served from: the URL path under the repo (or dist) root. */
export function iconReaderFor(manifestPath: string): (url: string) => Uint8Array | null {
  const root = dirname(resolve(manifestPath));
  return (url) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(url).pathname);
    } catch {
      return null;
    }
    const file = join(root, ...pathname.split("/").filter(Boolean));
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
  const problems = checkManifest(readFileSync(manifestPath, "utf8"), {
    expectedNamespace: "MKT",
    readIcon: iconReaderFor(manifestPath),
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
  main(process.argv.slice(2)).then((code) => process.exit(code));
}

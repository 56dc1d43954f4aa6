/**
 * Shared set-up of the task pane's browser tests and benchmark: serves a built
 * dist/ on 127.0.0.1, starts headless Chromium (Debian's /usr/bin/chromium via
 * playwright-core), answers the office.js CDN request with the fake Office host
 * (fakeOffice/office.js) whose workbook lives in this process (WorkbookHost,
 * HyperFormula), and records every request the page makes.
 */
import { createServer, type Server } from "http";
import { existsSync, readFileSync } from "fs";
import { extname, join, normalize, resolve, sep } from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type Page } from "playwright-core";
import { WorkbookHost } from "./fakeOffice/workbookHost";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const CHROMIUM_PATH = process.env.MKT_CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function distDir(): string {
  return resolve(process.env.MKT_DIST_DIR ?? join(__dirname, "..", "dist"));
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json",
  ".xml": "application/xml",
};

/** A static file server for `root` on 127.0.0.1 and a random port. */
export async function serveDir(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(
      join(root, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname))
    );
    if (!path.startsWith(root + sep) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[extname(path)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    res.end(readFileSync(path));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface PaneSession {
  page: Page;
  host: WorkbookHost;
  requests: string[];
  consoleErrors: string[];
  /** Makes the files of PaneOptions.unreachable reachable again (the network back). */
  reconnect(): Promise<void>;
}

export interface PaneOptions {
  origin: string;
  width?: number;
  height?: number;
  apiVersion?: string;
  bodyBackgroundColor?: string;
  /** Office's display language (Office.context.displayLanguage); default en-US. */
  displayLanguage?: string;
  /** null: office.js loads but reports no host (the page opened in a plain browser). */
  host?: string | null;
  /** False: office.js cannot be loaded at all (offline, blocked). */
  officeJs?: boolean;
  /** Entries for the page's localStorage before it loads (a remembered language). */
  storage?: Record<string, string>;
  sheets?: ConstructorParameters<typeof WorkbookHost>[0];
  /** The page's own files that cannot be fetched (the network gone after the page loaded). */
  unreachable?: RegExp;
}

/** Opens taskpane.html in a fresh context wired to a new fake Office host. */
export async function openPane(browser: Browser, options: PaneOptions): Promise<PaneSession> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 320, height: options.height ?? 900 },
  });
  const page = await context.newPage();
  const apiVersion = options.apiVersion ?? "1.15";
  const host = new WorkbookHost(options.sheets ?? [{ name: "Sheet1" }], apiVersion);
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  await page.exposeFunction("__excelSync", (batch: string) =>
    JSON.stringify(host.sync(JSON.parse(batch)))
  );
  await page.addInitScript(
    ({ config, storage }) => {
      (window as unknown as { __fakeOfficeConfig: unknown }).__fakeOfficeConfig = config;
      for (const [key, value] of Object.entries(storage)) window.localStorage.setItem(key, value);
    },
    {
      config: {
        apiVersion,
        bodyBackgroundColor: options.bodyBackgroundColor,
        displayLanguage: options.displayLanguage,
        ...(options.host !== undefined ? { host: options.host } : {}),
      },
      storage: options.storage ?? {},
    }
  );
  const officeJs = readFileSync(join(__dirname, "fakeOffice", "office.js"), "utf8");
  await page.route(OFFICE_JS_URL, (route) =>
    options.officeJs === false
      ? route.abort("internetdisconnected")
      : route.fulfill({ status: 200, contentType: "application/javascript", body: officeJs })
  );
  // Anything else off this machine is refused (and shows up in `requests`, failing the test).
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) =>
    route.request().url() === OFFICE_JS_URL ? route.fallback() : route.abort()
  );
  const unreachable = options.unreachable;
  const cutOff = (url: URL) =>
    url.origin === options.origin && (unreachable?.test(url.pathname) ?? false);
  if (unreachable) await page.route(cutOff, (route) => route.abort("internetdisconnected"));
  await page.goto(`${options.origin}/taskpane.html`);
  const reconnect = () => (unreachable ? page.unroute(cutOff) : Promise.resolve());
  return { page, host, requests, consoleErrors, reconnect };
}

/**
 * For a jest file: serves dist/ and starts Chromium before its tests, closes
 * both after. `env.browser` and `env.origin` are set once beforeAll has run.
 */
export function usePaneEnvironment(): { browser: Browser; origin: string } {
  const env = {} as { browser: Browser; origin: string; server: Server };
  beforeAll(async () => {
    const served = await serveDir(distDir());
    env.server = served.server;
    env.origin = served.origin;
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await new Promise((done) => env.server?.close(done));
  });
  return env;
}

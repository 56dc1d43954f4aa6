/**
 * `npm start`: serve the add-in and, where desktop Excel can exist (Windows,
 * macOS), sideload it with office-addin-debugging exactly as the Office add-in
 * templates do. On Linux there is no desktop Excel: the dev server runs in the
 * foreground and the steps to sideload manifest.xml into Excel on the web are
 * printed. Either way `npm run stop` ends it.
 */
import { spawn } from "child_process";
import { mkdirSync, rmSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import { DEV_SERVER_PID_FILE, nodeScript } from "./processes";

const root = join(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port ?? 3000);
const baseUrl = `https://localhost:${port}/`;

function sideloadSteps(): string {
  return [
    "",
    `The add-in is being served at ${baseUrl} (task pane: ${baseUrl}taskpane.html).`,
    "No desktop Excel on this machine. To load the add-in in Excel on the web:",
    "  1. Open https://www.office.com, sign in, and open or create a workbook in Excel.",
    "  2. Home > Add-ins > More Add-ins (or Insert > Add-ins) > My Add-ins >",
    "     Upload My Add-in (on some tenants: 'Manage My Add-ins' > 'Upload').",
    `  3. Choose ${join(root, "manifest.xml")} and select Upload.`,
    "  4. The 'Discount model' button appears on the Home tab; type =MKT. in a cell for the functions.",
    `  If the browser blocks ${baseUrl}, open it once in a tab and trust the certificate`,
    "  (see README, Troubleshooting > Certificates).",
    "Stop with Ctrl+C or `npm run stop`.",
    "",
  ].join("\n");
}

function startOnLinux(): void {
  const [node, args] = nodeScript("webpack-cli/bin/cli.js", ["serve", "--mode", "development"]);
  const server = spawn(node, args, {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  mkdirSync(dirname(DEV_SERVER_PID_FILE), { recursive: true });
  writeFileSync(DEV_SERVER_PID_FILE, String(server.pid));
  let announced = false;
  server.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    // webpack prints "compiled successfully" once the first build is served.
    if (!announced && /compiled (successfully|with \d+ warning)/.test(chunk.toString())) {
      announced = true;
      process.stdout.write(sideloadSteps());
    }
  });
  const forward = (signal: NodeJS.Signals) => () => server.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  server.on("exit", (code) => {
    rmSync(DEV_SERVER_PID_FILE, { force: true });
    process.exit(code ?? 0);
  });
}

function startWithDesktopExcel(): void {
  // office-addin-debugging runs `npm run dev-server`, waits for the port, then sideloads.
  const [node, args] = nodeScript("office-addin-debugging/cli.js", [
    "start",
    "manifest.xml",
    "desktop",
  ]);
  const debug = spawn(node, args, { cwd: root, stdio: "inherit" });
  debug.on("exit", (code) => process.exit(code ?? 0));
}

if (process.platform === "win32" || process.platform === "darwin") startWithDesktopExcel();
else startOnLinux();

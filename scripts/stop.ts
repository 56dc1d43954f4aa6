/**
 * `npm run stop`: ends what `npm start` started — office-addin-debugging's
 * session (dev server + sideloaded add-in) on Windows and macOS, the dev server
 * recorded in the pid file on Linux.
 */
import { spawnSync } from "child_process";
import { existsSync, readFileSync, rmSync } from "fs";
import { join } from "path";
import { DEV_SERVER_PID_FILE, nodeScript } from "./processes";

const root = join(__dirname, "..");

if (process.platform === "win32" || process.platform === "darwin") {
  const [node, args] = nodeScript("office-addin-debugging/cli.js", ["stop", "manifest.xml"]);
  const result = spawnSync(node, args, { cwd: root, stdio: "inherit" });
  process.exit(result.status ?? 0);
} else if (!existsSync(DEV_SERVER_PID_FILE)) {
  console.log("No dev server started by `npm start` is running.");
} else {
  const pid = Number(readFileSync(DEV_SERVER_PID_FILE, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the dev server (pid ${pid}).`);
  } catch {
    console.log(`The dev server (pid ${pid}) was no longer running.`);
  }
  rmSync(DEV_SERVER_PID_FILE, { force: true });
}

/**
 * Where `npm start` records the dev server it started on a machine without
 * desktop Excel, so `npm run stop` (from another terminal) can end it.
 */
import { join } from "path";

export const DEV_SERVER_PID_FILE = join(
  __dirname,
  "..",
  "node_modules",
  ".cache",
  "mkt",
  "dev-server.pid"
);

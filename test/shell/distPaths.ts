/** Where the test run's production build lives and which base URL it was built for. */
import { join, resolve } from "path";
import pkg from "../../package.json";

export const distDir = resolve(process.env.MKT_DIST_DIR ?? join(__dirname, "..", "..", "dist"));

const rawProductionUrl =
  process.env.MKT_PRODUCTION_URL ??
  process.env.npm_package_config_production_url ??
  pkg.config.production_url;
export const productionUrl = rawProductionUrl.endsWith("/")
  ? rawProductionUrl
  : `${rawProductionUrl}/`;

/**
 * Builds the add-in's single shared-runtime page and everything the manifest points at:
 *   taskpane.html   the shared runtime: task pane UI + custom functions, one JS context
 *   runtime.js, shared.js  webpack's runtime and the code both entries share, loaded first
 *   functions.js    the custom functions (also referenced as the manifest's Script)
 *   lang-ru.js, lang-kk.js, lang-{en,ru,kk}-later.js, help-ru.js, help-kk.js, workbook.js,
 *   numbered chunks loaded when needed: a language's messages, the messages of what the
 *                   pane shows after its first screen, its function help (the gallery),
 *                   the catalogue's help, the code behind the buttons, the lazy tabs, the worker
 *   functions.json  custom-function metadata generated from the JSDoc of src/functions/
 *   functions-ru.json, functions-kk.json  the same metadata with Russian / Kazakh descriptions
 *                   (scripts/functionMetadataLocales.ts; the manifest's bt:Override per locale)
 *   help/functions.html, help/ru/functions.html, help/kk/functions.html
 *                   the help page every function's @helpurl points to, in each language
 *   assets/, manifest.xml
 * Development URLs use https://localhost:3000/; a production build rewrites that base
 * to the production URL everywhere it appears in the manifest and the metadata.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources } = require("webpack");
const pkg = require("./package.json");

const DEV_URL = "https://localhost:3000/";
/** The entries of the one shared-runtime page (taskpane.html). */
const PAGE_ENTRIES = ["functions", "taskpane"];
const FUNCTION_FILES = fs
  .readdirSync(path.join(__dirname, "src", "functions"))
  .filter((file) => file.endsWith(".functions.ts"))
  .sort()
  .map((file) => `./src/functions/${file}`);

/**
 * The production base URL: MKT_PRODUCTION_URL wins, else package.json "config.production_url"
 * (npm exposes it as npm_package_config_production_url; read the file too so a plain
 * `npx webpack` agrees). Always ends with "/" and must be https.
 */
function productionUrl() {
  const raw =
    process.env.MKT_PRODUCTION_URL ||
    process.env.npm_package_config_production_url ||
    pkg.config.production_url;
  const url = raw.endsWith("/") ? raw : `${raw}/`;
  if (!url.startsWith("https://")) {
    throw new Error(
      `The production URL must start with https:// (got "${raw}"). Set MKT_PRODUCTION_URL.`
    );
  }
  return url;
}

/**
 * The TypeScript build scripts: the help pages (rendered from the same catalogue as
 * docs/functions.md) and the localised metadata. Registers tsx once (each register()
 * adds another loader hook), then loads the scripts.
 */
let buildScripts;
function scripts() {
  if (!buildScripts) {
    require("tsx/cjs/api").register();
    const docs = require("./scripts/functionDocs.ts");
    const locales = require("./scripts/functionMetadataLocales.ts");
    const { LANGUAGES, TRANSLATED_LANGUAGES } = require("./src/core/language.ts");
    buildScripts = { docs, locales, LANGUAGES, TRANSLATED_LANGUAGES };
  }
  return buildScripts;
}

/**
 * functions.json with `allowErrorForDataTypeAny: true`. Microsoft's metadata reference:
 * without it a custom function never receives an error value in an `any` argument
 * (every argument of ours is one, ranges included): Excel answers #VALUE! for it, so
 * an error cell in a range could not come out unchanged, as our functions promise.
 * custom-functions-metadata (2.x) writes only allowCustomDataForDataTypeAny, so the
 * flag is added here.
 */
function withErrorInputs(metadataText) {
  const metadata = JSON.parse(metadataText);
  metadata.allowErrorForDataTypeAny = true;
  return JSON.stringify(metadata, null, 4);
}

/**
 * Emits the help page in every language and, in production, rewrites the dev URL inside
 * functions.json; then derives functions-ru.json / functions-kk.json from the final functions.json.
 */
class AddinAssetsPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AddinAssetsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "AddinAssetsPlugin",
          stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const { docs, LANGUAGES } = scripts();
          for (const language of LANGUAGES) {
            const page = docs.renderFunctionHelpHtml(language);
            compilation.emitAsset(docs.helpPagePath(language), new sources.RawSource(page));
          }
        }
      );
      compilation.hooks.processAssets.tap(
        {
          name: "AddinAssetsPlugin",
          stage: compilation.constructor.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE,
        },
        () => {
          const metadata = compilation.getAsset("functions.json");
          if (!metadata) return; // the metadata plugin reports its own errors
          let text = withErrorInputs(metadata.source.source().toString());
          if (this.options.baseUrl !== DEV_URL)
            text = text.split(DEV_URL).join(this.options.baseUrl);
          compilation.updateAsset("functions.json", new sources.RawSource(text));
          const { locales, TRANSLATED_LANGUAGES } = scripts();
          for (const language of TRANSLATED_LANGUAGES) {
            const localized = locales.localizeFunctionsMetadata(text, language);
            compilation.emitAsset(
              locales.metadataFileFor(language),
              new sources.RawSource(localized)
            );
          }
        }
      );
    });
  }
}

/**
 * HTTPS for the dev server from office-addin-dev-certs. Installing its CA into the
 * system store needs sudo; where that fails (Linux containers, CI) the certificates
 * it generated are still used, and the user is told which CA file to trust.
 */
async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    if (!Object.values(files).every((file) => fs.existsSync(path.join(dir, file)))) {
      await devCerts.generateCertificates();
    }
    console.warn(
      `\n[mkt] Could not install the development CA into the system trust store (${String(error.message || error).split("\n")[0]}).\n` +
        `[mkt] Serving with the generated certificate anyway; trust ${path.join(dir, "ca.crt")} in your browser or OS to load the add-in.\n`
    );
    return Object.fromEntries(
      Object.entries(files).map(([key, file]) => [key, fs.readFileSync(path.join(dir, file))])
    );
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const baseUrl = dev ? DEV_URL : productionUrl();
  const config = {
    devtool: "source-map",
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, process.env.MKT_OUTPUT_DIR || "dist"),
      filename: "[name].js",
      // Chunks (the shared one, the lazy tabs, the worker) sit beside taskpane.html: load
      // them relative to the page, so no script-location guessing ("auto") is needed and
      // functions.js also runs where there is no document (test/shell/functionRegistration).
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: {
        // Fluent's table of 467 token names (about 4 KB gzip of first load) becomes a
        // function of the name: src/taskpane/fluentTokens.ts (its test compares every token).
        [path.resolve(__dirname, "node_modules/@fluentui/tokens/lib/tokens.js")]: path.resolve(
          __dirname,
          "src/taskpane/fluentTokens.ts"
        ),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: ts-loader compiles, then Griffel's loader turns each
          // makeStyles() of ours into the precomputed class tables Fluent's own packages ship,
          // so the pane never resolves styles at run time and the first load carries no
          // style compiler (stylis, rtl-css-js: about 7 KB gzip, bench/taskpane.bench.ts).
          use: [
            { loader: "@griffel/webpack-loader" },
            {
              loader: "ts-loader",
              // Full type checking (no transpileOnly), limited to what the bundle imports.
              options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true },
            },
          ],
        },
        {
          // Importing a core or pane module runs nothing but declarations, so webpack may
          // leave out a module whose exports go unused (a barrel's other re-exports): the
          // pane's first load then carries only what it renders. Not src/functions/: its
          // modules register the custom functions by being imported (index.ts), and the
          // entries and the worker are always kept.
          test: /[\\/]src[\\/](core|taskpane)[\\/]/,
          sideEffects: false,
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              dev ? content : content.toString().split(DEV_URL).join(baseUrl),
          },
        ],
      }),
      new AddinAssetsPlugin({ baseUrl }),
    ],
    optimization: {
      // One page runs both entries (the shared runtime): one webpack runtime for the
      // two, so a module they share is loaded and evaluated once (one module state:
      // the active language is the same for the pane and the functions), and the core
      // code both use sits in one chunk, shared.js, instead of once in each.
      // taskpane.html loads runtime.js and shared.js before functions.js and taskpane.js.
      runtimeChunk: {
        name: (entrypoint) =>
          PAGE_ENTRIES.includes(entrypoint.name) ? "runtime" : `${entrypoint.name}-runtime`,
      },
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          shared: {
            name: "shared",
            chunks: (chunk) => PAGE_ENTRIES.includes(chunk.name),
            minChunks: 2,
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false }, // budgets are measured by `npm run bench`
  };
  if (dev && process.env.WEBPACK_SERVE) {
    config.devServer = {
      port: Number(process.env.npm_package_config_dev_server_port || pkg.config.dev_server_port),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false, // everything served is a webpack output (CopyWebpackPlugin copies assets)
      server: { type: "https", options: await devServerHttpsOptions() },
      client: { overlay: { warnings: false } },
    };
  }
  return config;
};

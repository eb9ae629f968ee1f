/* eslint-disable */
// Builds the task pane and the custom functions bundles, functions.json (from the JSDoc
// of src/functions/functions.ts) and its English twin functions-en-us.json, the help page and
// the manifest. `ADDIN_URL=https://server/path npm run build` rewrites every development URL
// of the manifest and of the functions metadata (help links), not only the first, and says in
// the manifest's header comment that it is the production manifest.
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources, Compilation, WebpackError } = require("webpack");
const { localizeFunctions } = require("./scripts/localizeFunctions");

const DEV_URL = "https://localhost:3000";

function manifestUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\/[^\s"'<>]+$/.test(url)) {
    throw new Error(`ADDIN_URL must be an https:// address without spaces or quotes, got "${url}"`);
  }
  return url.replace(/\/+$/, "");
}

/**
 * Rewrites every development URL of the manifest (a global replace, unlike the upstream
 * template). A production manifest gets a header comment of its own: the source's says
 * "development", which would be false in dist/.
 */
function rewriteManifest(content, url) {
  let text = content.toString();
  if (url !== DEV_URL) {
    text = text.replace(
      /<!--[\s\S]*?-->/,
      [
        "<!--",
        "  IKU & LAKIP: an Excel task-pane add-in with custom functions in a shared runtime.",
        `  Production manifest: every URL points at ${url}, where dist/ is served.`,
        "  Built from manifest.xml by `ADDIN_URL=... npm run build`; edit the source, not this copy.",
        "-->",
      ].join("\n"),
    );
  }
  return text.split(DEV_URL).join(url);
}

/**
 * functions.json comes from custom-functions-metadata-plugin; this rewrites its help links
 * for production and adds functions-en-us.json, the English metadata the manifest's en-US
 * override points at (translations in src/functions/functions.en-us.json).
 */
class FunctionsMetadataLocalesPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    const translations = path.resolve(__dirname, "src/functions/functions.en-us.json");
    compiler.hooks.thisCompilation.tap("FunctionsMetadataLocales", (compilation) => {
      compilation.fileDependencies.add(translations);
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataLocales", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const json = asset.source.source().toString().split(DEV_URL).join(this.url);
          compilation.updateAsset("functions.json", new sources.RawSource(json));
          try {
            const en = JSON.parse(fs.readFileSync(translations, "utf8"));
            const localized = localizeFunctions(json, en, `${this.url}/help.html`);
            compilation.emitAsset("functions-en-us.json", new sources.RawSource(localized));
          } catch (e) {
            compilation.errors.push(new WebpackError(String(e.message ?? e)));
          }
        },
      );
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const preview = Boolean(env.preview);
  const url = manifestUrl();
  const port = Number(process.env.PORT || 3000);

  const entry = {
    functions: "./src/functions/functions.ts",
    taskpane: "./src/taskpane/taskpane.ts",
  };
  const plugins = [
    new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
    new FunctionsMetadataLocalesPlugin(url),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      // Shared runtime: the task pane page also runs the custom functions.
      chunks: ["functions", "taskpane"],
      chunksSortMode: "manual",
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        // The bilingual help page: SupportUrl, LearnMoreUrl and each function's helpUrl.
        { from: "src/help/help.html", to: "help.html" },
        { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content, url) },
      ],
    }),
  ];

  // The preview (preview/) and its workbook host (packages/excel-host, on HyperFormula,
  // GPL-3.0) are development tooling: only built with --env preview, never in a
  // production dist/.
  if (preview) {
    entry.preview = "./preview/preview.ts";
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./preview/preview.html",
        chunks: ["preview"],
      }),
    );
  }

  return {
    devtool: dev ? "source-map" : false,
    // One terser pass more than webpack's default two (about 0.1 KiB gzip off the task pane,
    // whose budget is 50 KiB gzip: test/build/bundleBudget.ts).
    optimization: { minimizeOptions: { javascript: { compress: { passes: 3 } } } },
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true },
          },
        },
        // The pane's stylesheet, as a string it injects; comments and spaces dropped.
        { test: /\.css$/, type: "asset/source", use: path.resolve(__dirname, "scripts/minifyCssLoader.js") },
      ],
    },
    plugins,
    performance: { hints: false },
    devServer: {
      // Development servers listen on this machine only.
      host: "localhost",
      port,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      // Only a served build needs a certificate; a plain build must not touch the cert store.
      server: preview || !env.WEBPACK_SERVE ? "http" : await httpsOptions(),
      open: false,
      client: { overlay: false },
    },
  };
};

/** Office requires https for add-ins; office-addin-dev-certs makes a trusted localhost certificate. */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch {
    return "https";
  }
}

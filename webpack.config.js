/* eslint-disable */
// Builds the task pane and the custom functions bundles, functions.json (from the JSDoc
// of src/functions/functions.ts) and the manifest. `ADDIN_URL=https://server/path npm run
// build` rewrites every development URL of the manifest, not only the first.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000";

function manifestUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\/[^\s"'<>]+$/.test(url)) {
    throw new Error(`ADDIN_URL must be an https:// address without spaces or quotes, got "${url}"`);
  }
  return url.replace(/\/+$/, "");
}

/** Rewrites every development URL of the manifest (a global replace, unlike the upstream template). */
function rewriteManifest(content, url) {
  return content.toString().split(DEV_URL).join(url);
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
        { test: /\.css$/, type: "asset/source" },
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

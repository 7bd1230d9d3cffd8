const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { addinBase, rewriteManifest } = require("./src/tools/manifestUrl.cjs");

const devPort = require("./package.json").config.dev_server_port;

/** HTTPS options for the dev server: Office only loads add-ins over HTTPS. */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/**
 * Where the production add-in is hosted: KADR_ADDIN_URL at build time (as the `yo office` templates'
 * urlProd). Unset, dist/manifest.xml keeps the dev server's URLs (the tests and the preview need
 * nothing else) and the build says so.
 */
function productionUrl(mode) {
  const url = process.env.KADR_ADDIN_URL;
  if (mode !== "production" || url === undefined || url === "") return undefined;
  const target = addinBase(url);
  if (!target.ok) throw new Error(target.message);
  return target.base;
}

module.exports = async (_env, argv = {}) => {
  // Certificates are only needed to serve; building (and CI) must not touch the machine's trust store.
  const serving = process.env.WEBPACK_SERVE === "true";
  const addinUrl = productionUrl(argv.mode);
  if (argv.mode === "production" && addinUrl === undefined && !serving) {
    console.warn("dist/manifest.xml points at https://localhost (set KADR_ADDIN_URL to deploy elsewhere)");
  }
  return {
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
      // The browser preview: the same task pane over an in-memory workbook (no Office, no office.js).
      preview: "./src/preview/preview.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // Shared runtime: one page hosts the task pane, the ribbon commands and the custom functions.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "commands", "functions"],
        scriptLoading: "blocking",
      }),
      // Data: dist/sample-workbook.json, written after webpack by src/tools/preview-data.ts (see "build").
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              addinUrl === undefined ? content : rewriteManifest(content.toString("utf8"), addinUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await getHttpsOptions() },
          port: process.env.npm_package_config_dev_server_port || devPort,
        }
      : undefined,
  };
};

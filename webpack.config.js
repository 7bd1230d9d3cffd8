const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const devPort = require("./package.json").config.dev_server_port;

/** HTTPS options for the dev server: Office only loads add-ins over HTTPS. */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async () => {
  // Certificates are only needed to serve; building (and CI) must not touch the machine's trust store.
  const serving = process.env.WEBPACK_SERVE === "true";
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
          { from: "manifest.xml", to: "manifest.xml" },
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

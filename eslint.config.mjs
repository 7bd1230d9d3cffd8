// ESLint flat config: JS and TypeScript recommended rules, the Office add-in rules of
// eslint-plugin-office-addins (e.g. no context.sync() in a loop), and eslint-config-prettier so
// that formatting is Prettier's job alone (`prettier --check` runs in `npm run lint`).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const officeRules = Object.fromEntries(
  Object.entries(officeAddins.configs.recommended.at(-1).rules).filter(([name]) => name.startsWith("office-addins/")),
);

/** What no core file may import: a host's library, or an edge. */
const CORE_IMPORTS = [
  {
    group: ["exceljs", "jszip", "react", "react-*", "@fluentui/*", "office-*", "@microsoft/*", "node:*"],
    message: "The core is host-free.",
  },
  {
    group: [
      "**/adapters/**",
      "**/functions/**",
      "**/commands/**",
      "**/taskpane/**",
      "**/cli/**",
      "**/preview/**",
      "**/gas/**",
      "**/ui/**",
    ],
    message: "The core does not depend on the edges.",
  },
];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Office.js lives in src/adapters/office only: the pane, the commands and the functions reach
    // Excel through the ports (PaneHost, CommandHost, FunctionHost) and the entry helpers there.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/adapters/office/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension", "CustomFunctions"].map((name) => ({
          name,
          message: "Office.js code belongs in src/adapters/office.",
        })),
      ],
    },
  },
  {
    // The pure core: rules, sheet reading, checks, report model and the workbook port know no host.
    files: [
      "src/rules/**",
      "src/reader/**",
      "src/checks/**",
      "src/report/**",
      "src/workbook/**",
      "src/sheet/**",
      "src/attestation/**",
      "src/survey/**",
    ],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "CustomFunctions", "SpreadsheetApp", "document", "window", "process"].map((name) => ({
          name,
          message: "The core is host-free: take what you need as an argument; adapters live in src/adapters.",
        })),
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: CORE_IMPORTS,
        },
      ],
    },
  },
  {
    // The core's layers, bottom up: rules → workbook → reader → checks' coverage → attestation →
    // survey (what each sheet is) → report. The two jobs never import each other; what both need for naming and
    // telling output from data is in workbook/, what each sheet is in survey/.
    files: ["src/attestation/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...CORE_IMPORTS,
            {
              group: ["**/report", "**/report/**", "**/survey", "**/survey/**"],
              message: "Attestation sits below the report and the survey: share through workbook/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/report/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...CORE_IMPORTS,
            {
              group: ["**/attestation", "**/attestation/**"],
              message: "The report knows attestation lists only through survey/ (which sheet is what).",
            },
          ],
        },
      ],
    },
  },
  {
    // rules/ is the bottom of the core: nothing outside it (its files sit at most one folder down).
    files: ["src/rules/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...CORE_IMPORTS, { group: ["../**"], message: "rules/ imports nothing outside rules/." }] },
      ],
    },
  },
  {
    files: ["src/rules/*/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...CORE_IMPORTS, { group: ["../../**"], message: "rules/ imports nothing outside rules/." }] },
      ],
    },
  },
  {
    // workbook/ (the port, layout, sheet naming, output titles) sits on rules/ alone.
    files: ["src/workbook/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...CORE_IMPORTS,
            {
              group: ["../*", "../*/**", "!../rules", "!../rules/**"],
              message: "workbook/ sits on rules/ alone: it imports nothing above it.",
            },
          ],
        },
      ],
    },
  },
  {
    // The Google Sheets bundle (dist/gas/Code.js) runs in Apps Script: no Excel, browser, Node or UI library.
    files: ["src/gas/**", "src/adapters/sheets/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["exceljs", "jszip", "react", "react-*", "@fluentui/*", "office-*", "@microsoft/*", "node:*"],
              message: "Apps Script has none of these: the Sheets bundle uses the core and the Apps Script services.",
            },
            {
              group: [
                "**/adapters/office/**",
                "**/adapters/exceljs/**",
                "**/taskpane/**",
                "**/cli/**",
                "**/commands/**",
              ],
              message: "Other hosts' code does not belong in the Sheets bundle.",
            },
          ],
        },
      ],
    },
  },
  {
    // Node scripts and configs (CommonJS or ESM run by Node, not bundled).
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: { console: "readonly", process: "readonly", Buffer: "readonly", URL: "readonly" },
    },
  },
  {
    // webpack.config.js is CommonJS, the form webpack-cli loads without a build step, and so is the
    // manifest rewriter it requires.
    files: ["webpack.config.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", __dirname: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

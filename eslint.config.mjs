import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * What the add-in's own code may not reach: the development Excel (the workspace package
 * @iku-lakip/excel-host, anything under packages/) and the formula engine it links,
 * HyperFormula (GPL-3.0). Only the preview, the tests and the bench use them; the
 * add-in talks to Excel through office.js alone. test/lint/importBoundaries.test.ts
 * proves the rule fires.
 */
export const addinImportBoundary = {
  group: [
    "@iku-lakip/excel-host",
    "@iku-lakip/excel-host/*",
    "**/packages/**",
    "hyperformula",
    "hyperformula/*",
  ],
  message:
    "The add-in (src/) never imports the development Excel host or HyperFormula: only preview/, test/ and bench/ may.",
};

/** What the host package may not reach: the add-in. Its custom functions come in as arguments. */
export const hostImportBoundary = {
  group: ["../../*", "../../**"],
  message:
    "packages/excel-host imports nothing outside the package: the add-in passes its functions in (customFunctions).",
};

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "test-results/", "node_modules/", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: [
      "src/excel/**/*.ts",
      "src/functions/**/*.ts",
      "src/taskpane/**/*.ts",
      "src/xlsx/**/*.ts",
      "src/cli/**/*.ts",
    ],
    rules: {
      "no-restricted-imports": ["error", { patterns: [addinImportBoundary] }],
    },
  },
  {
    // The core is pure: the Excel shell, the DOM and the Office runtime stay out.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "CustomFunctions",
        "OfficeExtension",
        "document",
        "window",
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            addinImportBoundary,
            { group: ["**/excel/**", "**/taskpane/**", "**/functions/**", "**/preview/**"] },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/excel-host/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [hostImportBoundary] }],
    },
  },
  {
    files: ["test/**/*.ts", "bench/**/*.ts", "packages/*/test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
);

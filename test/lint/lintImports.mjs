/*
 * Lints import statements as if they stood in a given file, with the rule the
 * repository's ESLint config applies to that file: `no-restricted-imports`. Run in its
 * own Node process (ESLint loads eslint.config.mjs as an ES module, which jest cannot).
 *
 *   node test/lint/lintImports.mjs <root> '[{ "file": "src/excel/x.ts", "source": "import ..." }]'
 *
 * Prints, per case, whether the file has the rule and the messages it gave.
 */
import { ESLint, Linter } from "eslint";
import tseslint from "typescript-eslint";

const [root, casesJson] = process.argv.slice(2);
const eslint = new ESLint({ cwd: root });
const linter = new Linter({ configType: "flat" });
const results = [];
for (const { file, source } of JSON.parse(casesJson)) {
  const config = await eslint.calculateConfigForFile(file);
  const rule = config.rules?.["no-restricted-imports"];
  const messages = rule
    ? linter.verify(
        source,
        [
          {
            files: ["**/*.ts"],
            languageOptions: { parser: tseslint.parser },
            rules: { "no-restricted-imports": rule },
          },
        ],
        { filename: file },
      )
    : [];
  results.push({ file, source, messages: messages.map((m) => `${m.ruleId ?? "fatal"}: ${m.message}`) });
}
console.log(JSON.stringify(results));

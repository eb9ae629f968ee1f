/*
 * The Excel enums the host installs are a hand-kept subset of office.js's: each must
 * equal its declaration in the installed @types/office-js, member for member.
 */
import { readFileSync } from "fs";
import { excelEnums } from "../src/enums";

const declarations = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
const excelNamespace = declarations.slice(declarations.indexOf("declare namespace Excel {"));

/** `enum Name { member = "Value", ... }` inside `declare namespace Excel`, as an object. */
function declaredEnum(name: string): Record<string, string> | null {
  const body = new RegExp(`\\n\\s*enum ${name} \\{([\\s\\S]*?)\\n\\s*\\}`).exec(excelNamespace)?.[1];
  if (body === undefined) return null;
  return Object.fromEntries([...body.matchAll(/(\w+) = "([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

describe("the host's Excel enums are copies of @types/office-js's", () => {
  test.each(Object.keys(excelEnums))("Excel.%s", (name) => {
    expect(excelEnums[name as keyof typeof excelEnums]).toEqual(declaredEnum(name));
  });
});

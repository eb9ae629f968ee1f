/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
    // office-addin-mock pulls in ESM-only uuid and strip-bom.
    "^.+\\.m?js$": ["ts-jest", { tsconfig: { allowJs: true } }],
  },
  moduleNameMapper: { "\\.css$": "<rootDir>/test/support/cssStub.js" },
  transformIgnorePatterns: ["/node_modules/(?!(uuid|strip-bom)/)"],
  testTimeout: 30000,
};

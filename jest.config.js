/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // The add-in's tests, and the tests of each workspace package (packages/*/test).
  roots: ["<rootDir>/test", "<rootDir>/packages"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleNameMapper: { "\\.css$": "<rootDir>/test/support/cssStub.js" },
  testTimeout: 30000,
};

#!/usr/bin/env node
// The `iku-lakip` command: runs src/cli/main.ts through tsx, so the repository needs no
// build step (`npm ci` then `npx iku-lakip`). tsx compiles each file once with esbuild
// and caches it; the TypeScript checks stay with `npm run typecheck`.
"use strict";
require("tsx/cjs");

// tsx's ESM hooks too: the core loads its write half with `import()` (performAction.ts).
import("tsx/esm")
  .then(() => {
    const { main, processIo } = require("../src/cli/main.ts");
    return main(process.argv.slice(2), processIo);
  })
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(
        `iku-lakip: kesalahan tak terduga: ${error && error.stack ? error.stack : error}\n`,
      );
      process.exitCode = 70;
    },
  );

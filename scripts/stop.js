// `npm stop`: ends what `npm start` sideloaded into Excel desktop (office-addin-debugging).
// Where office-addin-debugging is not installed (an optional dependency: an install without
// optional dependencies, or one whose optional install failed, has none), `npm start` ran the
// browser preview instead: say so, and what to do, and end without an error.
const { spawn } = require("child_process");

function has(module) {
  try {
    require.resolve(module);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {{ hasDebugging: boolean }} where
 * @returns {{ command: string, args: string[] } | { message: string }}
 */
function stopPlan({ hasDebugging }) {
  if (hasDebugging) return { command: "npx", args: ["office-addin-debugging", "stop", "manifest.xml"] };
  return {
    message: [
      "office-addin-debugging tidak terpasang, jadi tidak ada sideload Excel desktop yang perlu dihentikan.",
      "office-addin-debugging is not installed, so there is no Excel desktop sideload to stop.",
      "",
      "  Pratinjau / preview (npm start, npm run preview): hentikan servernya dengan Ctrl+C / stop its server with Ctrl+C.",
      "  Excel desktop (Windows/macOS): npm install --include=optional, lalu / then npm start.",
    ].join("\n"),
  };
}

module.exports = { stopPlan };

if (require.main === module) {
  const plan = stopPlan({ hasDebugging: has("office-addin-debugging") });
  if ("message" in plan) {
    console.log(plan.message);
  } else {
    const child = spawn(plan.command, plan.args, { stdio: "inherit", shell: process.platform === "win32" });
    child.on("exit", (code) => process.exit(code ?? 0));
  }
}

// `npm start`: on Windows and macOS, serve over https and sideload into Excel desktop
// (office-addin-debugging, office-addin-dev-certs); elsewhere, or where office-addin-debugging
// (an optional dependency) is not installed, run the browser preview and say why, and how to
// use the add-in in Excel on the web. `startPlan` decides; test/scripts/startStop.test.ts tests it.
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
 * @param {{ platform: string, hasDebugging: boolean, port: string }} where
 * @returns {{ command: string, args: string[], env: Record<string, string>, message: string }}
 */
function startPlan({ platform, hasDebugging, port }) {
  const desktop = platform === "win32" || platform === "darwin";
  if (desktop && hasDebugging) {
    // office-addin-debugging starts `npm run dev-server`, installs the dev certificate, and sideloads manifest.xml.
    return {
      command: "npx",
      args: ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"],
      env: {},
      message: "",
    };
  }
  const why = desktop
    ? [
        "office-addin-debugging tidak terpasang (dependensi opsional), jadi Excel desktop tidak dapat di-sideload.",
        "office-addin-debugging is not installed (an optional dependency), so Excel desktop cannot be sideloaded.",
        "  Pasang / install: npm install --include=optional, lalu / then npm start.",
      ]
    : ["Excel desktop tidak tersedia di sistem ini / Excel desktop is not available on this system."];
  const message = [
    "",
    ...why,
    "",
    `  Pratinjau di peramban / Browser preview: http://localhost:${port}/preview.html`,
    "",
    "Untuk mencoba di Excel untuk web / To try it in Excel on the web:",
    "  Excel untuk web memuat add-in hanya dari alamat https yang dipercaya peramban.",
    "  Excel on the web loads an add-in only from an https address the browser trusts:",
    "  - ADDIN_URL=https://server/path npm run build, unggah dist/ ke server itu / upload dist/ there; atau / or",
    "  - npm run dev-server (https://localhost:3000) dengan sertifikat localhost yang dipercaya peramban",
    "    / with a localhost certificate your browser trusts.",
    "  Lalu / Then: Beranda > Add-in > Opsi Lainnya > Unggah Add-in Saya / Home > Add-ins > More Settings >",
    "  Upload My Add-in, pilih / choose manifest.xml (dist/manifest.xml untuk server / for a server).",
    "",
  ].join("\n");
  return {
    command: "npx",
    args: ["webpack", "serve", "--mode", "development", "--env", "preview"],
    env: { PORT: port },
    message,
  };
}

module.exports = { startPlan };

if (require.main === module) {
  const plan = startPlan({
    platform: process.platform,
    hasDebugging: has("office-addin-debugging"),
    port: process.env.PORT || "3000",
  });
  if (plan.message) console.log(plan.message);
  const child = spawn(plan.command, plan.args, {
    stdio: "inherit",
    shell: process.platform === "win32",
    env: { ...process.env, ...plan.env },
  });
  child.on("exit", (code) => process.exit(code ?? 0));
}

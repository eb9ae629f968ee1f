// `npm start`: on Windows and macOS, serve over https and sideload into Excel desktop
// (office-addin-debugging, office-addin-dev-certs); elsewhere, where there is no Excel
// desktop, run the browser preview and say how to use the add-in in Excel on the web.
const { spawn } = require("child_process");

const desktop = process.platform === "win32" || process.platform === "darwin";

function has(module) {
  try {
    require.resolve(module);
    return true;
  } catch {
    return false;
  }
}

function run(command, args, env = {}) {
  const child = spawn(command, args, {
    stdio: "inherit",
    shell: process.platform === "win32",
    env: { ...process.env, ...env },
  });
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (desktop && has("office-addin-debugging")) {
  // office-addin-debugging starts `npm run dev-server`, installs the dev certificate, and sideloads manifest.xml.
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  const port = process.env.PORT || "3000";
  console.log(
    [
      "",
      "Excel desktop tidak tersedia di sistem ini / Excel desktop is not available on this system.",
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
    ].join("\n"),
  );
  run("npx", ["webpack", "serve", "--mode", "development", "--env", "preview"], { PORT: port });
}

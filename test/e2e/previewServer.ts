import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { createServer, type Server } from "http";
import { tmpdir } from "os";
import { extname, join, normalize } from "path";
import type { AddressInfo } from "net";

const root = join(__dirname, "../..");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
  ".map": "application/json",
};

export interface PreviewServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Builds the preview (development mode, its own output folder) and serves it on a free
 * loopback port: what `npm run preview` serves, without webpack-dev-server's watcher.
 */
export async function startPreviewServer(): Promise<PreviewServer> {
  const out = mkdtempSync(join(tmpdir(), "iku-preview-"));
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "development",
      "--env",
      "preview",
      "--output-path",
      out,
    ],
    { cwd: root, stdio: "pipe" },
  );
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/")).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(out, path === "/" ? "preview.html" : path);
    if (!file.startsWith(out) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          rmSync(out, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

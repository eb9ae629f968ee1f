import { existsSync } from "fs";
import { join } from "path";
import { chromium, type Browser } from "playwright-core";

const CANDIDATES = [process.env["CHROMIUM_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
  (p): p is string => typeof p === "string" && p !== "",
);

/** Debian's Chromium, or null when this machine has none. */
const chromiumPath: string | null = CANDIDATES.find((p) => existsSync(p)) ?? null;

/**
 * Without Chromium the end-to-end suite is skipped and says why; under CI it must run,
 * so a missing browser is a failure there rather than a silent skip.
 */
export function e2eAvailability(): { run: boolean; reason: string } {
  if (chromiumPath) return { run: true, reason: "" };
  const reason = "Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH)";
  if (process.env["CI"]) throw new Error(`end-to-end tests cannot run under CI: ${reason}`);
  console.warn(`end-to-end tests skipped: ${reason}`);
  return { run: false, reason };
}

export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error("Chromium not found");
  return chromium.launch({
    executablePath: chromiumPath,
    // The closed network here refuses Chromium's background connections; these flags stop them.
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    // launch() gives every run a fresh, temporary user-data dir of its own.
  });
}

/** Where screenshots go: test-results/ at the project root (kept by CI as output). */
export const screenshotDir = join(__dirname, "../../test-results/screenshots");

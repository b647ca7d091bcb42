// Which Chromium the browser tests drive: CHROMIUM_PATH, else the system's, else Playwright's
// own download. `playwright install` cannot download on this network, so Debian's package is the
// usual answer.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome-stable", "/usr/bin/google-chrome"];

export type ChromiumChoice = { executablePath: string | undefined } | { error: string };

export function findChromium(): ChromiumChoice {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return existsSync(fromEnv) ? { executablePath: fromEnv } : { error: `CHROMIUM_PATH points to ${fromEnv}, which does not exist.` };
  }
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (system) return { executablePath: system };
  try {
    if (existsSync(chromium.executablePath())) return { executablePath: undefined };
  } catch {
    // Playwright has no browser of its own either.
  }
  return {
    error: "No Chromium for the browser tests: install one (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  };
}

// Fails the browser tests early, in one line, when there is no Chromium to drive.
import { findChromium } from "@/e2e/support/chromium";

const choice = findChromium();
if ("error" in choice) {
  console.error(choice.error);
  process.exit(1);
}

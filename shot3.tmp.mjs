import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const creds = JSON.parse(readFileSync("/tmp/cf-start/demo-credentials.json", "utf8"));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const [email, width, ...paths] = process.argv.slice(2);
const c = creds.find((x) => x.email === email);
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 } });
const page = await ctx.newPage();
await page.goto("http://localhost:3000/en/sign-in");
await page.getByLabel("Email").fill(c.email);
await page.getByLabel("Password").fill(c.password);
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(/workspace|admin/);
for (const p of paths) {
  const r = await page.goto("http://localhost:3000" + p);
  const name = p.replaceAll("/", "_");
  console.log(p, r.status());
  await page.locator(".recharts-surface").first().waitFor({ timeout: 4000 }).catch(() => {});
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots/ws${name}-${width}.png`, fullPage: true });
}
await browser.close();

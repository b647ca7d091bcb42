import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { E2E_INSTALLS, type E2eInstall } from "./installs";

type DemoRole = "admin" | "regulator" | "case_officer";
interface DemoCredential {
  email: string;
  password: string;
  role: DemoRole;
  name: string;
}

/** The demo users `npm start` created for this run (written to the installation's data directory). */
function demoUsers(install: E2eInstall): DemoCredential[] {
  return JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../..", E2E_INSTALLS[install].dataDir, "demo-credentials.json"), "utf8")) as DemoCredential[];
}

export function demoUser(email: string, install: E2eInstall = "seeded"): DemoCredential {
  const found = demoUsers(install).find((u) => u.email === email);
  if (!found) throw new Error(`No demo user ${email}`);
  return found;
}

/** Signs in through next-auth's API (faster than the form; the form has its own tests). */
async function signInViaApi(page: Page, email: string, password: string): Promise<void> {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", { form: { email, password, csrfToken, json: "true" } });
  if (!response.ok()) throw new Error(`Sign-in failed for ${email}: ${response.status()}`);
  const cookies = await page.context().cookies();
  if (!cookies.some((c) => c.name.includes("session-token"))) throw new Error(`Sign-in did not set a session for ${email}`);
}

export async function signInAs(page: Page, email: string, install: E2eInstall = "seeded"): Promise<DemoCredential> {
  const user = demoUser(email, install);
  await signInViaApi(page, user.email, user.password);
  return user;
}

/** Fills and submits the sign-in form, as a person would. */
export async function signInWithForm(page: Page, email: string, password: string, locale: "en" | "ko" = "en"): Promise<void> {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(locale === "en" ? "Email" : "이메일").fill(email);
  await page.getByLabel(locale === "en" ? "Password" : "비밀번호").fill(password);
  await page.getByRole("button", { name: locale === "en" ? "Sign in" : "로그인" }).click();
}

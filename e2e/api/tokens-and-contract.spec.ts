// A regulator makes a personal API token in the workspace, and a client generated from the
// OpenAPI description (openapi-typescript + openapi-fetch) opens the reference case through the
// API alone and reads it back; revoking the token in the workspace stops it at once.
import createClient from "openapi-fetch";
import { expect, test } from "../support/fixtures";
import { casesOpenedHere } from "../support/opened-cases";
import { signInAs } from "../support/session";
import type { paths } from "./casefile-api";

const opened = casesOpenedHere();

const REFERENCE = {
  title: "Kakao Pay shared customers’ personal credit information with Alipay without consent",
  titleKo: "카카오페이, 고객 개인신용정보 알리페이에 동의 없이 제공",
  summary: "The Financial Supervisory Service found that Kakao Pay sent the personal credit information of 40.45 million people to Alipay, every day since April 2018 and without customer consent.",
  conductStart: "2018-04-01",
  conductStartPrecision: "month",
  conductEnd: "2024-07-31",
  conductEndPrecision: "month",
  jurisdiction: "KR",
  origin: "inspection",
  receivedOn: "2024-08-13",
} as const;

/** axe once the "saved" toast has gone (the shared toaster is checked by its own specs). */
async function axeWithoutToast(page: import("@playwright/test").Page, axe: () => Promise<unknown[]>) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  expect(await axe()).toEqual([]);
}

async function shoot(page: import("@playwright/test").Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a personal token opens the reference case through the API alone, and revoking it stops it", async ({ page, axe, baseURL }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace/settings/api-tokens");
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await page.getByLabel("Name").fill("Complaints portal (e2e)");
  for (const scope of ["Read cases", "Open cases and add to their record", "Read public summaries"]) await page.getByLabel(scope).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("new-token-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^cfk_[A-Za-z0-9_-]{43}$/);
  await axeWithoutToast(page, axe);
  await shoot(page, "token-created-en");
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("token-row").filter({ hasText: "Complaints portal (e2e)" })).toBeVisible();
  await shoot(page, "tokens-en");

  const client = createClient<paths>({ baseUrl: baseURL, headers: { Authorization: `Bearer ${secret}` } });
  const slug = `kakao-pay-alipay-api-${Date.now().toString(36)}`;
  const created = await client.POST("/api/v1/cases", {
    body: { ...REFERENCE, slug, investigated: { mode: "new", name: `Kakao Pay (API ${slug})`, nameKo: null, kind: "company", country: "KR", sector: "finance" }, summaryKo: null, authority: null, confirmedNew: true, legalBasisExamined: [], officerIds: [] },
  });
  expect(created.response.status, JSON.stringify(created.error)).toBe(201);
  opened.push(slug);
  expect(created.response.headers.get("ratelimit")).toMatch(/^"per-token";r=\d+;t=\d+$/);

  const read = await client.GET("/api/v1/cases/{slug}", { params: { path: { slug } } });
  expect(read.response.status).toBe(200);
  const record = read.data as { case: Record<string, unknown> };
  for (const [field, value] of Object.entries(REFERENCE)) {
    const stored = record.case[field];
    expect(typeof stored === "string" && /^\d{4}-\d{2}-\d{2}T/.test(stored) ? stored.slice(0, 10) : stored, field).toBe(value);
  }
  const listed = await client.GET("/api/v1/cases", { params: { query: { q: "Alipay", limit: 100 } } });
  expect((listed.data as { items: { slug: string }[] }).items.map((i) => i.slug)).toContain(slug);

  await page.getByTestId("token-row").filter({ hasText: "Complaints portal (e2e)" }).getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId("token-row").filter({ hasText: "Complaints portal (e2e)" })).toContainText("Revoked");
  const refused = await client.GET("/api/v1/cases/{slug}", { params: { path: { slug } } });
  expect(refused.response.status).toBe(401);
  expect(refused.response.headers.get("content-type")).toBe("application/problem+json");
  expect(refused.error).toMatchObject({ type: "urn:casefile:problem:revoked-token" });

  await page.goto("/ko/workspace/settings/api-tokens");
  await expect(page.getByRole("heading", { level: 1, name: "API 토큰" })).toBeVisible();
  await shoot(page, "tokens-ko");
});

test("an administrator makes a service token acting as a chosen user", async ({ page, axe }) => {
  await signInAs(page, "admin@casefile.demo");
  await page.goto("/en/admin/api-tokens");
  await expect(page.getByRole("heading", { level: 1, name: "Service tokens" })).toBeVisible();
  await page.getByLabel("Name").fill("Data warehouse (e2e)");
  await page.getByLabel("Acts as").selectOption({ index: 1 });
  await page.getByLabel("Read cases").check();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("new-token-secret")).toHaveText(/^cfk_/);
  await axeWithoutToast(page, axe);
  await page.getByRole("button", { name: "Done" }).click();
  await shoot(page, "service-tokens-en");
  await page.goto("/ko/admin/api-tokens");
  await expect(page.getByRole("heading", { level: 1, name: "서비스 토큰" })).toBeVisible();
  await shoot(page, "service-tokens-ko");
});

test("the description and the reference page are served from Casefile itself", async ({ page, request }) => {
  const description = await request.get("/api/v1/openapi.json");
  expect(description.status()).toBe(200);
  expect(((await description.json()) as { openapi: string }).openapi).toBe("3.1.0");
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const foreign: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(new URL(page.url() || "http://localhost").origin) && !r.url().startsWith("http://localhost")) foreign.push(r.url());
  });
  await page.goto("/api/v1/reference");
  await expect(page.getByText("Open a case").first()).toBeVisible({ timeout: 30_000 });
  expect(foreign).toEqual([]);
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  await shoot(page, "reference");
});

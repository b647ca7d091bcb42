import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, REFERENCE_CASE, test } from "../support/fixtures";

// A journalist's article on another origin frames the embed pages; any other page refuses to be
// framed (next.config.ts, lib/security/csp.ts). The "article" is a tiny server on another port.
const EMBED = "/embed/en/cases/kakao-pay-alipay-2024";

let article: http.Server;
let articleUrl = "";

test.beforeAll(async ({ baseURL }) => {
  const html = `<!doctype html><html lang="en"><head><title>An article</title></head><body>
    <h1>An article elsewhere</h1>
    <iframe id="records" src="${baseURL}${EMBED}/records" title="Records" width="100%" height="660"></iframe>
    <iframe id="people" src="${baseURL}/embed/ko/cases/kakao-pay-alipay-2024/people" title="People" width="100%" height="460"></iframe>
    <iframe id="page" src="${baseURL}/en${REFERENCE_CASE}" title="Case page" width="100%" height="400"></iframe>
  </body></html>`;
  article = http.createServer((_, response) => response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html));
  await new Promise<void>((resolve) => article.listen(0, "127.0.0.1", resolve));
  articleUrl = `http://127.0.0.1:${(article.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => article.close(resolve));
});

test("another site frames the embeds, with their charts and attribution, but not the case page", async ({ page, baseURL }) => {
  await page.goto(articleUrl);
  const records = page.frameLocator("#records");
  const figure = records.getByRole("figure", { name: "Records shared per month" });
  await expect(figure.getByRole("application")).toBeVisible();
  await figure.getByRole("button", { name: "View as table" }).click();
  await expect(figure.getByTestId("chart-table").locator("tbody tr").first()).toContainText("April 2018");
  const source = records.getByTestId("embed-source");
  await expect(source).toContainText(/^Source: Casefile — .+, version \d+/);
  await expect(source).toHaveAttribute("href", "/en/cases/kakao-pay-alipay-2024");
  await expect(source).toHaveAttribute("target", "_blank");

  const people = page.frameLocator("#people");
  await expect(people.getByRole("figure", { name: "상태별 영향받은 사람" })).toBeVisible();
  await expect(people.locator("html")).toHaveAttribute("lang", "ko");
  await expect(people.getByTestId("embed-source")).toContainText("출처: Casefile");

  // The case page is refused: its frame never shows the page (Chromium shows its own error page).
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${baseURL}/embed/`))).toBe(true);
  const framed = page.frameLocator("#page");
  await expect(framed.getByRole("heading", { level: 1 })).toHaveCount(0);
  expect(page.frames().some((f) => f.url() === `${baseURL}/en${REFERENCE_CASE}` && f.url() !== "")).toBe(false);
});

test("an embed sets no cookie, may be framed by any site, and passes axe; every other page stays unframeable", async ({ page, request, axe }) => {
  for (const path of [`${EMBED}/records`, `${EMBED}/people`, "/embed/ko/cases/kakao-pay-alipay-2024/records"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers["set-cookie"], path).toBeUndefined();
    expect(headers["x-frame-options"], path).toBeUndefined();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors https: http:");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
  }
  for (const path of [`/en${REFERENCE_CASE}`, "/en", "/api/oembed?url=x", "/embeds", "/en/embed"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  for (const path of [`${EMBED}/map`, "/embed/en/cases/no-such-case/records", "/embed/fr/cases/kakao-pay-alipay-2024/records", `${EMBED}`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }

  await page.goto(`${EMBED}/records`);
  await expect(page.getByRole("figure", { name: "Records shared per month" }).getByRole("application")).toBeVisible();
  await expect(page.getByRole("banner")).toHaveCount(0);
  expect(await page.context().cookies()).toEqual([]);
  expect(await axe()).toEqual([]);
  await page.goto("/embed/ko/cases/kakao-pay-alipay-2024/people");
  await expect(page.getByRole("figure", { name: "상태별 영향받은 사람" })).toBeVisible();
  expect(await axe()).toEqual([]);
});

test("the case page offers a snippet per chart and oEmbed discovery; /api/oembed answers for published cases only", async ({ page, request, baseURL }) => {
  await page.goto(`/en${REFERENCE_CASE}`);
  const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
  expect(discovery).toBe(`${baseURL}/api/oembed?url=${encodeURIComponent(`${baseURL}/en${REFERENCE_CASE}`)}&format=json`);

  const snippet = page.getByTestId("embed-snippet-people");
  await snippet.getByText("Embed this chart: People affected by status").click();
  await expect(snippet.getByRole("textbox", { name: "Embed code for People affected by status" })).toHaveValue(
    new RegExp(`^<iframe src="${baseURL}${EMBED}/people" title="People affected by status — .+ \\(Casefile\\)" width="100%" height="\\d+"`),
  );
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await snippet.getByRole("button", { name: "Copy" }).click();
  await expect(snippet.getByRole("status")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${EMBED}/people`);

  const oembed = await request.get(discovery!);
  expect(oembed.status()).toBe(200);
  expect(oembed.headers()["cache-control"]).toBe("public, max-age=60");
  const body = await oembed.json();
  expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "Casefile", provider_url: `${baseURL}/`, width: 640 });
  expect(body.html).toContain(`src="${baseURL}${EMBED}/records"`);
  const sized = await (await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}${EMBED}/people`)}&maxwidth=400`)).json();
  expect(sized).toMatchObject({ width: 400 });
  expect(sized.html).toContain("/people");

  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/en${REFERENCE_CASE}`)}&format=xml`)).status()).toBe(501);
  for (const url of ["https://elsewhere.example/en/cases/kakao-pay-alipay-2024", `${baseURL}/en/cases/no-such-case`, `${baseURL}/en/about`]) {
    expect((await request.get(`/api/oembed?url=${encodeURIComponent(url)}`)).status(), url).toBe(404);
  }
  for (const query of ["", "?url=", "?url=x&format=yaml", "?url=x&maxwidth=-3", "?url=x&extra=1"]) {
    expect((await request.get(`/api/oembed${query}`)).status(), query).toBe(400);
  }
});

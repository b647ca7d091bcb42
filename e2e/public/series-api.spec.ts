import { expect, test } from "../support/fixtures";

test("the public series API serves records per month or year from the published version", async ({ request }) => {
  const api = await request.get("/api/public/cases/kakao-pay-alipay-2024/series?bucket=year");
  expect(api.status()).toBe(200);
  const series = (await api.json()) as { bucket: string; total: number; points: { start: string; records: number | null }[]; provenances: string[] };
  expect(series.bucket).toBe("year");
  expect(series.total).toBe(54_200_000_000);
  expect(series.points.map((p) => p.start)).toEqual(["2018-01-01", "2019-01-01", "2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01", "2024-01-01"]);
  expect(series.provenances).toEqual(["modelled"]);
  const months = (await (await request.get("/api/public/cases/kakao-pay-alipay-2024/series?bucket=month&from=2024-01-01&to=2024-12-31")).json()) as { points: unknown[] };
  expect(months.points).toHaveLength(12);
  expect((await request.get("/api/public/cases/kakao-pay-alipay-2024/series?bucket=day")).status()).toBe(400);
  expect((await request.get("/api/public/cases/no-such-case/series")).status()).toBe(404);
});

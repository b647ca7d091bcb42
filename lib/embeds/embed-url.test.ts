import { describe, expect, it } from "vitest";
import type { PublicSnapshot } from "@/lib/publishing/snapshot";
import { chartFor, embedPath, embedSnippet, fitSize, isEmbedChart, oembedDiscovery, oembedQuerySchema, parseCaseUrl, publishedCharts } from "./embed-url";

const site = new URL("https://casefile.example");

describe("parseCaseUrl", () => {
  it("reads a case page in either language, with or without the locale", () => {
    expect(parseCaseUrl("https://casefile.example/en/cases/kakao-pay-alipay-2024", site)).toEqual({ locale: "en", slug: "kakao-pay-alipay-2024", chart: null });
    expect(parseCaseUrl("https://casefile.example/ko/cases/kakao-pay-alipay-2024/?utm=x#charts", site)).toEqual({ locale: "ko", slug: "kakao-pay-alipay-2024", chart: null });
    expect(parseCaseUrl("https://casefile.example/cases/abc", site)).toEqual({ locale: "en", slug: "abc", chart: null });
  });

  it("reads an embed page with its chart", () => {
    expect(parseCaseUrl("https://casefile.example/embed/ko/cases/abc/people", site)).toEqual({ locale: "ko", slug: "abc", chart: "people" });
    expect(parseCaseUrl("https://casefile.example/embed/en/cases/abc/records", site)).toEqual({ locale: "en", slug: "abc", chart: "records" });
  });

  it("refuses another site, another scheme, and every other address of ours", () => {
    for (const url of [
      "https://evil.example/en/cases/abc",
      "https://casefile.example.evil.example/en/cases/abc",
      "http://casefile.example/en/cases/abc",
      "https://casefile.example:8443/en/cases/abc",
      "https://casefile.example/en",
      "https://casefile.example/en/cases",
      "https://casefile.example/en/cases/abc/versions/1",
      "https://casefile.example/fr/cases/abc",
      "https://casefile.example/en/cases/ABC",
      "https://casefile.example/en/cases/..%2Fx",
      "https://casefile.example/embed/en/cases/abc/map",
      "https://casefile.example/embed/en/cases/abc",
      "https://casefile.example/cases/abc.json",
      "/en/cases/abc",
      "javascript:alert(1)",
      "not a url",
      "",
    ]) {
      expect(parseCaseUrl(url, site), url).toBeNull();
    }
  });
});

describe("chartFor", () => {
  it("is the chart asked for when the case publishes it, else the first the case has", () => {
    expect(chartFor("people", { records: true, people: true })).toBe("people");
    expect(chartFor("people", { records: true, people: false })).toBeNull();
    expect(chartFor(null, { records: true, people: true })).toBe("records");
    expect(chartFor(null, { records: false, people: true })).toBe("people");
    expect(chartFor(null, { records: false, people: false })).toBeNull();
  });
});

describe("fitSize", () => {
  it("keeps the default size within maxwidth and maxheight, never below a usable minimum", () => {
    expect(fitSize("records", {})).toEqual({ width: 640, height: 660 });
    expect(fitSize("people", { maxwidth: 400 })).toEqual({ width: 400, height: 460 });
    expect(fitSize("records", { maxwidth: 10, maxheight: 20 })).toEqual({ width: 280, height: 300 });
    expect(fitSize("records", { maxwidth: 5000, maxheight: 5000 })).toEqual({ width: 640, height: 660 });
  });
});

describe("embedSnippet", () => {
  it("is an attributed iframe at full width, its title escaped", () => {
    const html = embedSnippet({ src: "https://casefile.example/embed/en/cases/abc/records", title: 'Records "per" month <b>&', height: 660 });
    expect(html).toBe(
      '<iframe src="https://casefile.example/embed/en/cases/abc/records" title="Records &quot;per&quot; month &lt;b&gt;&amp;" width="100%" height="660" style="border:0" loading="lazy"></iframe>',
    );
    expect(embedSnippet({ src: "https://x/e", title: "t", width: 300, height: 400 })).toContain('width="300" height="400"');
  });

  it("embedPath names the locale, the case and the chart", () => {
    expect(embedPath("ko", "abc", "people")).toBe("/embed/ko/cases/abc/people");
    expect(isEmbedChart("records")).toBe(true);
    expect(isEmbedChart("map")).toBe(false);
  });
});

describe("oembedQuerySchema", () => {
  it("takes url, format json or xml, and positive sizes; refuses the rest clearly", () => {
    expect(oembedQuerySchema.safeParse({ url: "https://x/en/cases/a" }).data).toEqual({ url: "https://x/en/cases/a", format: "json" });
    expect(oembedQuerySchema.safeParse({ url: "u", format: "xml", maxwidth: "300", maxheight: "200" }).data).toEqual({ url: "u", format: "xml", maxwidth: 300, maxheight: 200 });
    for (const bad of [{}, { url: "" }, { url: "u", format: "yaml" }, { url: "u", maxwidth: "-1" }, { url: "u", maxwidth: "1.5" }, { url: "u", maxheight: "abc" }, { url: "u", other: "1" }, { url: "x".repeat(3000) }]) {
      expect(oembedQuerySchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 60)).toBe(false);
    }
  });
});

describe("publishedCharts", () => {
  const snapshot = (months: number, split: Record<string, number | null> | null) =>
    ({ series: { days: 0, provenance: null, months: Array.from({ length: months }, () => ({ month: "2024-01-01", records: 1, days: 31, provenance: "reported" })) }, headline: { people: split ? { split } : null, records: null } }) as unknown as PublicSnapshot;
  it("has the records chart when months are published, the people chart when any part of the split is", () => {
    expect(publishedCharts(snapshot(2, { active: 1, dormant: null, former: null, unsplit: null }))).toEqual({ records: true, people: true });
    expect(publishedCharts(snapshot(0, { active: null, dormant: null, former: null, unsplit: null }))).toEqual({ records: false, people: false });
    expect(publishedCharts({ ...snapshot(0, null), series: { days: 0, provenance: null } } as PublicSnapshot)).toEqual({ records: false, people: false });
  });
});

describe("oembedDiscovery", () => {
  it("is the absolute oEmbed address of the case page, which parseCaseUrl reads back", () => {
    const href = oembedDiscovery(site, "ko", "abc");
    expect(href).toBe("https://casefile.example/api/oembed?url=https%3A%2F%2Fcasefile.example%2Fko%2Fcases%2Fabc&format=json");
    expect(parseCaseUrl(new URL(href).searchParams.get("url") ?? "", site)).toEqual({ locale: "ko", slug: "abc", chart: null });
  });
});

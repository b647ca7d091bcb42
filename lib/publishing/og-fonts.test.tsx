import { ImageResponse } from "next/og";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OgCard, type OgCardProps } from "@/components/cases/og-card";
import { formatCount } from "@/lib/format/number";
import ko from "@/lib/i18n/messages/ko.json";
import { loadOgFonts } from "./og-fonts";

// The Korean card of the reference case, as the page draws it (titles from prisma/seed).
const KOREAN: OgCardProps = {
  heading: ko.case.ogHeading,
  title: "카카오페이, 고객 개인신용정보 알리페이에 동의 없이 제공",
  figures: [
    { label: ko.case.peopleAffected, value: formatCount(40_450_000, "ko"), provenance: ko.provenance.verified },
    { label: ko.case.recordsShared, value: formatCount(54_200_000_000, "ko"), provenance: ko.provenance.estimated },
  ],
};
const DEMO_TITLES = [
  "데모: 가상의 운동 앱, 위치 기록을 광고 중개업체에 제공",
  "데모: 가상의 통신사, 공개 API로 가입자 정보 노출",
  "데모: 가상의 보험사, 건강 청구 정보를 재보험사와 공유",
  "데모: 가상의 온라인 쇼핑몰, 해시 처리한 이메일을 분석업체에 제공",
];

/**
 * next/og asks Google Fonts for every glyph its fonts lack. Here no request may leave the test,
 * and any request is a missing glyph: the text would be drawn as boxes.
 */
function recordGlyphRequests(): string[] {
  const asked: string[] = [];
  const realFetch = globalThis.fetch;
  vi.stubGlobal("fetch", async (url: string | URL, init?: RequestInit) => {
    // The layout engine loads its own WebAssembly from a data: URL.
    if (String(url).startsWith("data:")) return realFetch(url, init);
    asked.push(decodeURIComponent(String(url)));
    throw new Error("no network in tests");
  });
  return asked;
}

async function draw(card: OgCardProps, fonts?: Awaited<ReturnType<typeof loadOgFonts>>): Promise<Buffer> {
  const response = new ImageResponse(<OgCard {...card} />, { width: 1200, height: 630, fonts });
  return Buffer.from(await response.arrayBuffer());
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the Open Graph card's fonts", () => {
  it("draw the Korean card with glyphs of their own: nothing is missing", async () => {
    const asked = recordGlyphRequests();
    const png = await draw(KOREAN, await loadOgFonts());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(asked).toEqual([]);
  });

  it("hold every syllable of the seeded cases' Korean titles", async () => {
    const asked = recordGlyphRequests();
    const fonts = await loadOgFonts();
    for (const title of DEMO_TITLES) await draw({ ...KOREAN, title }, fonts);
    expect(asked).toEqual([]);
  });

  it("make the difference: without them the Hangul is missing and the card comes out otherwise", async () => {
    const asked = recordGlyphRequests();
    vi.spyOn(console, "error").mockImplementation(() => undefined); // next/og reports the failed download
    const [tofu, korean] = [await draw(KOREAN), await draw(KOREAN, await loadOgFonts())];
    expect(asked.some((url) => url.includes("Noto+Sans+KR"))).toBe(true);
    expect(Buffer.compare(tofu, korean)).not.toBe(0);
  });
});

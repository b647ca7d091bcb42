import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import type { PublishedCase } from "@/lib/publishing/get-published-case";
import { SanctionsList } from "./sanctions-list";

const render = (locale: "en" | "ko", node: ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="Asia/Seoul" messages={locale === "ko" ? ko : en}>
      {node}
    </NextIntlClientProvider>,
  ).replace(/<[^>]+>/g, "");

const decided = new Date("2025-01-22T00:00:00Z");
// One entry as versions published before currencies wrote it (won only), two with a currency.
const sanctions = [
  { id: "old", type: "fine", subjectName: "Kakao Pay", amountKrw: "15000000000", decisionDate: decided, appealOutcome: null },
  { id: "eur", type: "fine", subjectName: "Alipay", amount: "1234.50", currency: "EUR", decisionDate: decided, appealOutcome: "reduced" },
  { id: "krw", type: "fine", subjectName: "Apple", amount: "9007199254740993", currency: "KRW", decisionDate: decided, appealOutcome: null },
  { id: "warn", type: "institutional_warning", subjectName: "Kakao Pay", amount: null, currency: "KRW", decisionDate: decided, appealOutcome: null },
] as PublishedCase["sanctions"];

describe("the public sanctions list", () => {
  it("shows each amount in its currency, old versions as won, and totals per currency (en)", () => {
    const text = render("en", <SanctionsList sanctions={sanctions} />);
    expect(text).toContain("Fine · Kakao Pay · ₩15,000,000,000");
    expect(text).toContain("Fine · Alipay · €1,234.50");
    expect(text).toContain("On appeal: Reduced");
    expect(text).toContain("Total, per currency: ₩9,007,214,254,740,993 · €1,234.50");
  });

  it("reads won in 억 for Korean readers, every digit", () => {
    const text = render("ko", <SanctionsList sanctions={sanctions} />);
    expect(text).toContain("과징금·과태료 · Kakao Pay · 150억 원");
    expect(text).toContain("합계 (통화별): 9,007조 2,142억 5,474만 993 원 · €1,234.50");
  });

  it("shows nothing without sanctions, and no total for a single amount", () => {
    expect(render("en", <SanctionsList sanctions={[]} />)).toBe("");
    expect(render("en", <SanctionsList sanctions={sanctions.slice(0, 1)} />)).not.toContain("Total");
  });
});

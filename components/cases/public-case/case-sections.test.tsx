import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import type { PublishedCase } from "@/lib/publishing/get-published-case";
import { DataShared, FindingsList, KeyFigures, Positions, SourcesList, Timeline } from "./case-sections";

const renderKo = (node: ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="ko" timeZone="Asia/Seoul" messages={ko}>
      {node}
    </NextIntlClientProvider>,
  );

/** The page's text once everything marked lang="en" is taken out: what a reader would take for Korean. */
const outsideEnglish = (html: string) => html.replace(/<(\w+)[^>]*\slang="en"[^>]*>[\s\S]*?<\/\1>/g, "").replace(/<[^>]+>/g, " ");

// Every public text below exists in English only, as in a version published before the Korean
// fields existed (their keys absent) or an item nobody translated (null).
const ENGLISH = {
  finding: "Provided without consent",
  findingBody: "Kakao Pay transmitted data daily.",
  event: "Findings released",
  eventDescription: "Sanctions follow a legal review.",
  inference: "The year is inferred.",
  quote: "There was no illegal provision.",
  context: "Said to reporters.",
  statementSource: "News1 report",
  category: "Mobile phone number",
  purpose: "Creditworthiness checks",
  reversibilityNote: "Decrypted with common tools.",
  figureLabel: "Monthly users",
  figureNote: "According to an FSS representative.",
  sourceTitle: "FSS finds Kakao Pay shared data",
  sourceNote: "Publication date inferred.",
};

type Case = PublishedCase;
const day = new Date("2024-08-13T00:00:00Z");

const sections = (
  <>
    <FindingsList findings={[{ id: "f1", title: ENGLISH.finding, body: ENGLISH.findingBody }] as Case["findings"]} />
    <Timeline
      events={[{ id: "e1", occurredOn: day, precision: "day", kind: "publication", title: ENGLISH.event, titleKo: null, description: ENGLISH.eventDescription, inferenceNote: ENGLISH.inference }] as Case["timeline"]}
    />
    <Positions
      statements={[{ id: "s1", organization: { name: "Kakao Pay", nameKo: "카카오페이" }, quote: ENGLISH.quote, quoteKo: null, context: ENGLISH.context, wording: "paraphrase", statedOn: day, source: ENGLISH.statementSource }] as Case["statements"]}
    />
    <DataShared
      categories={[{ id: "c1", name: ENGLISH.category, nameKo: null, consent: "not_obtained", purposeClaimed: ENGLISH.purpose, protectionMethod: "hashing", reversibility: "reversible", reversibilityNote: ENGLISH.reversibilityNote }] as Case["dataCategories"]}
    />
    <KeyFigures
      figures={[{ key: "monthly_users", label: ENGLISH.figureLabel, labelKo: null, value: 25_000_000, unit: "people", approximate: true, provenance: "estimated", asOf: day, note: ENGLISH.figureNote, source: ENGLISH.statementSource }] as Case["figures"]}
    />
    <SourcesList sources={[{ id: "src1", title: ENGLISH.sourceTitle, url: null, note: ENGLISH.sourceNote, publishedOn: day }] as Case["sources"]} />
  </>
);

describe("a Korean public page never passes English off as Korean", () => {
  const html = renderKo(sections);

  it.each(Object.entries(ENGLISH))("%s, kept in English only, is shown inside lang=\"en\"", (_, text) => {
    expect(html).toContain(text);
    expect(outsideEnglish(html)).not.toContain(text);
  });

  it("says, in Korean, that the text is English", () => {
    const marks = html.match(/data-language-mark="en">([^<]*)</g) ?? [];
    expect(marks.length).toBeGreaterThanOrEqual(Object.keys(ENGLISH).length - 1);
    expect(new Set(marks.map((m) => m.replace(/.*>/, "").replace("<", "")))).toEqual(new Set([ko.languageMark.en]));
  });

  it("shows the Korean text, unmarked, where there is one", () => {
    const korean = renderKo(<FindingsList findings={[{ id: "f1", title: "Provided", titleKo: "동의 없이 제공", body: "Daily.", bodyKo: "매일 전송." }] as Case["findings"]} />);
    expect(korean).toContain("동의 없이 제공");
    expect(korean).toContain("매일 전송.");
    expect(korean).not.toContain('lang="en"');
  });

  it("the mark's words differ between the languages (a Korean page says 영어)", () => {
    expect(ko.languageMark.en).not.toBe(en.languageMark.en);
  });
});

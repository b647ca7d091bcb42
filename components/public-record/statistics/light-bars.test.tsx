import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LightBars } from "./light-bars";

const rows = [
  { label: "Sanctioned", cases: 1544 },
  { label: "Under appeal", cases: 200 },
  { label: "Reported", cases: 0 },
];

describe("the statistics' HTML bars", () => {
  it("draws each bar against the largest and writes its value beside it", () => {
    const html = renderToStaticMarkup(<LightBars rows={rows} bars={[{ key: "cases", name: "Cases" }]} locale="en" label="Cases by public stage" />);
    expect(html).toContain('aria-label="Cases by public stage"');
    expect(html).toMatch(/<li><span>Sanctioned<\/span><span><span style="width:85%;[^"]*"><\/span>1,544<\/span><\/li>/);
    expect(html).toContain('style="width:11%;');
    expect(html).toMatch(/<span style="width:0%;[^"]*"><\/span>0<\/span>/);
  });

  it("names each series when there are two, and carries no class list per row", () => {
    const html = renderToStaticMarkup(<LightBars rows={[{ label: "KR → CN", cases: 3, recipients: 5 }]} bars={[{ key: "cases", name: "cases" }, { key: "recipients", name: "recipients" }]} locale="en" label="Recipients" />);
    expect(html).toContain("3 cases");
    expect(html).toContain("5 recipients");
    expect(html).not.toMatch(/<li [^>]*class=/);
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HighlightedText } from "./highlighted-text";

describe("HighlightedText", () => {
  it("marks the words with <mark>", () => {
    expect(renderToStaticMarkup(<HighlightedText text="No consent was asked." words={["consent"]} />)).toBe('No <mark class="rounded-sm bg-amber-200 px-0.5 text-slate-900">consent</mark> was asked.');
  });

  it("renders a snippet's markup as text, never as HTML", () => {
    const html = renderToStaticMarkup(<HighlightedText text={'<img src=x onerror="alert(1)"> 동의 <b>'} words={["동의"]} />);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark");
  });
});

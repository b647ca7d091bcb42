import { highlightParts } from "@/lib/evidence/search-words";

/** Text with the search's words marked: React text nodes and <mark>, never HTML from the server. */
export function HighlightedText({ text, words }: { text: string; words: readonly string[] }) {
  return (
    <>
      {highlightParts(text, words).map((part, i) =>
        part.hit ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

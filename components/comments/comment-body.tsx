import { textParts } from "@/lib/comments/text-parts";

/**
 * A comment's text as React text nodes, with http(s) addresses as links that open apart and carry
 * no referrer or endorsement. Never HTML: markup in a comment shows as the characters typed.
 */
export function CommentBody({ body }: { body: string }) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm text-slate-900">
      {textParts(body).map((part, i) =>
        "href" in part ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-blue-800 underline">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}

"use client";

import { useEffect, useState, type RefObject } from "react";

/**
 * Whether a row that scrolls sideways has more content before or after what shows, kept up to
 * date as it scrolls (also when code scrolls it) or resizes. `key` re-runs the check when the
 * row's content changes, e.g. the current page.
 */
export function useSidewaysOverflow(ref: RefObject<HTMLElement | null>, key: unknown) {
  const [more, setMore] = useState({ before: false, after: false });
  useEffect(() => {
    const row = ref.current;
    if (!row) return;
    const update = () => setMore({ before: row.scrollLeft > 1, after: row.scrollLeft + row.clientWidth < row.scrollWidth - 1 });
    update();
    row.addEventListener("scroll", update, { passive: true });
    const resized = new ResizeObserver(update);
    resized.observe(row);
    return () => {
      row.removeEventListener("scroll", update);
      resized.disconnect();
    };
  }, [ref, key]);
  return more;
}

/**
 * The fades with an arrow on either edge of a sideways row, where more lies that way. Decoration
 * (aria-hidden): a screen reader hears the whole row, and an item reached with the keyboard
 * scrolls into view by itself. `from` is the fade's colour class on the row's background.
 */
export function SidewaysFades({ more, from, testId }: { more: { before: boolean; after: boolean }; from: string; testId: string }) {
  const fade = "pointer-events-none absolute top-0 bottom-px flex w-10 items-center text-slate-500 print:hidden";
  return (
    <>
      <span aria-hidden="true" data-testid={`${testId}-before`} className={`${fade} left-0 justify-start bg-linear-to-r ${from} from-40% to-transparent pl-1 ${more.before ? "" : "hidden"}`}>
        ‹
      </span>
      <span aria-hidden="true" data-testid={`${testId}-after`} className={`${fade} right-0 justify-end bg-linear-to-l ${from} from-40% to-transparent pr-1 ${more.after ? "" : "hidden"}`}>
        ›
      </span>
    </>
  );
}

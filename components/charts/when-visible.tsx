"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders its children once they come near the screen: a page of many charts (the statistics)
 * then draws only those a reader scrolls to, instead of every one before it can respond. Until
 * then the space is kept (the frame's fixed height), so nothing moves.
 */
export function WhenVisible({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || shown) return;
    const watcher = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setShown(true), { rootMargin: "200px 0px" });
    watcher.observe(box);
    return () => watcher.disconnect();
  }, [shown]);
  return (
    <div ref={ref} className="h-full">
      {shown ? children : null}
    </div>
  );
}

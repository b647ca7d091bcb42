"use client";

import { useLayoutEffect, useRef, useState } from "react";

/**
 * An element's width in whole pixels, measured before the first paint and kept up to date, so
 * a chart that depends on it (how many axis labels fit) is drawn once, not drawn and redrawn.
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

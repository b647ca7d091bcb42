"use client";

import { useState } from "react";
import { isIsoDay } from "@/lib/format/day-text";
import { DayInput } from "./day-input";

/**
 * A day that filters something at once (a list, a chart): what is typed is kept as a draft and
 * passed on only once it is a real day, or empty (`null`), so half a date never reaches a query.
 */
export function DayFilterInput({ id, value, onCommit, className, min, max }: { id: string; value: string; onCommit: (day: string | null) => void; className?: string; min?: string; max?: string }) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // A new value from outside (a cleared filter, another link) replaces the draft.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const invalid = draft !== "" && (!isIsoDay(draft) || (min !== undefined && draft < min) || (max !== undefined && draft > max));
  return (
    <DayInput
      id={id}
      className={className}
      value={draft}
      aria-invalid={invalid}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        if (text === "") onCommit(null);
        else if (isIsoDay(text) && (min === undefined || text >= min) && (max === undefined || text <= max)) onCommit(text);
      }}
    />
  );
}

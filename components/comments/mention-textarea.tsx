"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { inputClass } from "@/components/forms/field";
import type { MentionChoice } from "@/lib/comments/list-comments";

// The "@partial" just before the caret, not inside a word or an email address.
const TYPING_MENTION = /(^|[^A-Za-z0-9._%+\-@])@([A-Za-z0-9._+\-]*)$/;

/**
 * A text area that suggests people after "@": the list follows the caret's word, ↑/↓ move through
 * it, Enter or Tab picks, Escape closes; a click picks too. The text stays plain: a pick writes
 * "@handle ".
 */
export function MentionTextarea({ id, value, onChange, people, describedBy, invalid }: { id: string; value: string; onChange: (value: string) => void; people: MentionChoice[]; describedBy?: string; invalid?: boolean }) {
  const t = useTranslations("comments");
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const q = query?.toLowerCase() ?? "";
  const matches = query === null ? [] : people.filter((p) => p.handle.startsWith(q) || p.name.toLowerCase().includes(q)).slice(0, 6);
  const open = matches.length > 0;

  const follow = (text: string, caret: number) => {
    const match = TYPING_MENTION.exec(text.slice(0, caret));
    setQuery(match ? match[2]! : null);
    setActive(0);
  };
  const pick = (person: MentionChoice) => {
    const area = ref.current;
    const caret = area?.selectionStart ?? value.length;
    const before = value.slice(0, caret).replace(/@[A-Za-z0-9._+\-]*$/, `@${person.handle} `);
    const next = before + value.slice(caret);
    onChange(next);
    setQuery(null);
    requestAnimationFrame(() => area?.setSelectionRange(before.length, before.length));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (i + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      pick(matches[active]!);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setQuery(null);
    }
  };
  return (
    <div className="relative">
      <textarea
        ref={ref}
        id={id}
        rows={3}
        value={value}
        className={inputClass}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          follow(e.target.value, e.target.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
      />
      {open ? (
        <ul id={listId} role="listbox" aria-label={t("suggestions")} className="absolute z-10 mt-1 w-full max-w-sm rounded-md border border-slate-300 bg-white py-1 shadow-lg">
          {matches.map((person, i) => (
            <li
              key={person.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? "bg-blue-100" : ""}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(person);
              }}
            >
              <span className="font-medium">{person.name}</span> <span className="text-slate-600">@{person.handle}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

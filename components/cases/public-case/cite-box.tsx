"use client";
// The citation in three formats, one tab each, with a Copy button. The text is worked out on the
// server (lib/publishing/citation.ts); this only shows it and copies it.
import * as Tabs from "@radix-ui/react-tabs";
import { useRef, useState } from "react";

export interface CiteFormat {
  id: "plain" | "bibtex" | "csl";
  label: string;
  text: string;
}

type Status = "idle" | "copied" | "failed";

export function CiteBox(props: { formats: CiteFormat[]; labels: { formats: string; copy: string; copied: string; copyFailed: string; textLabel: Record<CiteFormat["id"], string> } }) {
  const [active, setActive] = useState<CiteFormat["id"]>(props.formats[0]?.id ?? "plain");
  const [status, setStatus] = useState<Status>("idle");
  const areas = useRef(new Map<string, HTMLTextAreaElement>());

  async function copy() {
    const text = props.formats.find((f) => f.id === active)?.text ?? "";
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      // No clipboard (an insecure page, a refused permission): select the text so the reader copies it.
      const area = areas.current.get(active);
      area?.focus();
      area?.select();
      setStatus("failed");
    }
  }

  return (
    <div className="space-y-2" data-testid="cite">
      <Tabs.Root value={active} onValueChange={(v) => { setActive(v as CiteFormat["id"]); setStatus("idle"); }}>
        <Tabs.List aria-label={props.labels.formats} className="flex flex-wrap gap-1">
          {props.formats.map((f) => (
            <Tabs.Trigger
              key={f.id}
              value={f.id}
              className="rounded-md border border-slate-400 bg-white px-2.5 py-1 text-xs text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 data-[state=active]:border-slate-900 data-[state=active]:bg-slate-900 data-[state=active]:text-white"
            >
              {f.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {props.formats.map((f) => (
          <Tabs.Content key={f.id} value={f.id} className="mt-2 focus-visible:outline-2 focus-visible:outline-blue-700" data-format={f.id}>
            <textarea
              ref={(el) => {
                if (el) areas.current.set(f.id, el);
                else areas.current.delete(f.id);
              }}
              readOnly
              name={`citation-${f.id}`}
              aria-label={props.labels.textLabel[f.id]}
              value={f.text}
              rows={f.id === "plain" ? 5 : 10}
              // Code formats keep their lines (scrolling sideways); the plain citation wraps.
              wrap={f.id === "plain" ? "soft" : "off"}
              className="w-full resize-y rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs text-slate-900"
            />
          </Tabs.Content>
        ))}
      </Tabs.Root>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={copy} className="rounded-md border border-slate-900 bg-slate-900 px-3 py-1 text-sm text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
          {props.labels.copy}
        </button>
        <p aria-live="polite" role="status" className="text-sm text-slate-700" data-testid="cite-status">
          {status === "copied" ? props.labels.copied : status === "failed" ? props.labels.copyFailed : ""}
        </p>
      </div>
    </div>
  );
}

"use client";

import type { PDFDocumentProxy, RenderTask } from "pdfjs-dist";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { pageFromHash } from "@/lib/evidence/pdf-page-hash";
import { loadPdf } from "./pdf-loader";

type State = { status: "loading" } | { status: "error" } | { status: "ready"; doc: PDFDocumentProxy; page: number };

/**
 * A PDF drawn in the page with pdf.js, one page at a time, onto a canvas: Chromium shows no PDF
 * in a sandboxed frame, and every stored file is served sandboxed (serving-headers.ts). Only
 * pixels reach the page — no text, annotation or form layer, so nothing in the file becomes
 * HTML — and pdf.js parses it in a worker, without eval. Fetching the bytes (inline mode) is the
 * custody "viewed" event, as the route records it. Opens at `#page=N` (search results link there).
 */
export function PdfPreview({ url, downloadUrl, title }: { url: string; downloadUrl: string; title: string }) {
  const t = useTranslations("evidence.file");
  const [state, setState] = useState<State>({ status: "loading" });
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    let doc: PDFDocumentProxy | undefined;
    let cancelled = false;
    loadPdf(url).then(
      (loaded) => {
        doc = loaded;
        if (cancelled) void loaded.destroy();
        else setState({ status: "ready", doc: loaded, page: pageFromHash(window.location.hash, loaded.numPages) ?? 1 });
      },
      () => {
        if (!cancelled) setState({ status: "error" });
      },
    );
    return () => {
      cancelled = true;
      void doc?.destroy();
    };
  }, [url]);

  const doc = state.status === "ready" ? state.doc : null;
  const page = state.status === "ready" ? state.page : 0;
  const goTo = useCallback((next: number) => setState((s) => (s.status === "ready" ? { ...s, page: Math.min(Math.max(next, 1), s.doc.numPages) } : s)), []);

  // A search result's link to another page of the same file changes only the hash.
  useEffect(() => {
    if (!doc) return;
    const onHash = () => {
      const wanted = pageFromHash(window.location.hash, doc.numPages);
      if (wanted) goTo(wanted);
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [doc, goTo]);

  // The canvas follows the container's width (a phone, a resized window).
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [doc]);

  useEffect(() => {
    const target = canvas.current;
    if (!doc || !target || width === 0) return;
    let task: RenderTask | undefined;
    let cancelled = false;
    void (async () => {
      try {
        const pdfPage = await doc.getPage(page);
        if (cancelled) return;
        const natural = pdfPage.getViewport({ scale: 1 });
        const scale = width / natural.width;
        const ratio = window.devicePixelRatio || 1;
        const viewport = pdfPage.getViewport({ scale: scale * ratio });
        target.width = Math.floor(viewport.width);
        target.height = Math.floor(viewport.height);
        target.style.width = `${width}px`;
        target.style.height = `${Math.floor(natural.height * scale)}px`;
        task = pdfPage.render({ canvas: target, viewport });
        await task.promise;
      } catch (error) {
        // A newer render replaced this one; anything else means the file cannot be drawn.
        if (!cancelled && !(error instanceof Error && error.name === "RenderingCancelledException")) setState({ status: "error" });
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, page, width]);

  if (state.status === "error") {
    return (
      <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="evidence-pdf-error">
        <p>{t("pdfError")}</p>
        <a href={downloadUrl} download className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          {t("download")}
        </a>
      </div>
    );
  }
  const pages = doc?.numPages ?? 0;
  const button = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900 disabled:cursor-not-allowed disabled:opacity-50";
  return (
    <div className="space-y-2" data-testid="evidence-preview-pdf">
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label={t("pdfToolbar")}>
        <button type="button" className={button} onClick={() => goTo(page - 1)} disabled={!doc || page <= 1}>
          {t("pdfPrevious")}
        </button>
        <button type="button" className={button} onClick={() => goTo(page + 1)} disabled={!doc || page >= pages}>
          {t("pdfNext")}
        </button>
        <p className="text-sm text-slate-700" aria-live="polite" data-testid="evidence-pdf-page">
          {doc ? t("pdfPage", { page, pages }) : t("pdfLoading")}
        </p>
      </div>
      {/* Focusable: a page taller than the frame scrolls, and a keyboard must be able to scroll it. */}
      <div ref={frame} tabIndex={0} role="region" aria-label={t("previewPdf", { name: title })} className="max-h-[48rem] overflow-auto rounded border border-slate-200 bg-slate-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-slate-900">
        {doc ? <canvas ref={canvas} role="img" aria-label={t("pdfPage", { page, pages })} className="block bg-white" data-testid="evidence-pdf-canvas" /> : <div className="h-64 animate-pulse bg-slate-100" aria-hidden="true" />}
      </div>
    </div>
  );
}

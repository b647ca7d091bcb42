import { ImageResponse } from "next/og";
import { formatCount } from "@/lib/format/number";
import { getPublishedCase } from "@/lib/publishing/get-published-case";

// The card shown when a case's link is shared. Drawn in English for both languages: the bundled
// font has no Hangul glyphs, and a card of empty boxes is worse than an English one.
export const alt = "Casefile: a published privacy-incident summary";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const revalidate = 60;

export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const published = await getPublishedCase(slug);
  const title = published?.title ?? "Casefile";
  const people = published?.headline.people;
  const records = published?.headline.records;
  const figure = (label: string, value: number | undefined, provenance: string | undefined) =>
    value === undefined ? null : (
      <div style={{ display: "flex", flexDirection: "column", marginRight: 64 }}>
        <div style={{ fontSize: 28, color: "#475569" }}>{label}</div>
        <div style={{ fontSize: 64, fontWeight: 700, color: "#0f172a" }}>{formatCount(value, "en")}</div>
        <div style={{ fontSize: 22, color: "#475569" }}>{provenance}</div>
      </div>
    );
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#ffffff", borderTop: "24px solid #facc15" }}>
        <div style={{ fontSize: 30, color: "#334155" }}>Casefile · published case summary</div>
        <div style={{ fontSize: title.length > 80 ? 44 : 56, fontWeight: 700, color: "#0f172a", lineHeight: 1.15 }}>{title}</div>
        <div style={{ display: "flex" }}>
          {figure("People affected", people?.value, people?.provenance)}
          {figure("Records shared", records?.value, records?.provenance)}
        </div>
      </div>
    ),
    size,
  );
}

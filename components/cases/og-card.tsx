// The card drawn when a published case's link is shared (Open Graph / Twitter). Plain data in,
// inline styles only: satori (next/og) draws it, not a browser.

export interface OgCardProps {
  heading: string;
  title: string;
  figures: { label: string; value: string; provenance: string }[];
}

const OG_FONT_FAMILY = "Noto Sans KR";

export function OgCard({ heading, title, figures }: OgCardProps) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#ffffff",
        borderTop: "24px solid #facc15",
        fontFamily: OG_FONT_FAMILY,
      }}
    >
      <div style={{ fontSize: 30, color: "#334155" }}>{heading}</div>
      <div style={{ fontSize: title.length > 80 ? 44 : 56, fontWeight: 700, color: "#0f172a", lineHeight: 1.25 }}>{title}</div>
      <div style={{ display: "flex" }}>
        {figures.map((f) => (
          <div key={f.label} style={{ display: "flex", flexDirection: "column", marginRight: 64 }}>
            <div style={{ fontSize: 28, color: "#475569" }}>{f.label}</div>
            <div style={{ fontSize: 64, fontWeight: 700, color: "#0f172a" }}>{f.value}</div>
            <div style={{ fontSize: 22, color: "#475569" }}>{f.provenance}</div>
          </div>
        ))}
      </div>
    </div>
  );
}

// Okabe–Ito colours: distinguishable with the common forms of colour blindness. Series also
// differ by pattern or dash, never by colour alone.
export const PALETTE = {
  blue: "#0072B2",
  orange: "#E69F00",
  green: "#009E73",
  vermillion: "#D55E00",
  sky: "#56B4E9",
  purple: "#CC79A7",
  yellow: "#F0E442",
  grey: "#6B7280",
} as const;

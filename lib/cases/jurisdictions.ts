// The legal regimes a case can be examined under. For now a short list of codes stored on the
// case (incidents.jurisdiction); the next step makes jurisdictions records of their own (with
// statutory clocks), and a foreign key on the same column replaces this list. Plain constants,
// safe in client components; labels are jurisdictions.<code> in the messages.
export const JURISDICTIONS = ["KR", "EU"] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const isJurisdiction = (value: string): value is Jurisdiction => (JURISDICTIONS as readonly string[]).includes(value);

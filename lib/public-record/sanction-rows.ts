// Every published sanction across cases as one flat row: the enforcement tracker's rows, the
// statistics' fines and the company pages' sanctions all start here. Pure.
import type { PublicArticle, PublicOrganisation, PublicSnapshot } from "@/lib/publishing/snapshot";
import type { Money } from "@/lib/money/amount";
import { storedMoney } from "@/lib/money/stored-money";
import type { PublishedCaseRef } from "./published-case-ref";

export interface PublicSanctionRow {
  /** The sanction's id in its version (stable across versions of the same case). */
  id: string;
  case: { slug: string; title: string; titleKo: string | null; version: number; isDemo: boolean };
  type: PublicSnapshot["sanctions"][number]["type"];
  /** The organisation sanctioned; `slug` absent when the version does not name its record. */
  subject: PublicOrganisation;
  authority: PublicOrganisation | null;
  decisionDate: string | null;
  /** The amount decided (before any appeal), or null for a sanction without an amount. Minor units (lib/money): compare or sum only within a currency. */
  amount: Money | null;
  appealOutcome: "upheld" | "reduced" | "annulled" | null;
  /** After an appeal: the amount that stands (0 when annulled); null while none is recorded. */
  finalAmount: Money | null;
  articles: PublicArticle[];
}

const APPEAL = new Set(["upheld", "reduced", "annulled"]);

const money = (amount: string | null | undefined, currency: string | undefined, amountKrw?: string | null): Money | null => storedMoney({ amount, currency, amountKrw });

/** The subject as a record: the version's own, or (versions before subjects) the investigated company when the names agree. */
function subjectOf(s: PublicSnapshot["sanctions"][number], c: PublicSnapshot): PublicOrganisation {
  if (s.subject) return s.subject;
  if (s.subjectName === c.investigated.name) return c.investigated;
  return { name: s.subjectName, nameKo: null };
}

function sanctionRowsOf(ref: PublishedCaseRef): PublicSanctionRow[] {
  const c = ref.raw;
  return c.sanctions.map((s) => {
    const appealOutcome = s.appealOutcome && APPEAL.has(s.appealOutcome) ? (s.appealOutcome as PublicSanctionRow["appealOutcome"]) : null;
    const standing = money(s.amount, s.currency, s.amountKrw);
    // Before an appeal the amount stands as decided; after one, `amount` is what stands and the decided one is kept beside it.
    const decided = appealOutcome ? (s.amountBeforeAppeal !== undefined ? money(s.amountBeforeAppeal, s.currency) : null) : standing;
    return {
      id: s.id,
      case: { slug: c.slug, title: c.title, titleKo: c.titleKo, version: ref.version, isDemo: c.isDemo },
      type: s.type,
      subject: subjectOf(s, c),
      authority: c.authority,
      decisionDate: s.decisionDate,
      amount: decided,
      appealOutcome,
      finalAmount: appealOutcome ? standing : null,
      articles: s.articles ?? [],
    };
  });
}

/** Every published sanction, newest decision first (undated last), then by case and id for a stable order. */
export function publicSanctionRows(cases: readonly PublishedCaseRef[]): PublicSanctionRow[] {
  return cases
    .flatMap(sanctionRowsOf)
    .sort((a, b) => (b.decisionDate ?? "").localeCompare(a.decisionDate ?? "") || a.case.slug.localeCompare(b.case.slug) || a.id.localeCompare(b.id));
}

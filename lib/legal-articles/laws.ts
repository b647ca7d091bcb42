// The laws Casefile recognises in free-text citations, with the names and abbreviations people
// write. The migration that moved free text into the library (prisma/migrations/
// 20261201120000_legal_article_library) carries a copy of this list in SQL; a law added here
// later is recognised by the picker and the seed, not retroactively by that migration.

interface KnownLaw {
  /** Short, stable code: what the library, the tracker and statistics group by. */
  code: string;
  name: string;
  nameKo: string;
  /** Every spelling that names the law, compared without case and without spaces. */
  aliases: readonly string[];
  /** The law's page on the official register (a search there, which does not break on amendment). */
  url: string;
}

const lawGoKr = (nameKo: string) => `https://www.law.go.kr/lsSc.do?query=${encodeURIComponent(nameKo)}`;

const KNOWN_LAWS: readonly KnownLaw[] = [
  {
    code: "CIUPA",
    name: "Credit Information Use and Protection Act",
    nameKo: "신용정보의 이용 및 보호에 관한 법률",
    aliases: ["Credit Information Use and Protection Act", "Credit Information Act", "Credit Information Protection Act", "CIUPA", "신용정보의 이용 및 보호에 관한 법률", "신용정보법"],
    url: lawGoKr("신용정보의 이용 및 보호에 관한 법률"),
  },
  {
    code: "PIPA",
    name: "Personal Information Protection Act",
    nameKo: "개인정보 보호법",
    aliases: ["Personal Information Protection Act", "PIPA", "개인정보 보호법"],
    url: lawGoKr("개인정보 보호법"),
  },
  {
    code: "EFTA",
    name: "Electronic Financial Transactions Act",
    nameKo: "전자금융거래법",
    aliases: ["Electronic Financial Transactions Act", "EFTA", "전자금융거래법"],
    url: lawGoKr("전자금융거래법"),
  },
  {
    code: "GDPR",
    name: "General Data Protection Regulation (EU) 2016/679",
    nameKo: "EU 일반개인정보보호규정",
    aliases: ["General Data Protection Regulation", "GDPR", "EU GDPR", "일반개인정보보호규정"],
    url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
  },
];

/** How a law's name is compared: no case, no spaces. */
const lawNameKey = (name: string) => name.toLowerCase().replace(/\s+/g, "");

const BY_ALIAS = new Map(KNOWN_LAWS.flatMap((law) => law.aliases.map((alias) => [lawNameKey(alias), law] as const)));

export function lawByName(name: string): KnownLaw | null {
  return BY_ALIAS.get(lawNameKey(name)) ?? null;
}

export function lawByCode(code: string): KnownLaw | null {
  return KNOWN_LAWS.find((law) => law.code === code) ?? null;
}

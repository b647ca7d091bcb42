import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/export/csv";
import type { PublicSanctionRow } from "./sanction-rows";
import { SANCTION_CSV_COLUMNS, sanctionCsvRow, sanctionJson } from "./sanction-export";

const article = (number: string) => ({ lawCode: "CIUPA", lawName: "Credit Information Act", lawNameKo: null, number, title: null, titleKo: null, url: null });
const row: PublicSanctionRow = {
  id: "s1",
  case: { slug: "pay-case", title: "Pay case", titleKo: null, version: 2, isDemo: false },
  type: "fine",
  subject: { name: "=HYPERLINK(\"http://x\")", nameKo: null, slug: "pay-co", sector: "finance", country: "KR" },
  authority: { name: "FSS", nameKo: "금감원", slug: "fss" },
  decisionDate: "2025-01-22",
  amount: { minor: 123450n, currency: "EUR" },
  appealOutcome: "annulled",
  finalAmount: { minor: 0n, currency: "EUR" },
  articles: [article("32"), article("33")],
};

describe("the tracker's downloads", () => {
  it("JSON keeps amounts exact beside their currency and days as YYYY-MM-DD", () => {
    expect(sanctionJson(row)).toMatchObject({ amount: { amount: "1234.50", currency: "EUR" }, finalAmount: { amount: "0.00", currency: "EUR" }, decisionDate: "2025-01-22", company: { slug: "pay-co", country: "KR" }, authority: { slug: "fss", sector: null } });
  });

  it("CSV has plain typed columns, the articles joined with '; ', an absolute case address, and no runnable formula", () => {
    const csv = toCsv(SANCTION_CSV_COLUMNS, [sanctionCsvRow(row, "https://casefile.example")]);
    const [header, line] = csv.trim().split("\r\n");
    expect(header).toBe(SANCTION_CSV_COLUMNS.join(","));
    expect(line).toBe(`pay-case,Pay case,"'=HYPERLINK(""http://x"")",pay-co,finance,FSS,2025-01-22,fine,1234.50,EUR,annulled,0.00,CIUPA Art. 32; CIUPA Art. 33,https://casefile.example/en/cases/pay-case`);
  });
});

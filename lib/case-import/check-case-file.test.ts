import { describe, expect, it } from "vitest";
import { caseFileFixture, type CaseFileFixture } from "@/tests/support/case-file-fixture";
import { checkCaseFile } from "./check-case-file";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import { jsonPath, PROBLEM_CODES } from "./case-file-problems";

const check = (file: unknown) => checkCaseFile(JSON.stringify(file));
const spoiled = (spoil: (file: CaseFileFixture) => void) => {
  const file = caseFileFixture();
  spoil(file);
  return check(file);
};
/** The problems as "path: code", the way the import form lists them. */
const problemsOf = (result: ReturnType<typeof checkCaseFile>) => (result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.code}`));

describe("checkCaseFile", () => {
  it("reads a valid file and counts the workflow rows it leaves out", () => {
    const result = check(caseFileFixture());
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.data.incident.title).toBe("Fixture: a company shared customer data");
    expect(result.data.records_per_day.map((d) => d.records)).toEqual([1000n, 1001n]);
    expect(result.data.incident.conductStart).toEqual(new Date("2018-04-01T00:00:00Z"));
    expect(result.leftOut).toEqual({ state_transitions: 1, transition_proposals: 0, deadlines: 0, sanctions: 1 });
    expect(result.evidenceLeftOut).toEqual({ evidence_files: 0, evidence_links: 0 });
  });

  it("reads an export with evidence tables, counting their rows and leaving them out (the JSON has no bytes)", () => {
    const result = check({ ...caseFileFixture(), evidence_files: [{ id: "f1", sha256: "ab" }, { id: "f2" }], evidence_links: [{ id: "l1", fileId: "f1" }] });
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok && result.evidenceLeftOut).toEqual({ evidence_files: 2, evidence_links: 1 });
  });

  it("refuses what is not JSON, or not an object", () => {
    expect(problemsOf(checkCaseFile("{ not json"))).toEqual([": json"]);
    expect(problemsOf(checkCaseFile("[1, 2]"))).toEqual([": notObject"]);
    expect(problemsOf(checkCaseFile("null"))).toEqual([": notObject"]);
  });

  it("reads a byte-order mark as nothing", () => {
    expect(checkCaseFile(`\uFEFF${JSON.stringify(caseFileFixture())}`).ok).toBe(true);
  });

  it("reads a version-1 file (before the article library): no `articles`, the citations as free text", () => {
    const v1 = caseFileFixture() as Record<string, unknown> & { incident: Record<string, unknown>; findings: Record<string, unknown>[] };
    v1.format = "casefile-case/1";
    delete v1.incident.articles;
    for (const f of v1.findings) delete f.articles;
    const checked = checkCaseFile(JSON.stringify(v1));
    expect(checked.ok).toBe(true);
    expect(checked.ok ? [checked.data.incident.articles, checked.data.incident.legalBasisExamined] : null).toEqual([[], ["Credit Information Act, Art. 17"]]);
  });

  it("refuses a file without a format, of another format, or of a newer version, saying which", () => {
    expect(problemsOf(spoiled((f) => void delete (f as Partial<CaseFileFixture>).format))).toEqual(["format: formatMissing"]);
    expect(problemsOf(spoiled((f) => void (f.format = "something-else/1")))).toEqual(["format: formatOther"]);
    const newer = spoiled((f) => void (f.format = "casefile-case/3"));
    expect(problemsOf(newer)).toEqual(["format: formatNewer"]);
    expect(newer.ok ? null : newer.problems[0]?.message).toMatch(/newer format \(casefile-case\/3\) than this installation reads \(casefile-case\/2\)/);
  });

  it("lists every wrongly typed value by its JSON path", () => {
    const result = spoiled((f) => {
      (f.findings[0] as Record<string, unknown>).severity = "extreme";
      (f.findings[0] as Record<string, unknown>).title = 42;
      delete (f.incident as Partial<typeof f.incident>).summary;
      (f.records_per_day[1] as Record<string, unknown>).records = "-5";
      (f.sources[0] as Record<string, unknown>).url = "javascript:alert(1)";
      (f.timeline[0] as Record<string, unknown>).occurredOn = "2018-02-30";
      (f.data_categories[0] as Record<string, unknown>).identifierFormat = "010-X{0}";
      (f.recipients[0] as Record<string, unknown>).stakePercent = "150";
      (f.incident as Record<string, unknown>).jurisdiction = "Atlantis";
      (f.statements[0] as Record<string, unknown>).wording = "shouted";
      (f.sources[0] as Record<string, unknown>).language = "klingon";
    });
    expect(problemsOf(result).sort()).toEqual(
      [
        "data_categories[0].identifierFormat: identifierFormat",
        "findings[0].severity: enum",
        "findings[0].title: type",
        "incident.summary: required",
        "records_per_day[1].records: count",
        "recipients[0].stakePercent: percent",
        "incident.jurisdiction: jurisdiction",
        "statements[0].wording: enum",
        "sources[0].language: enum",
        "sources[0].url: url",
        "timeline[0].occurredOn: day",
      ].sort(),
    );
  });

  it("refuses references to rows the file does not have", () => {
    const result = spoiled((f) => {
      f.figures[0]!.sourceId = "src-missing";
      f.statements[0]!.organizationId = "org-missing";
      f.incident.investigatedOrgId = "org-missing";
      f.estimate_revisions[1]!.sourceId = "src-missing";
      f.timeline[0]!.sourceId = "src-missing";
      f.recipients[0]!.organizationId = "org-missing";
      f.findings[0]!.sourceId = "src-missing";
    });
    expect(problemsOf(result).sort()).toEqual(
      [
        "estimate_revisions[1].sourceId: dangling",
        "figures[0].sourceId: dangling",
        "findings[0].sourceId: dangling",
        "incident.investigatedOrgId: dangling",
        "recipients[0].organizationId: dangling",
        "statements[0].organizationId: dangling",
        "timeline[0].sourceId: dangling",
      ].sort(),
    );
    expect(result.ok ? null : result.problems.find((p) => p.path === "figures[0].sourceId")?.message).toBe("Refers to src-missing, which is not in sources.");
  });

  it("refuses duplicates, revisions that disagree, totals that do not add up and days outside the period", () => {
    const result = spoiled((f) => {
      f.sources[1]!.id = "src1";
      f.organizations[2]!.slug = "fixture-company";
      f.records_per_day[1]!.day = "2018-04-01";
      f.records_per_day.push({ day: "2018-03-31", records: "1", provenance: "modelled" });
      f.estimate_revisions[1]!.estimate = "Another label";
      f.estimate_revisions[0]!.total = "40450001";
      f.recipients[1]!.deletedAt = null;
      f.figures.push({ ...f.figures[0]! });
    });
    expect(problemsOf(result).sort()).toEqual(
      [
        "estimate_revisions[0].total: total",
        "estimate_revisions[1].estimate: mismatch",
        "figures[1].key: duplicate",
        "organizations[2].slug: duplicate",
        "recipients[1].organizationId: duplicate",
        "records_per_day[1].day: duplicate",
        "records_per_day[2].day: outsidePeriod",
        "sources[1].id: duplicate",
      ].sort(),
    );
  });

  it("cuts a long list of problems and counts the rest", () => {
    const result = spoiled((f) => {
      f.records_per_day = Array.from({ length: 250 }, () => ({ day: "not a day", records: "1", provenance: "modelled" }));
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(200);
    expect(result.more).toBe(50);
  });
});

describe("jsonPath", () => {
  it("writes indexes in brackets and keys with dots", () => {
    expect(jsonPath(["findings", 3, "severity"])).toBe("findings[3].severity");
    expect(jsonPath(["incident"])).toBe("incident");
    expect(jsonPath([])).toBe("");
  });
});

describe("problem messages", () => {
  it("word every problem code in both languages", () => {
    for (const messages of [en, ko]) {
      const problems = messages.caseImport.problems as Record<string, string>;
      expect(PROBLEM_CODES.filter((code) => !problems[code])).toEqual([]);
    }
  });
});

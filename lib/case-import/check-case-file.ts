// Reads a case file (the JSON of the case-file export) and says whether a new case can be made of
// it: valid JSON, this format at a version this installation reads, every row the right shape,
// every reference resolved. Pure: no database, so the rules are unit-tested directly; the
// organisations' slugs and the new case's slug are matched against the database when it is written.
import { CASE_FILE_FORMAT, CASE_FILE_FORMAT_VERSION, readFormatTag } from "@/lib/export/case-file-format";
import { caseFileSchema, type CaseFileData } from "./case-file-schema";
import { MAX_PROBLEMS, problem, problemOfIssue, type CaseFileProblem } from "./case-file-problems";
import { referenceProblems } from "./reference-problems";

/** The tables of the workflow, which a new case does not take over: how many rows each had. */
interface LeftOut {
  state_transitions: number;
  transition_proposals: number;
  deadlines: number;
  sanctions: number;
}

/**
 * The evidence tables, which a new case does not take over either: a case.json holds the records
 * but not the bytes, and a record must never point at bytes this installation does not have.
 */
interface EvidenceLeftOut {
  evidence_files: number;
  evidence_links: number;
}

export type CheckedCaseFile = { ok: true; data: CaseFileData; leftOut: LeftOut; evidenceLeftOut: EvidenceLeftOut } | { ok: false; problems: CaseFileProblem[]; more: number };

function refused(problems: CaseFileProblem[]): CheckedCaseFile {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS), more: Math.max(0, problems.length - MAX_PROBLEMS) };
}

export function checkCaseFile(text: string): CheckedCaseFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return refused([problem("", "json", { detail: error instanceof Error ? error.message.slice(0, 200) : "unreadable" })]);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return refused([problem("", "notObject")]);

  const tag = readFormatTag((json as Record<string, unknown>).format);
  if (tag.kind === "missing") return refused([problem("format", "formatMissing")]);
  if (tag.kind === "other" || tag.version < 1) return refused([problem("format", "formatOther", { found: tag.kind === "other" ? tag.found : `casefile-case/${tag.version}`, supported: CASE_FILE_FORMAT })]);
  if (tag.version > CASE_FILE_FORMAT_VERSION) return refused([problem("format", "formatNewer", { found: `casefile-case/${tag.version}`, supported: CASE_FILE_FORMAT })]);

  const parsed = caseFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return refused(parsed.error.issues.map(problemOfIssue));
  const problems = referenceProblems(parsed.data);
  if (problems.length > 0) return refused(problems);
  const data = parsed.data;
  return {
    ok: true,
    data,
    leftOut: { state_transitions: data.state_transitions.length, transition_proposals: data.transition_proposals.length, deadlines: data.deadlines.length, sanctions: data.sanctions.length },
    evidenceLeftOut: { evidence_files: data.evidence_files.length, evidence_links: data.evidence_links.length },
  };
}

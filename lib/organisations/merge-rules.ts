// The rules of merging two organisations, with no I/O: which merges and undos are refused (as
// validation message keys), how the aliases combine and come apart, and which recipient rows
// move or retire. lib/organisations/merge-organizations.ts applies them in one transaction.

interface MergeParty {
  id: string;
  name: string;
  nameKo: string | null;
  aliases: string[];
  aliasesKo: string[];
  mergedIntoId: string | null;
}

export type Aliases = { aliases: string[]; aliasesKo: string[] };

export function refuseMerge(duplicate: MergeParty, survivor: MergeParty): string | null {
  if (duplicate.id === survivor.id) return "validation.organization.mergeSelf";
  if (duplicate.mergedIntoId) return "validation.organization.mergedAway";
  if (survivor.mergedIntoId) return "validation.organization.mergeIntoMerged";
  return null;
}

/**
 * An undo needs the merge to stand: not undone already (its duplicate still points at its
 * survivor), and a survivor that is still itself (undoing under a later merge would pull
 * references out of the organisation they were merged into since).
 */
export function refuseUndo(state: { undone: boolean; duplicate: MergeParty; survivor: MergeParty }): string | null {
  if (state.undone || state.duplicate.mergedIntoId !== state.survivor.id) return "validation.organization.undoTwice";
  if (state.survivor.mergedIntoId) return "validation.organization.undoSurvivorMerged";
  return null;
}

const key = (name: string) => name.trim().toLocaleLowerCase();

/** Trimmed, without blanks and without repeats (ignoring case), first spelling kept. */
export function cleanAliases(names: readonly string[], exclude: readonly (string | null)[] = []): string[] {
  const seen = new Set(exclude.filter((n): n is string => Boolean(n)).map(key));
  const kept: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!name || seen.has(key(name))) continue;
    seen.add(key(name));
    kept.push(name);
  }
  return kept;
}

/** The survivor's aliases once the duplicate's names and aliases join them, and what was added. */
export function aliasesAfterMerge(survivor: MergeParty, duplicate: MergeParty): Aliases & { added: Aliases } {
  const taken = [survivor.name, survivor.nameKo];
  const addedEn = cleanAliases([duplicate.name, ...duplicate.aliases], [...taken, ...survivor.aliases]);
  const addedKo = cleanAliases([duplicate.nameKo ?? "", ...duplicate.aliasesKo], [...taken, ...survivor.aliasesKo]);
  return { aliases: [...survivor.aliases, ...addedEn], aliasesKo: [...survivor.aliasesKo, ...addedKo], added: { aliases: addedEn, aliasesKo: addedKo } };
}

/** The survivor's aliases without those a merge added (anything added since stays). */
export function aliasesAfterUndo(current: Aliases, added: Aliases): Aliases {
  const drop = (names: string[], gone: string[]) => names.filter((n) => !gone.includes(n));
  return { aliases: drop(current.aliases, added.aliases), aliasesKo: drop(current.aliasesKo, added.aliasesKo) };
}

/**
 * A case lists an organisation as a live recipient once (incidents_recipients_live_org). Where
 * both are live recipients of one case, the survivor's row stays and the duplicate's row moves
 * and is retired (deleted softly), so an undo can bring it back as it was. Sorted by id, so the
 * same merge always gives the same answer.
 */
export function splitRecipients(input: { duplicate: { id: string; incidentId: string; deletedAt: Date | null }[]; survivorLiveCases: ReadonlySet<string> }): { move: string[]; retire: string[] } {
  const rows = [...input.duplicate].sort((a, b) => a.id.localeCompare(b.id));
  const clash = (row: { incidentId: string; deletedAt: Date | null }) => row.deletedAt === null && input.survivorLiveCases.has(row.incidentId);
  return { move: rows.filter((r) => !clash(r)).map((r) => r.id), retire: rows.filter(clash).map((r) => r.id) };
}

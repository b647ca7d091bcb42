import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { isAuditKind } from "./audit-actions";
import { auditTranslator } from "./audit-translator";
import { describeAuditEvent, type AuditEventDescription } from "./describe-audit-event";
import { auditFacets, listAuditEvents, type AuditFilter } from "./list-audit-events";
import { loadAuditLookups } from "./load-audit-lookups";

export interface AuditTrailView {
  entries: AuditEventDescription[];
  nextBefore?: string;
  facets: { actors: { id: string; label: string }[]; kinds: { value: string; label: string }[] };
}

/**
 * One page of a trail as people read it (see describe-audit-event.ts), with the filter menus
 * labelled. The caller has already checked that the viewer may see this trail.
 */
export async function getAuditTrail(filter: AuditFilter, locale: Locale): Promise<AuditTrailView> {
  const [page, facets, t] = await Promise.all([listAuditEvents(filter), auditFacets(filter.incidentId), auditTranslator(locale)]);
  const lookups = await loadAuditLookups(page.events);
  return {
    entries: page.events.map((event) => describeAuditEvent(event, lookups, { t, locale })),
    nextBefore: page.nextBefore?.toString(),
    facets: {
      actors: facets.actors,
      kinds: facets.kinds.map((kind) => ({ value: kind, label: isAuditKind(kind) ? t(`auditLabels.kinds.${kind}`) : kind })),
    },
  };
}

// The kit every versioned, soft-deletable case item is built with (findings, timeline events,
// data categories, estimates, and each section to come). A domain's mutations.ts keeps only what
// is specific to it; loading, saving on a version, deleting, restoring, the permission check on
// the item's case and the audit row are written here once, each inside one transaction.
import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import { defineAction } from "@/lib/actions/execute-action";
import { ActionError, fail } from "@/lib/actions/result";
import type { Action, Viewer } from "@/lib/auth/permissions";
import { sectionByKey, type SectionKey } from "./sections";
import { AUDIT_ACTIONS, type AuditAction, type AuditEntityType } from "@/lib/audit/audit-actions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { toPlainJson } from "@/lib/format/plain-json";
import { requireCaseAction } from "./case-guard";

type Tx = Prisma.TransactionClient;

/** A Prisma model whose rows carry a version and are deleted softly (and belong to a case: see `caseIdOf`). */
export type VersionedRow = Record<string, unknown> & { id: string; version: number; deletedAt: Date | null };

/** The Prisma models (by their client property) that have the four operations the kit uses. */
type ModelName = { [K in keyof Tx]: Tx[K] extends { updateMany: unknown; findFirst: unknown; create: unknown } ? K : never }[keyof Tx];

/** The part of a Prisma delegate the kit calls. Each domain names its row type, which the model's delegate returns. */
interface VersionedDelegate<Row> {
  findFirst(args: { where: object }): Promise<Row | null>;
  findUniqueOrThrow(args: { where: { id: string } }): Promise<Row>;
  create(args: { data: object }): Promise<Row>;
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
}

/** The verbs the audit vocabulary has for an entity type: "created", "confirmed"… */
type VerbOf<E extends AuditEntityType> = AuditAction extends infer A ? (A extends `${E}.${infer V}` ? V : never) : never;

export interface ItemKind<E extends AuditEntityType> {
  /** The Prisma client property, e.g. "timelineEvent". */
  model: ModelName;
  /** The audit trail's entity type, e.g. "timeline_event"; actions are "<entityType>.created" and so on. */
  entityType: E;
  /** For messages: "No such finding." */
  noun: string;
  /** The case section the items belong to: its `edit` permission (lib/cases/sections.ts) is what creating and editing needs; deleting needs case.delete, restoring case.restore. */
  section: SectionKey;
  /** The case a row belongs to: its `incidentId`, unless the row is the case itself. */
  caseIdOf?: (row: VersionedRow) => string;
  /**
   * Checks what a create or an edit would write against the stored case (a cited source is one of
   * its live sources, a party is one of its organisations), after the permission check and before
   * anything is written; refuses with a field error. On an edit, `before` is the stored item (a
   * citation it already has may stay though its source was deleted since).
   */
  checkInput?: (tx: Tx, input: { incidentId: string; data: Record<string, unknown>; before?: VersionedRow }) => Promise<void>;
  /**
   * Rows kept beside the item in other tables (a finding's legal articles, its evidence
   * references). Each input `field` is taken out of the item's data and, when present, replaces
   * those rows after the item is written, in the same transaction; absent, they stay as they are.
   * The audit row lists them, as `write` and `read` describe them, under `auditKey` ("articles"
   * unless said).
   */
  links?: readonly LinkKind[];
}

/** One kind of rows kept beside an item (see `ItemKind.links`). */
export interface LinkKind {
  field: string;
  auditKey?: string;
  write: (tx: Tx, itemId: string, value: unknown) => Promise<string[]>;
  read: (tx: Tx, itemId: string) => Promise<string[]>;
}

/** The links an input carries, each with the value to write. */
type LinkValues = { kind: LinkKind; value: unknown }[];

/** The audit row's view of links: `{ articles: [...], evidenceRefs: [...] }`. */
const linkFields = (values: LinkValues, lists: string[][]): Record<string, string[]> =>
  Object.fromEntries(values.map(({ kind }, i): [string, string[]] => [kind.auditKey ?? "articles", lists[i] ?? []]));

const byIncidentId = (row: VersionedRow) => String(row.incidentId);

/**
 * The conflict answer for a stale save: what the record holds now and who changed it last, so
 * the user can compare, copy their text and reload. Nothing is overwritten.
 */
export async function conflictError(tx: Tx, entityType: AuditEntityType, entityId: string, current: Record<string, unknown>): Promise<ActionError> {
  const last = await tx.auditEvent.findFirst({ where: { entityType, entityId }, orderBy: { id: "desc" }, select: { actorLabel: true, occurredAt: true } });
  return new ActionError("conflict", `${last?.actorLabel ?? "someone"} saved a newer version while you were editing.`, undefined, {
    current: toPlainJson(current) as Record<string, unknown>,
    changedBy: last?.actorLabel ?? null,
    changedAt: last?.occurredAt.toISOString() ?? null,
  });
}

/** "<entityType>.<verb>", which must be in the audit vocabulary (lib/audit/audit-actions.ts): a kind without one fails on first use. */
function auditAction(entityType: AuditEntityType, verb: string): AuditAction {
  const action = AUDIT_ACTIONS.find((a) => a === `${entityType}.${verb}`);
  if (!action) throw new Error(`The audit vocabulary has no "${entityType}.${verb}".`);
  return action;
}

export function versionedItems<Row extends VersionedRow, E extends AuditEntityType = AuditEntityType>(kind: ItemKind<E>) {
  // The one unchecked step: the domain that names `Row` vouches that `kind.model` stores it.
  const table = (tx: Tx) => tx[kind.model] as unknown as VersionedDelegate<Row>;
  const caseIdOf = kind.caseIdOf ?? byIncidentId;
  const editPermission: Action = sectionByKey(kind.section).edit ?? "case.edit";
  const audit = (tx: Tx, viewer: Viewer, verb: VerbOf<E>, before: Row | null, after: Row, links?: { before?: Record<string, string[]>; after: Record<string, string[]> }) =>
    recordAudit(tx, {
      actor: actorOf(viewer),
      action: auditAction(kind.entityType, verb),
      entityType: kind.entityType,
      entityId: after.id,
      incidentId: caseIdOf(after),
      before: before && links?.before ? { ...before, ...links.before } : before,
      after: links ? { ...after, ...links.after } : after,
    });
  /** The item's own data, and the links the input carries. */
  const splitLinks = (input: object): { data: object; links: LinkValues } => {
    const data = { ...(input as Record<string, unknown>) };
    const links: LinkValues = [];
    for (const link of kind.links ?? []) {
      if (!(link.field in data)) continue;
      if (data[link.field] !== undefined) links.push({ kind: link, value: data[link.field] });
      delete data[link.field];
    }
    return { data, links };
  };
  // One after the other: a transaction's queries share one connection.
  const writeLinks = async (tx: Tx, itemId: string, links: LinkValues) => {
    const lists: string[][] = [];
    for (const link of links) lists.push(await link.kind.write(tx, itemId, link.value));
    return linkFields(links, lists);
  };
  const readLinks = async (tx: Tx, itemId: string, links: LinkValues) => {
    const lists: string[][] = [];
    for (const link of links) lists.push(await link.kind.read(tx, itemId));
    return linkFields(links, lists);
  };
  const verb = (name: string) => name as VerbOf<E>;

  /** The item if it is live (or, with `deleted`, if it is deleted); otherwise "not found". */
  async function loadLive(tx: Tx, id: string, options: { deleted?: boolean } = {}): Promise<Row> {
    const row = await table(tx).findFirst({ where: { id, deletedAt: options.deleted ? { not: null } : null } });
    return row ?? fail("not_found", `No such ${kind.noun}.`);
  }

  /**
   * Writes `data` only while the stored version is still `version`, and increments it. When
   * someone saved first, nothing is written and the answer names them.
   */
  async function saveVersioned(
    tx: Tx,
    options: { id: string; version: number; data: object; deleted?: boolean; describeStored?: (stored: Row) => Promise<Record<string, unknown>> },
  ): Promise<Row> {
    const where = { id: options.id, version: options.version, deletedAt: options.deleted ? { not: null } : null };
    const { count } = await table(tx).updateMany({ where, data: { ...options.data, version: { increment: 1 } } });
    if (count === 0) {
      // The conflict shows what is stored now, in the terms of the form that lost the race.
      const stored = await table(tx).findUniqueOrThrow({ where: { id: options.id } });
      throw await conflictError(tx, kind.entityType, options.id, options.describeStored ? await options.describeStored(stored) : stored);
    }
    return table(tx).findUniqueOrThrow({ where: { id: options.id } });
  }

  /** A new item on a case (never a case itself: opening a case has its own rules). */
  async function create(viewer: Viewer, input: { incidentId: string; data: object }): Promise<Row> {
    const { data, links } = splitLinks(input.data);
    return prisma.$transaction(async (tx) => {
      await requireCaseAction(tx, viewer, input.incidentId, editPermission);
      await kind.checkInput?.(tx, { incidentId: input.incidentId, data: data as Record<string, unknown> });
      const row = await table(tx).create({ data: { ...data, incidentId: input.incidentId } });
      const linked = links.length ? { after: await writeLinks(tx, row.id, links) } : undefined;
      await audit(tx, viewer, verb("created"), null, row, linked);
      return row;
    });
  }

  /**
   * Saves new values. `check` refuses what the domain does not allow from the stored item (a
   * finding's status change, say); `verb` names the change when "updated" says too little.
   */
  async function update(viewer: Viewer, input: { id: string; version: number; data: object; verb?: VerbOf<E>; check?: (before: Row) => void }): Promise<Row> {
    const { data, links } = splitLinks(input.data);
    return prisma.$transaction(async (tx) => {
      const before = await loadLive(tx, input.id);
      await requireCaseAction(tx, viewer, caseIdOf(before), editPermission);
      input.check?.(before);
      await kind.checkInput?.(tx, { incidentId: caseIdOf(before), data: data as Record<string, unknown>, before });
      const linksBefore = links.length ? await readLinks(tx, input.id, links) : undefined;
      const after = await saveVersioned(tx, { id: input.id, version: input.version, data });
      const linked = links.length ? { before: linksBefore, after: await writeLinks(tx, after.id, links) } : undefined;
      await audit(tx, viewer, input.verb ?? verb("updated"), before, after, linked);
      return after;
    });
  }

  /** Soft delete: the item is kept, hidden, and a regulator can restore it. */
  async function softDelete(viewer: Viewer, input: { id: string; version: number }): Promise<Row> {
    return prisma.$transaction(async (tx) => {
      const before = await loadLive(tx, input.id);
      await requireCaseAction(tx, viewer, caseIdOf(before), "case.delete");
      const after = await saveVersioned(tx, { id: input.id, version: input.version, data: { deletedAt: new Date() } });
      await audit(tx, viewer, verb("deleted"), before, after);
      return after;
    });
  }

  async function restore(viewer: Viewer, input: { id: string; version: number }): Promise<Row> {
    return prisma.$transaction(async (tx) => {
      const before = await loadLive(tx, input.id, { deleted: true });
      await requireCaseAction(tx, viewer, caseIdOf(before), "case.restore");
      const after = await saveVersioned(tx, { id: input.id, version: input.version, data: { deletedAt: null }, deleted: true });
      await audit(tx, viewer, verb("restored"), before, after);
      return after;
    });
  }

  // The standard server-action definitions (schema + mutation) a section's mutations.ts lists.

  /** Create on the case named by the input's incidentId; `createdBy` names a column that records the viewer. */
  const createAction = <S extends z.ZodType<{ incidentId: string }>>(schema: S, options: { createdBy?: string } = {}) =>
    defineAction(schema, (viewer, input: { incidentId: string }) => {
      const { incidentId, ...data } = input;
      return create(viewer, { incidentId, data: options.createdBy ? { ...data, [options.createdBy]: viewer.id } : data });
    });

  /** Update the item named by the input's `idKey`, at the version the form was filled from. */
  const updateAction = <K extends string, S extends z.ZodType<Record<K, string> & { version: number }>>(idKey: K, schema: S) =>
    defineAction(schema, (viewer, input: Record<K, string> & { version: number }) => {
      const { [idKey]: id, version, ...data } = input;
      return update(viewer, { id: id as string, version, data });
    });

  /** Delete (softly) and restore the item named by the input's `idKey`. */
  const deleteActions = <K extends string, S extends z.ZodType<Record<K, string> & { version: number }>>(idKey: K, schema: S) => ({
    delete: defineAction(schema, (viewer, input: Record<K, string> & { version: number }) => softDelete(viewer, { id: input[idKey], version: input.version })),
    restore: defineAction(schema, (viewer, input: Record<K, string> & { version: number }) => restore(viewer, { id: input[idKey], version: input.version })),
  });

  return { editPermission, loadLive, saveVersioned, audit, create, update, softDelete, restore, createAction, updateAction, deleteActions };
}

import "server-only";
import type { z } from "zod";
import { defineAction, type ActionDefinition } from "@/lib/actions/execute-action";
import { fail } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { versionedItems } from "@/lib/cases/versioned-items";
import type { IncidentFigure } from "@/lib/generated/prisma/client";
import { citesSource } from "@/lib/sources/citation";
import { validationKey } from "@/lib/validation/message-key";
import { figureKey, RECORDS_TOTAL_KEY } from "./figure-key";
import { createFigureSchema, figureRefSchema, updateFigureSchema } from "./schema";
import { isUniqueViolation } from "@/lib/db/unique-violation";

const figures = versionedItems<IncidentFigure, "figure">({ model: "incidentFigure", entityType: "figure", noun: "key figure", section: "figures", checkInput: citesSource });

/**
 * A new figure gets its key from its label, once: edits never change it. Keys are unique per
 * case, deleted figures included (the database's unique index), so a second figure with the same
 * label is refused on the label, even when two people add it at the same moment.
 */
async function createFigure(viewer: Viewer, input: z.output<typeof createFigureSchema>) {
  const { incidentId, recordsTotal, ...data } = input;
  try {
    return await figures.create(viewer, { incidentId, data: { ...data, key: recordsTotal ? RECORDS_TOTAL_KEY : figureKey(data.label) } });
  } catch (error) {
    if (isUniqueViolation(error)) {
      if (recordsTotal) fail("invalid", "This case already states its total of records shared.", { recordsTotal: [validationKey("figure.recordsTotalTaken")] });
      fail("invalid", "This case already has a key figure with this label.", { label: [validationKey("figure.labelTaken")] });
    }
    throw error;
  }
}

/** A figure as an action answers it: the value as text, because a Decimal cannot travel to the browser (and text keeps every digit). */
function answeringPlainValue<S extends z.ZodType>(definition: ActionDefinition<S, IncidentFigure>) {
  return defineAction(definition.schema, async (viewer, input: z.output<S>) => {
    const row = await definition.run(viewer, input);
    return { ...row, value: row.value.toString() };
  });
}

const { delete: deleteFigure, restore } = figures.deleteActions("figureId", figureRefSchema);

/** Each key-figure mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const figureActions = {
  create: answeringPlainValue(defineAction(createFigureSchema, createFigure)),
  update: answeringPlainValue(figures.updateAction("figureId", updateFigureSchema)),
  delete: answeringPlainValue(deleteFigure),
  restore: answeringPlainValue(restore),
};

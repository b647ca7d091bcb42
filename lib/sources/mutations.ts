import "server-only";
import type { Source } from "@/lib/generated/prisma/client";
import { versionedItems } from "@/lib/cases/versioned-items";
import { createSourceSchema, sourceRefSchema, updateSourceSchema } from "./schema";

const sources = versionedItems<Source>({ model: "source", entityType: "source", noun: "source", section: "sources" });

/** Each source mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const sourceActions = {
  create: sources.createAction(createSourceSchema),
  update: sources.updateAction("sourceId", updateSourceSchema),
  ...sources.deleteActions("sourceId", sourceRefSchema),
};

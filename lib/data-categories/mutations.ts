import "server-only";
import type { DataCategory } from "@/lib/generated/prisma/client";
import { versionedItems } from "@/lib/cases/versioned-items";
import { categoryRefSchema, createCategorySchema, updateCategorySchema } from "./schema";

const categories = versionedItems<DataCategory>({ model: "dataCategory", entityType: "data_category", noun: "data category", section: "dataCategories" });

/** Each data-category mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const categoryActions = {
  create: categories.createAction(createCategorySchema),
  update: categories.updateAction("categoryId", updateCategorySchema),
  ...categories.deleteActions("categoryId", categoryRefSchema),
};

import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/permissions";
import type { DataCategory } from "@/lib/generated/prisma/client";
import { versionedItems } from "@/lib/cases/versioned-items";
import { categoryRefSchema, createCategorySchema, updateCategorySchema } from "./schema";

const categories = versionedItems<DataCategory>({ model: "dataCategory", entityType: "data_category", noun: "data category", editPermission: "dataCategory.edit" });

export const createCategory = (viewer: Viewer, { incidentId, ...fields }: z.output<typeof createCategorySchema>) => categories.create(viewer, { incidentId, data: fields });
export const updateCategory = (viewer: Viewer, { categoryId, version, ...fields }: z.output<typeof updateCategorySchema>) => categories.update(viewer, { id: categoryId, version, data: fields });
export const deleteCategory = (viewer: Viewer, input: z.output<typeof categoryRefSchema>) => categories.softDelete(viewer, { id: input.categoryId, version: input.version });
export const restoreCategory = (viewer: Viewer, input: z.output<typeof categoryRefSchema>) => categories.restore(viewer, { id: input.categoryId, version: input.version });

export const categoryActions = {
  create: defineAction(createCategorySchema, createCategory),
  update: defineAction(updateCategorySchema, updateCategory),
  delete: defineAction(categoryRefSchema, deleteCategory),
  restore: defineAction(categoryRefSchema, restoreCategory),
};

import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { createCategory, deleteCategory, restoreCategory, updateCategory } from "./mutations";
import { categoryRefSchema, createCategorySchema, updateCategorySchema } from "./schema";

export const categoryActions = {
  create: defineAction(createCategorySchema, createCategory),
  update: defineAction(updateCategorySchema, updateCategory),
  delete: defineAction(categoryRefSchema, deleteCategory),
  restore: defineAction(categoryRefSchema, restoreCategory),
};

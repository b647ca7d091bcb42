"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { assignmentSchema, changeRoleSchema, createUserSchema, setActiveSchema } from "./schema";
import { assignOfficer, changeUserRole, createUser, setUserActive, unassignOfficer } from "./user-admin";

const refresh = () => revalidatePath("/[locale]/admin/users", "page");

export const createUserAction = authedAction(createUserSchema, async (viewer, input) => {
  const result = await createUser(viewer, input);
  refresh();
  return result;
});

export const changeUserRoleAction = authedAction(changeRoleSchema, async (viewer, input) => {
  const result = await changeUserRole(viewer, input);
  refresh();
  return result;
});

export const setUserActiveAction = authedAction(setActiveSchema, async (viewer, input) => {
  const result = await setUserActive(viewer, input);
  refresh();
  return result;
});

export const assignOfficerAction = authedAction(assignmentSchema, async (viewer, input) => {
  const result = await assignOfficer(viewer, input);
  refresh();
  return result;
});

export const unassignOfficerAction = authedAction(assignmentSchema, async (viewer, input) => {
  const result = await unassignOfficer(viewer, input);
  refresh();
  return result;
});

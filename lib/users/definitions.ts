import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { assignmentSchema, changeRoleSchema, createUserSchema, setActiveSchema } from "./schema";
import { assignOfficer, changeUserRole, createUser, setUserActive, unassignOfficer } from "./mutations";

export const userActions = {
  create: defineAction(createUserSchema, createUser),
  changeRole: defineAction(changeRoleSchema, changeUserRole),
  setActive: defineAction(setActiveSchema, setUserActive),
  assign: defineAction(assignmentSchema, assignOfficer),
  unassign: defineAction(assignmentSchema, unassignOfficer),
};

import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { deleteIncident, restoreIncident, updateIncident } from "./mutations";
import { incidentRefSchema, updateIncidentSchema } from "./schema";

export const incidentActions = {
  update: defineAction(updateIncidentSchema, updateIncident),
  delete: defineAction(incidentRefSchema, deleteIncident),
  restore: defineAction(incidentRefSchema, restoreIncident),
};

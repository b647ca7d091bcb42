import { getTranslations } from "next-intl/server";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { VisibleCase } from "@/lib/cases/case-access";
import { listAssignableOfficers } from "@/lib/users/list-officers";
import { CaseStaffingControls } from "./case-staffing-controls";

/**
 * Who works the case: its assigned case officers, and for those who staff cases (regulators,
 * administrators) the controls to assign and remove them, audited like the Users page's.
 */
export async function CaseStaffing({ viewer, incident }: { viewer: Viewer; incident: VisibleCase["incident"] }) {
  const t = await getTranslations("workspace");
  const assigned = incident.assignments.map((a) => ({ id: a.userId, name: a.user.name, email: a.user.email }));
  const staffs = can(viewer, "assignment.manage");
  const officers = staffs ? await listAssignableOfficers(viewer) : [];
  return (
    <section aria-labelledby="staffing-heading" className="space-y-2" data-testid="case-staffing">
      <h2 id="staffing-heading" className="font-medium text-slate-600">
        {t("assignedOfficers")}
      </h2>
      {staffs ? (
        <CaseStaffingControls incidentId={incident.id} assigned={assigned} choices={officers.filter((o) => !assigned.some((a) => a.id === o.id))} />
      ) : (
        <p>{assigned.length > 0 ? assigned.map((a) => a.name).join(", ") : t("noneAssigned")}</p>
      )}
    </section>
  );
}

"use client";

import { AuditTrailError } from "@/components/audit/audit-trail-error";

export default function AuditError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <AuditTrailError {...props} />;
}

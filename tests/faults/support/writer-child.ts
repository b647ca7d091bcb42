// Run by process-kill.fault.test.ts as a separate process (node --conditions=react-server, so
// `server-only` imports resolve as they do inside Next.js): creates findings through the app's
// own action path one after another and prints each acknowledged id, until it is killed.
import { executeAction } from "@/lib/actions/execute-action";
import { resolveSession } from "@/lib/auth/sessions";
import { findingActions } from "@/lib/findings/mutations";

const [sessionId, incidentId] = process.argv.slice(2);
const viewer = await resolveSession(sessionId ?? "");
if (!viewer || !incidentId) throw new Error("writer-child: no viewer or case");
for (let n = 1; ; n++) {
  const title = `Killed writer ${process.pid} #${n}`;
  const result = await executeAction(viewer, findingActions.create, { incidentId, title, body: "Written by a process that is about to be killed.", severity: "medium", legalArticles: "", evidenceRefs: "" });
  if (!result.ok) throw new Error(`writer-child: ${result.error} ${result.message}`);
  process.stdout.write(`ok ${result.data.id} ${title}\n`);
}

import "server-only";
import { env } from "@/lib/env";

/** The largest evidence file accepted, in bytes (EVIDENCE_MAX_MB, 200 MB by default). */
export const evidenceMaxBytes = (): number => env().EVIDENCE_MAX_MB * 1024 * 1024;

import { z } from "zod";
import { id } from "@/lib/validation/fields";

export const retryMailSchema = z.object({ mailId: id });
export type RetryMailInput = z.infer<typeof retryMailSchema>;

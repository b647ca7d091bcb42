import { z } from "zod";
import { BUCKETS } from "./buckets";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD.")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "Not a real date.");

export const seriesQuerySchema = z
  .object({ bucket: z.enum(BUCKETS).optional(), from: day.optional(), to: day.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "The range ends before it starts.", path: ["to"] });
export type SeriesQuery = z.output<typeof seriesQuerySchema>;

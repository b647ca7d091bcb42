// The statistics as plain JSON: amounts as { amount: "decimal", currency } (every digit, never a
// float), keys in English. /api/public/statistics answers this, and the statistics page hands
// the same shape to its charts (bigints do not cross to the browser).
import { toDecimal, type Money } from "@/lib/money/amount";
import type { FineBucket, PublicStatistics } from "./statistics";

export interface JsonAmount {
  amount: string;
  currency: string;
}

type JsonFines<K> = { key: K; fines: number; totals: JsonAmount[] };
type WithJsonFines<T> = { [P in keyof T]: T[P] extends FineBucket<infer K>[] ? JsonFines<K>[] : T[P] };

export type PublicStatisticsJson = WithJsonFines<PublicStatistics> & { generatedAt: string };

const amount = (m: Money): JsonAmount => ({ amount: toDecimal(m), currency: m.currency });
const fines = <K>(buckets: FineBucket<K>[]): JsonFines<K>[] => buckets.map((b) => ({ key: b.key, fines: b.fines, totals: b.totals.map(amount) }));

export function statisticsJson(stats: PublicStatistics, generatedAt: Date): PublicStatisticsJson {
  return {
    generatedAt: generatedAt.toISOString(),
    ...stats,
    finesByYear: fines(stats.finesByYear),
    finesBySector: fines(stats.finesBySector),
    finesByArticle: fines(stats.finesByArticle),
  };
}

// A read on the replica that fails because the replica went away (stopped, restarted, connection
// cut) or because replay cancelled it (a hot standby's "conflict with recovery") is asked once more
// of the primary, so the reader gets an answer instead of a 503 or 500 while the primary can give
// one. Done as a Prisma client extension on the replica's client, not as a wrapper around each
// read: callers keep calling readClient().x.findMany(…) / $queryRaw`…`, and every read path
// switched to the replica gets the retry without being written for it.
import { databaseFailure } from "./database-failure";
import type { PrismaClient } from "./create-client";

/** What may be asked again of the primary: reads only (a write has no business on the replica's client). */
const READS = new Set(["findFirst", "findFirstOrThrow", "findMany", "findUnique", "findUniqueOrThrow", "count", "aggregate", "groupBy", "$queryRaw", "$queryRawUnsafe"]);

/** SQLSTATE 40001 on a standby: the query was cancelled so WAL replay could proceed. */
export function isRecoveryConflict(error: unknown): boolean {
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null;
  return typeof e === "object" && e !== null && (e.code === "40001" || e.meta?.driverAdapterError?.cause?.originalCode === "40001");
}

type Operation = (args: unknown) => Promise<unknown>;

/** The same operation on the primary: a model's method, or a raw query with the same arguments. */
function onPrimary(primary: PrismaClient, model: string | undefined, operation: string, args: unknown): Promise<unknown> {
  const client = primary as unknown as Record<string, Record<string, Operation> | ((...rest: unknown[]) => Promise<unknown>)>;
  if (model) {
    const delegate = client[model.charAt(0).toLowerCase() + model.slice(1)] as Record<string, Operation>;
    return delegate[operation]!(args);
  }
  const method = client[operation] as (...rest: unknown[]) => Promise<unknown>;
  // $queryRaw receives the Sql object; $queryRawUnsafe its (text, ...values) as an array.
  return operation === "$queryRawUnsafe" && Array.isArray(args) ? method.apply(primary, args) : method.call(primary, args);
}

export interface FallbackOptions {
  primary: PrismaClient;
  /** Told when the replica went away, so the next reads go straight to the primary. */
  onReplicaGone: (error: unknown) => void;
}

/** The replica's client with the retry on the primary (types unchanged: the extension adds no members). */
export function withPrimaryFallback(replica: PrismaClient, { primary, onReplicaGone }: FallbackOptions): PrismaClient {
  const extended = replica.$extends({
    query: {
      async $allOperations(params) {
        const { model, operation, args, query } = params;
        try {
          return await query(args);
        } catch (error) {
          const gone = databaseFailure(error)?.kind === "unavailable";
          // Inside a transaction one statement cannot move to another server on its own.
          const inTransaction = Boolean((params as { __internalParams?: { transaction?: unknown } }).__internalParams?.transaction);
          if ((!gone && !isRecoveryConflict(error)) || inTransaction || !READS.has(operation)) throw error;
          if (gone) onReplicaGone(error);
          return onPrimary(primary, model, operation, args);
        }
      },
    },
  });
  return extended as unknown as PrismaClient;
}

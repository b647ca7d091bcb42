import { NextResponse } from "next/server";
import { databaseFailure, describeDatabaseError, type DatabaseFailure } from "./database-failure";

/** 503 with Retry-After: the database is down, busy, read-only or full; the request may be repeated. */
function databaseFailureResponse(failure: DatabaseFailure): NextResponse {
  return NextResponse.json(
    { error: "unavailable", reason: failure.kind, message: failure.message },
    { status: 503, headers: { "Retry-After": String(failure.retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}

/**
 * Wraps a route handler: a database failure (see databaseFailure) becomes a 503 with
 * Retry-After and a JSON message instead of a 500; anything else is thrown on as before.
 */
export function withDatabaseErrors<A extends unknown[], R extends Response>(handler: (...args: A) => Promise<R>): (...args: A) => Promise<R | NextResponse> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      const failure = databaseFailure(error);
      if (!failure) throw error;
      console.warn(`Database ${failure.kind}, answered 503: ${describeDatabaseError(error)}`);
      return databaseFailureResponse(failure);
    }
  };
}

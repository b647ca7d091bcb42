// Fails the test during which this process had an uncaught exception or an unhandled rejection.
// Vitest reports such errors only at the end of the run, without saying which test caused them,
// and Next in production merely logs them; either way a request that throws where nobody can
// catch it would go unnoticed by the test that sent it. (Integration and fault tests.)
import { afterAll, afterEach, expect } from "vitest";

interface ProcessError {
  kind: "uncaughtException" | "unhandledRejection";
  error: unknown;
}

// Once per process: test files share a worker process, and each loads its setup files again.
declare global {
  var casefileProcessErrors: ProcessError[] | undefined;
}
const seen = (globalThis.casefileProcessErrors ??= listen());

function listen(): ProcessError[] {
  const errors: ProcessError[] = [];
  process.on("uncaughtException", (error) => errors.push({ kind: "uncaughtException", error }));
  process.on("unhandledRejection", (error) => errors.push({ kind: "unhandledRejection", error }));
  return errors;
}

function expectNone(when: string) {
  const errors = seen.splice(0).map(({ kind, error }) => `${kind}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  expect(errors, `uncaught exceptions or unhandled rejections ${when}`).toEqual([]);
}

// A test's own stray errors land by its end; later ones (after the file's last test) at afterAll.
afterEach(() => expectNone("during this test"));
afterAll(() => expectNone("after this file's last test"));

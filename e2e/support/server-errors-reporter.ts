// Fails the run when the app server logs an uncaught exception or an unhandled rejection. Next
// catches both and only logs them, so a request can break the server's process while the page
// still looks right. The webServer's output reaches Playwright only through its reporters, which
// is why this check is a reporter and not a fixture.
import type { FullResult, Reporter, TestCase } from "@playwright/test/reporter";
import { processErrorCollector } from "../../tests/support/server-process-errors";

export default class ServerErrorsReporter implements Reporter {
  private running = new Set<string>();
  private log = processErrorCollector();
  private found: string[] = [];

  onTestBegin(test: TestCase) {
    this.running.add(test.titlePath().slice(1).join(" › "));
  }

  onTestEnd(test: TestCase) {
    this.running.delete(test.titlePath().slice(1).join(" › "));
  }

  onStdErr(chunk: string | Buffer, test: TestCase | void) {
    // The webServer's output comes without a test; a test's own output is its own business.
    if (test) return;
    const before = this.log.found.length;
    this.log.add(chunk.toString());
    const during = this.running.size > 0 ? [...this.running].join(", ") : "between tests";
    for (const line of this.log.found.slice(before)) this.found.push(`${line} (during: ${during})`);
  }

  async onEnd(result: FullResult): Promise<{ status: FullResult["status"] } | undefined> {
    this.log.end();
    const found = [...this.found, ...this.log.found.slice(this.found.length)];
    if (found.length === 0) return undefined;
    process.stderr.write(`\nThe app server logged ${found.length} uncaught exception(s) or unhandled rejection(s):\n${found.map((f) => `  ${f}`).join("\n")}\n`);
    return { status: result.status === "interrupted" ? "interrupted" : "failed" };
  }
}

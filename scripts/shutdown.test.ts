import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { createShutdown } from "./shutdown";

function harness() {
  const events: string[] = [];
  const signals = new EventEmitter();
  let exited: (code: number) => void = () => undefined;
  const exit = new Promise<number>((resolve) => (exited = resolve));
  const shutdown = createShutdown({
    signals: ["SIGINT", "SIGTERM"],
    on: (signal, listener) => signals.on(signal, listener),
    exit: (code) => {
      events.push(`exit ${code}`);
      exited(code);
    },
    onError: (label) => events.push(`failed ${label}`),
  });
  return { events, signals, exit, shutdown };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("createShutdown", () => {
  it("undoes the steps in reverse order, waiting for each, then exits with 128 + the signal's number", async () => {
    const { events, signals, exit, shutdown } = harness();
    shutdown.defer("database", async () => {
      await tick();
      events.push("database stopped");
    });
    shutdown.defer("web server", async () => {
      await tick();
      events.push("web server stopped");
    });
    signals.emit("SIGTERM");
    expect(shutdown.stopping).toBe(true);
    expect(await exit).toBe(143);
    expect(events).toEqual(["web server stopped", "database stopped", "exit 143"]);
  });

  it("stops once, however many signals or errors ask for it", async () => {
    const { events, signals, exit, shutdown } = harness();
    shutdown.defer("database", async () => {
      await tick();
      events.push("database stopped");
    });
    signals.emit("SIGINT");
    signals.emit("SIGINT");
    signals.emit("SIGTERM");
    void shutdown.stop(1);
    expect(await exit).toBe(130);
    await tick();
    expect(events).toEqual(["database stopped", "exit 130"]);
  });

  it("goes on to the next step when one fails", async () => {
    const { events, exit, shutdown } = harness();
    shutdown.defer("database", () => void events.push("database stopped"));
    shutdown.defer("drop the test database", () => Promise.reject(new Error("server gone")));
    void shutdown.stop(1);
    expect(await exit).toBe(1);
    expect(events).toEqual(["failed drop the test database", "database stopped", "exit 1"]);
  });
});

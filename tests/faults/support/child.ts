// Runs a TypeScript entry point as its own Node process (no tsx wrapper process in between, so a
// SIGKILL hits the process that holds the database connections) and follows its output.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");

export interface RunningChild {
  process: ChildProcess;
  lines: string[];
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once a line matches (or rejects when the process exits first). */
  waitFor(match: (line: string) => boolean, count?: number): Promise<void>;
  stderr(): string;
}

export function startChild(entry: string, args: string[], env: Record<string, string>): RunningChild {
  // react-server: `import "server-only"` resolves as it does inside Next.js.
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", entry, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let stderr = "";
  let partial = "";
  const waiters: (() => void)[] = [];
  child.stdout!.on("data", (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split("\n");
    partial = parts.pop() ?? "";
    lines.push(...parts);
    for (const wake of waiters.splice(0)) wake();
  });
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-10_000)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  let done = false;
  void exited.then(() => {
    done = true;
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    process: child,
    lines,
    exited,
    stderr: () => stderr,
    async waitFor(match, count = 1) {
      while (lines.filter(match).length < count) {
        if (done) throw new Error(`The child exited before printing what was awaited. stdout: ${lines.slice(-5).join(" | ")} stderr: ${stderr.slice(-1500)}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
  };
}

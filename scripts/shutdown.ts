// Ordered shutdown for `npm start`: what started last stops first (the web server, then the
// database), once, whichever asks first (a signal, the web server dying, an error), and the
// process exits only when every step has finished.
import { constants } from "node:os";

export interface Shutdown {
  /** Registers how to undo a step that has just started. */
  defer(label: string, undo: () => Promise<void> | void): void;
  /** Set once a stop has begun; start-up checks it before each further step. */
  readonly stopping: boolean;
  /** Undoes every step, newest first, then exits with `code`. */
  stop(code: number): Promise<void>;
}

interface Options {
  signals?: NodeJS.Signals[];
  on?: (signal: NodeJS.Signals, listener: () => void) => void;
  exit?: (code: number) => void;
  onError?: (label: string, error: unknown) => void;
}

export function createShutdown(options: Options = {}): Shutdown {
  const { signals = ["SIGINT", "SIGTERM", "SIGHUP"], on = (s, l) => process.on(s, l), exit = (code) => process.exit(code), onError = () => undefined } = options;
  const steps: { label: string; undo: () => Promise<void> | void }[] = [];
  let stopped: Promise<void> | undefined;

  const shutdown: Shutdown = {
    defer: (label, undo) => void steps.push({ label, undo }),
    get stopping() {
      return stopped !== undefined;
    },
    stop(code) {
      stopped ??= (async () => {
        for (let step = steps.pop(); step; step = steps.pop()) {
          try {
            await step.undo();
          } catch (error) {
            onError(step.label, error);
          }
        }
        exit(code);
      })();
      return stopped;
    },
  };
  // A listener (not `once`) so that a second Ctrl-C cannot kill the process half-way through.
  for (const signal of signals) on(signal, () => void shutdown.stop(128 + constants.signals[signal]));
  return shutdown;
}

// The most memory a piece of work kept alive at once: sampled after a forced garbage collection,
// so garbage not yet collected (which depends on the machine and on V8's mood) does not count,
// and what is counted is what the code really holds, e.g. a whole file buffered by mistake.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

type Collect = () => void;

let collect: Collect | undefined;

/** `gc()` without starting node with --expose-gc: a new context created after the flag has it. */
function collector(): Collect {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as Collect;
  }
  return collect;
}

function live(): number {
  collector()();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Runs `work`, sampling every `everyMs`; returns its result and the peak of live memory above the start. */
export async function peakLiveMemory<T>(work: () => Promise<T>, everyMs = 100): Promise<{ result: T; peakBytes: number }> {
  const baseline = live();
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, live() - baseline);
  }, everyMs);
  try {
    const result = await work();
    peak = Math.max(peak, live() - baseline);
    return { result, peakBytes: peak };
  } finally {
    clearInterval(timer);
  }
}

// Where the machine's CPU went during the measured window of a load run: every process's CPU time
// (/proc/<pid>/stat, user + system) at the start and at the end, grouped by what the process is,
// beside the machine's idle time (/proc/stat). On a shared 2-core machine the load generators,
// the load balancer and the databases compete with the app instances; this says by how much.
// Linux only; elsewhere it reports nothing.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** What a process is, from its command line; the driver (this process) is named by pid. */
const GROUPS: [RegExp, string][] = [
  [/haproxy/, "load balancer (HAProxy)"],
  [/anonymous-readers/, "load generator: anonymous readers (autocannon)"],
  [/scripts\/serve\.ts/, "app instances (Next.js)"],
  [/scripts\/worker\.ts/, "worker"],
  [/postgres/, "PostgreSQL (primary and replica)"],
];

interface Snapshot {
  processes: Map<number, { ticks: number; group: string }>;
  idleTicks: number;
  totalTicks: number;
}

function groupOf(pid: number, cmdline: string): string {
  if (pid === process.pid) return "load generator: signed-in users (this driver)";
  return GROUPS.find(([pattern]) => pattern.test(cmdline))?.[1] ?? "everything else";
}

function snapshot(): Snapshot | null {
  let pids: number[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return null;
  }
  const processes = new Map<number, { ticks: number; group: string }>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // The command name (field 2) may hold spaces and parentheses: count fields after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]);
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      processes.set(pid, { ticks, group: groupOf(pid, cmdline) });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  return { processes, idleTicks: (cpu[3] ?? 0) + (cpu[4] ?? 0), totalTicks: cpu.reduce((a, b) => a + b, 0) };
}

export interface CpuAccount {
  cores: number;
  /** Core-seconds available in the window (cores × seconds). */
  availableSeconds: number;
  idleSeconds: number;
  /** CPU seconds per group, largest first, with the share of what was available. */
  groups: { group: string; seconds: number; share: number }[];
}

/** Starts counting; the returned function stops and reports (null where /proc is missing). */
export function startCpuAccounting(): () => CpuAccount | null {
  const before = snapshot();
  return () => {
    const after = snapshot();
    if (!before || !after) return null;
    const seconds = new Map<string, number>();
    for (const [pid, now] of after.processes) {
      const used = (now.ticks - (before.processes.get(pid)?.ticks ?? 0)) / TICKS_PER_SECOND;
      if (used > 0) seconds.set(now.group, (seconds.get(now.group) ?? 0) + used);
    }
    const cores = os.availableParallelism();
    const availableSeconds = (after.totalTicks - before.totalTicks) / TICKS_PER_SECOND;
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      cores,
      availableSeconds: round(availableSeconds),
      idleSeconds: round((after.idleTicks - before.idleTicks) / TICKS_PER_SECOND),
      groups: [...seconds]
        .sort((a, b) => b[1] - a[1])
        .map(([group, s]) => ({ group, seconds: round(s), share: Math.round((s / Math.max(availableSeconds, 1e-9)) * 1000) / 1000 })),
    };
  };
}

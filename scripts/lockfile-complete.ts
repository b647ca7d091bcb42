// `npm run lockfile:complete` — run after `npm install` changes package-lock.json.
//
// The registry mirror here lacks some platform builds of native packages (macOS and Windows
// builds of @next/swc, @swc/core, @tailwindcss/oxide…). `npm install` quietly leaves such
// optional dependencies out of package-lock.json, and `npm ci` then refuses the lock file as
// "out of sync". This adds each missing platform package back with its os/cpu constraints, so
// `npm ci` knows to skip it here and still installs it on the platform it is for.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const OS = ["darwin", "win32", "linux", "android", "freebsd", "openharmony", "sunos", "aix", "netbsd", "openbsd"];
const CPU: Record<string, string> = { arm64: "arm64", x64: "x64", ia32: "ia32", arm: "arm", ppc64: "ppc64", s390x: "s390x", riscv64: "riscv64", loong64: "loong64", wasm32: "wasm32" };

/** Platform constraints from the registry, or, when it has no version at all, from the name. */
function platformOf(name: string): Pick<LockEntry, "os" | "cpu" | "libc"> {
  try {
    const raw = execFileSync("npm", ["view", name, "os", "cpu", "libc", "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const meta = JSON.parse(raw) as { os?: string[]; cpu?: string[]; libc?: string[] };
    if (meta.os || meta.cpu) return { os: meta.os, cpu: meta.cpu, libc: meta.libc };
  } catch {
    // not in the registry at any version: fall back to the name
  }
  const tokens = path.basename(name).split(/[-_]/);
  const os = tokens.find((t) => OS.includes(t));
  const cpu = tokens.map((t) => CPU[t]).find(Boolean);
  const libc = tokens.includes("musl") || tokens.includes("musleabihf") ? ["musl"] : tokens.includes("gnu") || tokens.includes("gnueabihf") ? ["glibc"] : undefined;
  if (!cpu) throw new Error(`Cannot tell which platform ${name} is for; add it to package-lock.json by hand.`);
  return { os: os ? [os] : undefined, cpu: [cpu], libc };
}

const lockPath = path.resolve(import.meta.dirname, "../package-lock.json");
const lock = JSON.parse(readFileSync(lockPath, "utf8")) as { packages: Record<string, LockEntry> };
let added = 0;

for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ""}node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    const version = spec.replace(/^[\^~=]/, "");
    lock.packages[`node_modules/${name}`] = { version, optional: true, ...platformOf(name) };
    added++;
    console.log(`added ${name}@${version}`);
  }
}

lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(added === 0 ? "package-lock.json already lists every optional platform package." : `Added ${added} optional platform package(s).`);

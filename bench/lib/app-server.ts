// Starts Casefile the way `npm start` does (embedded PostgreSQL, migrations, seed, production
// build) on its own data directory and port, and signs in through next-auth's API.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface RunningApp {
  baseUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startApp(options: { dataDir: string; port: number }): Promise<RunningApp> {
  const child: ChildProcess = spawn(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", PORT: String(options.port), CASEFILE_DATA_DIR: options.dataDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("is ready at")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`The app exited (code ${code}) before it was ready:\n${output.slice(-2000)}`)));
  });
  return {
    baseUrl: `http://localhost:${options.port}`,
    dataDir: path.resolve(root, options.dataDir),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export function demoPassword(dataDir: string, email: string): string {
  const creds = JSON.parse(readFileSync(path.join(dataDir, "demo-credentials.json"), "utf8")) as { email: string; password: string }[];
  const found = creds.find((c) => c.email === email);
  if (!found) throw new Error(`No demo user ${email}`);
  return found.password;
}

/** Signs in with email and password and returns the Cookie header to send with requests. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...rest] = (pair ?? "").split("=");
      if (name) jar.set(name.trim(), rest.join("="));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const signInResponse = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie() },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
    redirect: "manual",
  });
  keep(signInResponse);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`Sign-in failed for ${email}`);
  return cookie();
}

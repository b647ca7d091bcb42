// Passwords are stored as argon2id hashes (the library's default algorithm) with OWASP's
// recommended cost: 19 MiB of memory, 2 passes, 1 lane.
import { hash, verify } from "@node-rs/argon2";

const COST = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, COST);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the account does not exist, so a wrong email costs the same time as a
// wrong password and timing does not reveal which accounts exist.
let decoy: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hash("casefile-decoy-password", COST);
  await verifyPassword(await decoy, password);
  return false;
}

// The text of an API token: `cfk_` + 32 random bytes in base64url (43 characters). The fixed
// prefix lets secret scanners recognise a leaked token (docs/api.md gives the pattern).
//
// Only SHA-256 of the token is stored. A slow password hash (argon2) exists to make guessing a
// low-entropy password expensive; a 256-bit random secret cannot be guessed, so a fast hash loses
// nothing, and it lets a request find its token with one unique-index lookup.
import { createHash, randomBytes } from "node:crypto";

const TOKEN_PREFIX = "cfk_";
export const TOKEN_PATTERN = /^cfk_[A-Za-z0-9_-]{43}$/;

export function generateTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** What a token list shows to recognise a token: the prefix and four characters, never enough to use it. */
export const tokenHint = (token: string): string => `${token.slice(0, 8)}…`;

export type BearerResult = { ok: true; token: string } | { ok: false; problem: "missing" | "malformed" };

/** The token in an `Authorization: Bearer …` header, checked against the pattern before any lookup. */
export function parseBearer(header: string | null): BearerResult {
  if (!header || header.trim() === "") return { ok: false, problem: "missing" };
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (!token || !TOKEN_PATTERN.test(token)) return { ok: false, problem: "malformed" };
  return { ok: true, token };
}

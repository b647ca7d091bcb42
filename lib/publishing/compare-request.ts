// What a compare address (`/cases/<slug>/compare?from=&to=`) asks for. Pure: no I/O, so every
// shape of bad input has a unit test, and none reaches the database.
import { parseVersionNumber } from "./version-number";

type Param = string | string[] | undefined;

export type CompareRequest =
  | { kind: "choose" }
  | { kind: "bad"; value: string }
  | { kind: "not-found" }
  | { kind: "same"; version: number }
  | { kind: "compare"; from: number; to: number };

const blank = (value: Param) => value === undefined || value === "";

/** `released`: the case's released version numbers. */
export function readCompareRequest(query: { from?: Param; to?: Param }, released: number[]): CompareRequest {
  if (blank(query.from) || blank(query.to)) return { kind: "choose" };
  const from = parseVersionNumber(query.from);
  const to = parseVersionNumber(query.to);
  if (from === null) return { kind: "bad", value: String(query.from) };
  if (to === null) return { kind: "bad", value: String(query.to) };
  if (!released.includes(from) || !released.includes(to)) return { kind: "not-found" };
  return from === to ? { kind: "same", version: from } : { kind: "compare", from, to };
}

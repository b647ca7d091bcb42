// A version number as an address carries it (`/versions/2`, `?from=1`). Pure: no I/O.

/** The largest number a PostgreSQL integer column holds: anything beyond cannot name a version. */
const MAX_VERSION = 2_147_483_647;

/**
 * A positive whole number written plainly ("2", never "02", "+2", "2.0" or "2e0"), else null, so
 * the page answers 404 rather than asking the database about a number that cannot exist.
 */
export function parseVersionNumber(text: string | string[] | null | undefined): number | null {
  if (typeof text !== "string" || !/^[1-9][0-9]{0,9}$/.test(text)) return null;
  const n = Number(text);
  return n <= MAX_VERSION ? n : null;
}

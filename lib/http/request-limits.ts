// How large a request body the app accepts, in one place: next.config.ts (server actions), the
// proxy (which turns an oversize server-action POST into a 413 before Next's own check answers
// 500), the sign-in route and the two imports read them from here. Plain constants, no
// imports, so next.config.ts can load this file too.

/** Server-action arguments: form fields, every one capped far below this by its zod schema. */
export const SERVER_ACTION_BODY_LIMIT = "1mb";
export const SERVER_ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/** next-auth's endpoints (sign-in, sign-out): an email, a password of at most 1,024 characters, a CSRF token, a callback URL. */
export const AUTH_BODY_LIMIT_BYTES = 64 * 1024;

/** A records-per-day CSV upload (POST /api/cases/<slug>/series/import): a million days is about 30 MB. */
export const SERIES_IMPORT_MAX_BYTES = 512 * 1024 * 1024;

/**
 * A case file (POST /api/cases/import): the export's case.json, read whole into memory and written
 * in one transaction. The reference case, six years of days, is about 0.5 MB; this leaves room
 * for decades of days and long texts without letting one upload take the server's memory.
 */
export const CASE_FILE_IMPORT_MAX_BYTES = 32 * 1024 * 1024;

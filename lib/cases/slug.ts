/**
 * Whether a URL segment could be a case's slug (lower-case letters, digits and hyphens, as the
 * seed and scripts make them). Anything else (a NUL byte, "../", half a surrogate pair) is no
 * case at all, answered 404 without a query: PostgreSQL refuses NUL in text with an error.
 */
export const isCaseSlug = (value: string): boolean => /^[a-z0-9][a-z0-9-]{0,119}$/.test(value);

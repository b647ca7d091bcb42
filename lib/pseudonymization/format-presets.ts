// Common Korean identifiers in the format notation (identifier-format.ts), offered as presets in
// the data category form. Each is an upper bound on what the identifier can be: a resident
// registration number's first six digits are a birth date, so the real space is smaller, and a
// smaller space only makes enumeration faster.
export const IDENTIFIER_PRESETS = [
  { key: "mobile", format: "010-XXXX-XXXX" },
  { key: "rrn", format: "XXXXXX-XXXXXXX" },
  { key: "account", format: "X{10,14}" },
  // Addresses are free text: they cannot be counted, so enumeration cannot be judged. They can
  // still be matched against lists of known addresses, which is for the inspectors to test.
  { key: "email", format: "?@?" },
  { key: "kakaoId", format: "X{1,10}" },
] as const;


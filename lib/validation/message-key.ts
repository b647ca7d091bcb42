// A rule whose message must read in the user's language gives a key under "validation" in the
// messages files instead of English text, and the form's Field translates it. To the server and
// its logs the key is still a stable name for the rule that refused the input.
const VALIDATION_KEY = /^validation(\.[A-Za-z]+)+$/;

export function validationKey(path: string): string {
  return `validation.${path}`;
}

export function isValidationKey(message: string): boolean {
  return VALIDATION_KEY.test(message);
}

/** The key below the "validation" namespace (what `useTranslations("validation")` takes). */
export function validationPath(key: string): string {
  return key.slice("validation.".length);
}

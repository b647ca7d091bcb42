// How the importer's stages stop each other. Neither leaves the importer: `runSeriesImport`
// turns them into outcomes ("cancelled", or "invalid" with the message on line 1).

/** The user cancelled (the button, a closed connection, or the CLI's signal). */
export class ImportCancelled extends Error {
  constructor() {
    super("cancelled");
  }
}

/** The file as a whole is refused before its lines are read: empty, too large, not UTF-8 text. */
export class FileRefused extends Error {}

/** The problems found in a file, with their line numbers; only the first 1,000 are kept. */
export class ImportErrorList {
  static readonly MAX_REPORTED = 1000;
  readonly errors: { line: number; message: string }[] = [];
  total = 0;

  add(line: number, message: string) {
    this.total++;
    if (this.errors.length < ImportErrorList.MAX_REPORTED) this.errors.push({ line, message });
  }

  /** The kept problems in line order. */
  sorted() {
    return [...this.errors].sort((a, b) => a.line - b.line);
  }
}

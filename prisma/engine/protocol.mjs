// @ts-check
// Pure helpers for the offline schema engine: argument parsing, URL handling and error mapping.
// No I/O here, so the unit tests reach every rule directly.

/**
 * @typedef {{ url: string, shadowDatabaseUrl?: string }} Datasource
 * @typedef {{ datamodels: string[], datasource?: Datasource, cli?: string }} EngineArgs
 */

const CLI_COMMANDS = new Set(["can-connect-to-database", "create-database", "drop-database"]);

/**
 * Parses the arguments the Prisma CLI passes to its schema engine.
 * @param {string[]} argv
 * @returns {EngineArgs}
 */
export function parseArgs(argv) {
  /** @type {EngineArgs} */
  const args = { datamodels: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    switch (flag) {
      case "--datamodels":
        if (value === undefined) throw new Error("--datamodels needs a file path.");
        args.datamodels.push(value);
        i++;
        break;
      case "--datasource": {
        if (value === undefined) throw new Error("--datasource needs a JSON value.");
        let parsed;
        try {
          parsed = JSON.parse(value);
        } catch {
          throw new Error("--datasource is not valid JSON.");
        }
        if (!parsed || typeof parsed !== "object" || (parsed.url !== undefined && typeof parsed.url !== "string")) {
          throw new Error("--datasource must be a JSON object with a string url.");
        }
        args.datasource = { url: parsed.url ?? "", ...(parsed.shadowDatabaseUrl ? { shadowDatabaseUrl: parsed.shadowDatabaseUrl } : {}) };
        i++;
        break;
      }
      case "--enabled-preview-features":
      case "--extension-types":
        // Accepted for compatibility; PostgreSQL needs neither here.
        i++;
        break;
      case "cli": {
        if (value === undefined || !CLI_COMMANDS.has(value)) {
          throw new Error(`cli needs one of: ${[...CLI_COMMANDS].join(", ")}.`);
        }
        args.cli = value;
        i++;
        break;
      }
      default:
        throw new Error(`Unknown argument: ${flag}`);
    }
  }
  return args;
}

/**
 * The database name in a postgres:// URL ("postgres" when the path is empty).
 * @param {string} url
 */
export function databaseNameFromUrl(url) {
  try {
    const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
    return name || "postgres";
  } catch {
    return "";
  }
}

/**
 * The same URL pointing at another database on the same server.
 * @param {string} url
 * @param {string} database
 */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/**
 * @param {unknown} error
 * @returns {{ code?: string, errno?: string, message: string }}
 */
function describe(error) {
  if (error && typeof error === "object") {
    const e = /** @type {{ code?: unknown, message?: unknown, errors?: unknown[] }} */ (error);
    // Node reports a refused dual-stack connection as an AggregateError with an empty message.
    const first = Array.isArray(e.errors) && e.errors.length > 0 ? describe(e.errors[0]) : undefined;
    const code = typeof e.code === "string" ? e.code : first?.code;
    const message = typeof e.message === "string" && e.message ? e.message : (first?.message ?? String(error));
    return { code, message };
  }
  return { message: String(error) };
}

/**
 * Maps a pg or socket error to the Prisma error code the CLI acts on (P1003 makes
 * `migrate dev` create the database, for example).
 * @param {unknown} error
 * @param {string} database
 * @returns {{ code: string | null, message: string }}
 */
export function pgErrorToPrismaCode(error, database) {
  const { code, message } = describe(error);
  switch (code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
    case "EAI_AGAIN":
      return { code: "P1001", message: `Can't reach database server: ${message}` };
    case "28P01":
    case "28000":
      return { code: "P1000", message: `Authentication failed against the database server: ${message}` };
    case "3D000":
      return { code: "P1003", message: `Database \`${database}\` does not exist on the database server.` };
    case "42P04":
      return { code: "P1009", message: `Database \`${database}\` already exists on the database server.` };
    case "42501":
      return { code: "P1010", message: `User was denied access on the database \`${database}\`: ${message}` };
    default:
      if (/timeout/i.test(message)) return { code: "P1001", message: `Can't reach database server: ${message}` };
      if (/invalid url|Invalid URL/i.test(message)) return { code: "P1013", message: `The database URL is invalid: ${message}` };
      return { code: null, message };
  }
}

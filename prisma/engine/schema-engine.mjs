#!/usr/bin/env node
// @ts-check
/**
 * Offline schema engine for the Prisma CLI.
 *
 * The Prisma CLI normally downloads a native `schema-engine` binary, which an air-gapped
 * network cannot do. The CLI honours PRISMA_SCHEMA_ENGINE_BINARY (set in prisma.config.ts),
 * so it spawns this script instead. We speak the binary's protocol and forward every call to
 * Prisma's official WebAssembly build of the same engine (@prisma/schema-engine-wasm, the
 * version pinned to the CLI's engines), running over @prisma/adapter-pg.
 *
 * Protocol, as the CLI drives it:
 *   schema-engine [--datamodels <file>]... [--datasource '<json {url, shadowDatabaseUrl}>']
 *     → JSON-RPC 2.0 on stdin/stdout, one object per line; logs are JSON lines on stderr.
 *   schema-engine --datasource '<json>' cli can-connect-to-database|create-database|drop-database
 *     → exit 0 on success; otherwise JSON log lines on stderr and a non-zero exit.
 *
 * Written as plain JavaScript (checked by tsc through @ts-check) because the CLI executes it
 * directly, before any TypeScript tooling is involved.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import readline from "node:readline";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { parseArgs, pgErrorToPrismaCode, databaseNameFromUrl, withDatabase } from "./protocol.mjs";

const require = createRequire(import.meta.url);
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

// ─── logging in the engine's format: the CLI parses these lines from stderr ───

/**
 * @param {"INFO" | "WARN" | "ERROR"} level
 * @param {string} message
 * @param {Record<string, unknown>} [extra]
 */
function log(level, message, extra = {}) {
  process.stderr.write(
    JSON.stringify({
      timestamp: new Date().toISOString(),
      level,
      fields: { message, ...extra },
      target: "schema_engine::logger",
    }) + "\n",
  );
}

// ─── pg: "char" columns ───
// Introspection reads pg_catalog columns of type "char" (oid 18: contype, relkind…), which
// adapter-pg cannot map ("Column type 'char' could not be deserialized"). We present those
// fields to the adapter as text (oid 25) so it can read them. Rewriting the type on
// Result.addFields covers both delivery paths pg uses, promises and callbacks. The engine then
// expects a character, not text (PostgreSQL 18 lists NOT NULL constraints with contype 'n',
// and the describer reads contype as a char), so the adapter's queryRaw reports those columns
// back as Character, which is what the native engine sees.
const COLUMN_TYPE_CHARACTER = 6;
// addFields is internal to pg (absent from its types), hence the cast.
const resultPrototype = /** @type {any} */ (pg.Result.prototype);
const originalAddFields = resultPrototype.addFields;
resultPrototype.addFields = function addFields(/** @type {any[]} */ fieldDescriptions) {
  for (const field of fieldDescriptions) {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      field.wasPgChar = true;
    }
  }
  return originalAddFields.call(this, fieldDescriptions);
};

/** Which result columns were "char", per query object. */
const charColumnsByQuery = new WeakMap();
let queryablePatched = false;

/**
 * Patches adapter-pg's queryable base class (shared by adapters and transactions) once.
 * @param {object} adapter an adapter instance, used only to reach its prototype chain
 */
function reportCharColumnsAsCharacter(adapter) {
  if (queryablePatched) return;
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto) throw new Error("adapter-pg changed shape: no performIO found; update prisma/engine/schema-engine.mjs");
  const performIO = proto.performIO;
  const queryRaw = proto.queryRaw;
  proto.performIO = async function (/** @type {object} */ query) {
    const result = await performIO.call(this, query);
    const charColumns = (result?.fields ?? []).flatMap((/** @type {any} */ f, /** @type {number} */ i) => (f.wasPgChar ? [i] : []));
    if (charColumns.length > 0) charColumnsByQuery.set(query, charColumns);
    return result;
  };
  proto.queryRaw = async function (/** @type {object} */ query) {
    const result = await queryRaw.call(this, query);
    for (const i of charColumnsByQuery.get(query) ?? []) result.columnTypes[i] = COLUMN_TYPE_CHARACTER;
    return result;
  };
  queryablePatched = true;
}

let executeScriptPatched = false;

/**
 * adapter-pg's executeScript splits the script on ";" and runs each piece on whichever pooled
 * connection is free. That breaks dollar-quoted function bodies (our audit trigger) and lets a
 * failing migration leave half its statements applied. The native engine sends the whole
 * script as one simple query, which PostgreSQL runs as a single implicit transaction: all of
 * it or none. We do the same.
 * @param {object} adapter
 */
function executeScriptsWhole(adapter) {
  if (executeScriptPatched) return;
  const proto = /** @type {any} */ (Object.getPrototypeOf(adapter));
  if (typeof proto.executeScript !== "function") throw new Error("adapter-pg changed shape: no executeScript found");
  proto.executeScript = async function (/** @type {string} */ script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  executeScriptPatched = true;
}

/** @param {string} connectionString */
async function connectAdapter(connectionString) {
  const adapter = await new PrismaPg({ connectionString }).connect();
  reportCharColumnsAsCharacter(adapter);
  executeScriptsWhole(adapter);
  return adapter;
}

// ─── cli mode: no engine (creating one without datamodels panics) ───

/**
 * @param {string} url
 * @param {string} command
 */
async function runCliCommand(url, command) {
  // The CLI skips the first stderr line of a cli-mode run (the native engine's start-up log),
  // so an error must never be the first line.
  log("INFO", `Starting schema engine CLI command ${command} (offline WebAssembly bridge)`);
  const target = databaseNameFromUrl(url);
  try {
    if (command === "can-connect-to-database") {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
      await client.connect();
      await client.end();
      return 0;
    }
    if (command === "create-database" || command === "drop-database") {
      const admin = new pg.Client({ connectionString: withDatabase(url, "postgres"), connectionTimeoutMillis: 10_000 });
      await admin.connect();
      try {
        const ident = pg.escapeIdentifier(target);
        await admin.query(command === "create-database" ? `CREATE DATABASE ${ident}` : `DROP DATABASE ${ident} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
      return 0;
    }
    log("ERROR", `Unknown cli command: ${command}`);
    return 1;
  } catch (error) {
    const { code, message } = pgErrorToPrismaCode(error, target);
    log("ERROR", message, { error_code: code });
    return 1;
  }
}

// ─── the wasm engine ───

async function loadWasmEngine() {
  // The package's main entry imports the .wasm file as an ES module, which Node refuses,
  // so we instantiate schema_engine_bg.wasm ourselves against the package's JS glue.
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(gluePath.replace(/\.js$/, ".wasm"));
  // The glue reports Rust panics through this global before throwing.
  /** @type {any} */ (globalThis).PRISMA_WASM_PANIC_REGISTRY = {
    message: "",
    set_message(/** @type {string} */ message) {
      this.message = message;
    },
  };
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  /** @type {any} */ (instance.exports).__wbindgen_start();
  return glue;
}

// The engine does not await disposal of the shadow database before it answers, and the CLI
// stops us with SIGTERM right after the answer, so exits wait for these cleanups.
/** @type {Set<Promise<unknown>>} */
const cleanups = new Set();

/** @param {Promise<void>} promise */
function trackCleanup(promise) {
  const tracked = promise.catch((error) => log("WARN", `Could not drop the shadow database: ${error}`));
  cleanups.add(tracked);
  tracked.finally(() => cleanups.delete(tracked));
  return promise;
}

/** @param {number} code */
async function exitAfterCleanups(code) {
  await Promise.race([Promise.all(cleanups), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  process.exit(code);
}

/**
 * A migration-aware adapter factory with a shadow database that is really separate.
 * adapter-pg's own connectToShadowDb overrides `database` on a config that holds a
 * connectionString (pg ignores the override, so the "shadow" is the main database) and drops
 * the temporary database before closing its pool. We do it in the right order instead.
 *
 * @param {{ url: string, shadowDatabaseUrl?: string }} datasource
 */
function createAdapterFactory(datasource) {
  return {
    provider: /** @type {const} */ ("postgres"),
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(datasource.url),
    async connectToShadowDb() {
      if (datasource.shadowDatabaseUrl) {
        return connectAdapter(datasource.shadowDatabaseUrl);
      }
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client({ connectionString: datasource.url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      const adapter = await connectAdapter(withDatabase(datasource.url, name));
      const closePool = adapter.dispose.bind(adapter);
      adapter.dispose = () =>
        trackCleanup(
          (async () => {
            await closePool();
            try {
              await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
            } finally {
              await admin.end();
            }
          })(),
        );
      return adapter;
    },
  };
}

/**
 * Turns an engine rejection into the JSON-RPC error shape the CLI understands.
 * @param {unknown} error
 */
function toRpcError(error) {
  const registry = /** @type {any} */ (globalThis).PRISMA_WASM_PANIC_REGISTRY;
  const panicMessage = registry?.message;
  if (panicMessage) {
    registry.message = "";
    return { code: 4466, message: "The schema engine panicked.", data: { is_panic: true, message: panicMessage } };
  }
  const e = /** @type {{ message?: string, code?: string, meta?: unknown }} */ (error ?? {});
  let message = typeof error === "string" ? error : (e.message ?? String(error));
  let errorCode = e.code;
  let meta = e.meta;
  // User-facing engine errors arrive as a JSON string with error_code/message/meta.
  try {
    const parsed = JSON.parse(message);
    if (parsed && typeof parsed === "object") {
      message = parsed.message ?? message;
      errorCode = parsed.error_code ?? parsed.errorCode ?? errorCode;
      meta = parsed.meta ?? meta;
    }
  } catch {
    // not JSON: keep the message as it is
  }
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: { is_panic: false, message, meta: meta ?? null, error_code: errorCode ?? null },
  };
}

/**
 * @param {ReturnType<typeof parseArgs>} args
 */
async function runRpcServer(args) {
  const glue = await loadWasmEngine();
  const datamodels = await Promise.all(
    args.datamodels.map(async (file) => /** @type {[string, string]} */ ([file, await readFile(file, "utf8")])),
  );
  const datasource = args.datasource ?? { url: "" };
  const engine = await glue.SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    (/** @type {string} */ line) => process.stderr.write(line.endsWith("\n") ? line : line + "\n"),
    bindMigrationAwareSqlAdapterFactory(/** @type {any} */ (createAdapterFactory(datasource))),
  );

  /** @type {Record<string, (params: any) => Promise<unknown>>} */
  const overrides = {
    // Not implemented in the wasm build; a real connection round trip answers the same question.
    async ensureConnectionValidity(params) {
      const url = params?.datasource?.url ?? datasource.url;
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
      try {
        await client.connect();
        await client.query("SELECT 1");
      } catch (error) {
        const { code, message } = pgErrorToPrismaCode(error, databaseNameFromUrl(url));
        throw new Error(JSON.stringify({ error_code: code, message }));
      } finally {
        await client.end().catch(() => undefined);
      }
      return {};
    },
    async version() {
      return glue.version();
    },
    // The wasm engine computes the schema of the migration history only in commands that get
    // its shadow-database factory (devDiagnostic, diagnoseMigrationHistory) and caches it.
    // evaluateDataLoss and createMigration read that cache and, on a miss, fail with
    // "PostgreSQL shadow DB must be provided through an external factory". `migrate dev` misses
    // whenever it has just applied pending migrations. Warming the cache first with the same
    // migrations gives the answer the native engine gives.
    async evaluateDataLoss(params) {
      await warmMigrationCache(params);
      return engine.evaluateDataLoss(params);
    },
    async createMigration(params) {
      await warmMigrationCache(params);
      return engine.createMigration(params);
    },
  };

  /** @param {{ migrationsList?: unknown, filters?: unknown }} params */
  async function warmMigrationCache(params) {
    if (!params?.migrationsList) return;
    await engine.devDiagnostic(
      /** @type {any} */ ({ migrationsList: params.migrationsList, filters: params.filters ?? { externalTables: [], externalEnums: [] } }),
    );
  }

  // Requests we send to the CLI (only "print"), waiting for its reply.
  /** @type {Map<number, () => void>} */
  const awaitingCli = new Map();
  let nextOwnId = 1_000_000;

  /**
   * The native engine prints `migrate diff` output by asking the CLI to print it, so the text
   * lands on the user's stdout (or the --output file) instead of our JSON-RPC channel.
   * @param {string} content
   */
  function printThroughCli(content) {
    const id = nextOwnId++;
    return new Promise((resolve) => {
      awaitingCli.set(id, () => resolve(undefined));
      respond({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });
  }

  let pending = Promise.resolve();
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (!line.trim()) return;
    // Replies to our own requests are routed at once; queueing them behind the command that
    // is waiting for them would deadlock.
    try {
      const message = JSON.parse(line);
      const waiter = message && message.method === undefined ? awaitingCli.get(message.id) : undefined;
      if (waiter) {
        awaitingCli.delete(message.id);
        waiter();
        return;
      }
    } catch {
      // handled (as a parse error) below
    }
    // The engine handles one command at a time, as the native binary does.
    pending = pending.then(() => handle(line));
  });
  rl.on("close", () => {
    pending.then(() => exitAfterCleanups(0));
  });
  process.on("SIGTERM", () => {
    pending.then(() => exitAfterCleanups(0));
  });

  /** @param {string} line */
  async function handle(line) {
    /** @type {{ id?: number | string, method?: string, params?: unknown }} */
    let request;
    try {
      request = JSON.parse(line);
    } catch {
      respond({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    const { id = null, method = "" } = request;
    const params = request.params ?? {};
    try {
      const own = overrides[method];
      const target = /** @type {any} */ (engine)[method];
      let result;
      if (own) result = await own(params);
      else if (typeof target === "function") result = await target.call(engine, params);
      else {
        respond({ jsonrpc: "2.0", id, error: { code: -32601, message: `Method not found: ${method}` } });
        return;
      }
      if (method === "diff" && result && typeof result === "object" && typeof (/** @type {any} */ (result).stdout) === "string") {
        await printThroughCli(/** @type {any} */ (result).stdout);
        result = { .../** @type {object} */ (result), stdout: null };
      }
      respond({ jsonrpc: "2.0", id, result: result ?? null });
    } catch (error) {
      respond({ jsonrpc: "2.0", id, error: toRpcError(error) });
    }
  }
}

/** @param {unknown} message */
function respond(message) {
  process.stdout.write(JSON.stringify(message, (_key, value) => (typeof value === "bigint" ? value.toString() : value)) + "\n");
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    log("ERROR", error instanceof Error ? error.message : String(error));
    return 1;
  }
  if (args.cli) {
    if (!args.datasource?.url) {
      log("ERROR", "The cli mode needs --datasource with a url.");
      return 1;
    }
    return runCliCommand(args.datasource.url, args.cli);
  }
  await runRpcServer(args);
  return undefined;
}

// A Rust panic inside the wasm engine surfaces as an uncaught RuntimeError ("unreachable").
// Report it the way the native engine does: an ERROR log line with the panic message, exit 101.
process.on("uncaughtException", (error) => {
  const registry = /** @type {any} */ (globalThis).PRISMA_WASM_PANIC_REGISTRY;
  const panic = registry?.message ? String(registry.message) : "";
  log("ERROR", panic || (error instanceof Error ? (error.stack ?? error.message) : String(error)), { is_panic: Boolean(panic) });
  process.exit(101);
});

main().then(
  (code) => {
    if (code !== undefined) process.exit(code);
  },
  (error) => {
    log("ERROR", error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);

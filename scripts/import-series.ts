// npm run import:series -- [--case <slug>] [--provenance reported|verified|estimated|modelled] <file.csv>
//
// Imports records per day from CSV into DATABASE_URL (or the embedded server of a running
// `npm start`), exactly as the upload page does: every line validated first, then all or nothing.
// Without --case, the file's first column must be `case` (a case slug per line).
import { createReadStream, existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseFailure } from "@/lib/db/database-failure";
import { runSeriesImport } from "@/lib/series/import/run-import";
import { PROVENANCES } from "@/lib/enums";
import { isProvenance } from "@/lib/series/import/validate-row";
import { runningEmbeddedUrl } from "./db/embedded-runtime";

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run import:series -- [--case <slug>] [--provenance ${PROVENANCES.join("|")}] <file.csv>`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { case: { type: "string" }, provenance: { type: "string", default: "reported" } } });
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
const [file] = parsed.positionals;
if (!file || parsed.positionals.length > 1) usage("Give exactly one CSV file.");
if (!existsSync(file) || !statSync(file).isFile()) usage(`No such file: ${file}`);
const provenance = parsed.values.provenance;
if (!isProvenance(provenance)) usage(`Unknown provenance "${provenance}".`);
const url = process.env.DATABASE_URL ?? runningEmbeddedUrl();
if (!url) usage("No database: set DATABASE_URL, or run `npm start` so the embedded PostgreSQL is up.");

let incident: { id: string } | null = null;
if (parsed.values.case) {
  const prisma = createPrismaClient({ url });
  incident = await prisma.incident.findFirst({ where: { slug: parsed.values.case, deletedAt: null }, select: { id: true } });
  await prisma.$disconnect();
  if (!incident) usage(`There is no case "${parsed.values.case}".`);
}

const started = Date.now();
const outcome = await runSeriesImport({
  databaseUrl: url,
  source: createReadStream(file),
  incident,
  defaultProvenance: provenance,
  actor: { id: null, label: "cli (npm run import:series)" },
  fileName: path.basename(file),
  onProgress: ({ rows, elapsedMs }) => console.log(`rows ${rows} (${Math.round(rows / Math.max(elapsedMs / 1000, 0.001))} rows/s)`),
  onPhase: (phase) => console.log(phase === "checking" ? "checking the rows against the database…" : "writing…"),
}).catch((error: unknown) => {
  // The server stopped, is read-only or out of disk: one clear line; the transaction rolled back.
  const failure = databaseFailure(error);
  if (!failure) throw error;
  console.error(`Nothing was imported. ${failure.message} (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
  process.exit(1);
});

if (outcome.ok) {
  console.log(
    `Imported ${outcome.rows} rows for ${outcome.cases.length} case(s) in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${outcome.added} days added, ${outcome.changed} changed, ${outcome.unchanged} unchanged. SHA-256 ${outcome.sha256}.`,
  );
} else if (outcome.reason === "invalid") {
  console.error(`Nothing was imported. ${outcome.totalErrors} problem(s):`);
  for (const e of outcome.errors.slice(0, 200)) console.error(`  line ${e.line}: ${e.message}`);
  if (outcome.totalErrors > 200) console.error(`  … and ${outcome.totalErrors - 200} more.`);
  process.exit(1);
} else {
  console.error("The import was cancelled; nothing was written.");
  process.exit(1);
}

// Runs once when a server process starts (Next calls register() before it serves), in every
// production instance `npm start` runs (scripts/serve.ts) and in `next dev`; never during
// `next build`, which has no database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Imported here, not at the top: the edge runtime must not load pg.
  const { startPublicChangeListener } = await import("@/lib/cluster/public-change-listener");
  try {
    startPublicChangeListener();
  } catch (error) {
    // A configuration error (lib/env.ts) fails every request with its own message; say it here too.
    console.error(`[casefile] The public-change listener did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

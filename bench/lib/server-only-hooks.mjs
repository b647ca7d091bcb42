// Module hooks for a bench that runs server modules outside Next: `server-only` (which throws
// unless bundled for the server) resolves to an empty module, as in the tests (vitest.config.ts).
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export%20%7B%7D%3B", shortCircuit: true };
  return nextResolve(specifier, context);
}

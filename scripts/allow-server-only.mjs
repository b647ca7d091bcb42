// `node --import ./scripts/allow-server-only.mjs`: lets a script outside Next.js (the worker) load
// the app's server modules. Their `import "server-only"` marks them as never for the browser; only
// React's server build resolves it to an empty module, so this hook does the same for that one
// package and nothing else.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === "server-only") return { url: "data:text/javascript,export{}", format: "module", shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
);

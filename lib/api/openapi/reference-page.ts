// The API reference page: Scalar's standalone bundle from the installed @scalar/api-reference,
// served from Casefile's own origin (no CDN), reading /api/v1/openapi.json. The page runs under
// the shared Content-Security-Policy (script-src 'self'): the bundle is a same-origin file and
// the configuration is a JSON attribute, not an inline script. Scalar's web fonts (its CDN) are
// switched off; the system fonts are used. (knip.json lists the package: it is read by path, not imported.)
import path from "node:path";

/** From the app's directory, as `next start` runs it (see lib/evidence/pdfjs-assets.ts for why not require.resolve). */
export const scalarBundlePath = (): string => path.join(process.cwd(), "node_modules/@scalar/api-reference/dist/browser/standalone.js");

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export function referencePageHtml(options: { title: string }): string {
  const configuration = { withDefaultFonts: false, hideClientButton: true, telemetry: false, showDeveloperTools: "never", agent: { disabled: true } };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttribute(options.title)}</title>
</head>
<body>
<script id="api-reference" data-url="/api/v1/openapi.json" data-configuration="${escapeAttribute(JSON.stringify(configuration))}"></script>
<script src="/api/v1/reference/scalar.js"></script>
</body>
</html>`;
}

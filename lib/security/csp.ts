// The Content-Security-Policy, in two variants (docs/security.md#content-security-policy):
// - Signed-in pages and the sign-in page are rendered per request, so proxy.ts gives each
//   response a fresh nonce and scripts run only with it ('strict-dynamic' lets them load chunks).
// - The public pages are cached (ISR) and shared by every reader; a nonce would be the same for
//   all of them, so they allow inline scripts: Next writes each page's data as inline scripts.
//   They render only the published snapshot, escaped by React.
// Style attributes stay allowed in both (Recharts and Radix position elements with them).
// Workers: the evidence file page's PDF preview runs pdf.js in a worker that the bundler builds
// into Casefile's own static files (Turbopack starts it from a same-origin bootstrap file that
// loads the worker's chunks: no blob:). Without a worker-src, workers fall back to script-src,
// whose 'strict-dynamic' lets a trusted script start a worker from any address, blob: and data:
// included; worker-src 'self' allows only Casefile's own files.
// Framing: no page may be framed (clickjacking), except the embed pages (/embed/…), which exist to
// be framed by other sites' articles: they are read-only charts of a published version, and set
// no cookie.

const SIGNED_IN = /^\/(?:en|ko)\/(?:workspace|admin|sign-in)(?:[/?#]|$)/;

export function needsNonce(pathname: string): boolean {
  return SIGNED_IN.test(pathname);
}

const EMBED = /^\/embed(?:[/?#]|$)/;

/** The chart pages other sites may frame (app/embed/). */
export function isEmbedPath(pathname: string): boolean {
  return EMBED.test(pathname);
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy({ nonce, dev, frameable = false }: { nonce?: string; dev: boolean; frameable?: boolean }): string {
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  if (dev) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frameable ? "frame-ancestors https: http:" : "frame-ancestors 'none'",
  ].join("; ");
}

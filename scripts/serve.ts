// The web server `npm start` runs (scripts/start.ts starts it once the database is ready): Next.js
// through its custom-server API, which serves with the same request handlers as `next start`, plus
// one thing `next start` cannot do: every request carries the address of the connection it came
// on (lib/auth/client-ip.ts), so that the sign-in throttle, the public rate limit and the audit
// trail never rest on a header a client wrote.
//
//   tsx scripts/serve.ts [--dev]      PORT (3000), HOST (0.0.0.0)
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { markPeerAddressStamped, stampPeerAddress } from "@/lib/auth/client-ip";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const SHUTDOWN_GRACE_MS = 5_000;

const server = createServer();
const app = next({ dev, dir: path.resolve(import.meta.dirname, ".."), hostname, port, httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();
markPeerAddressStamped();

server.on("request", (request, response) => {
  stampPeerAddress(request.headers, request.socket.remoteAddress);
  handle(request, response).catch((error: unknown) => {
    console.error(`Failed to handle ${request.method ?? "?"} ${request.url ?? "?"}`, error);
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("Internal Server Error");
  });
});
server.listen(port, hostname, () => console.log(`✓ Ready on http://${hostname}:${port}`));

// Let the requests in flight finish, then stop (start.ts sends SIGTERM and waits for the exit).
function stop() {
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);

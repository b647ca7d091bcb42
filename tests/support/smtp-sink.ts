// A real SMTP server for tests and the mail bench: smtp-server (from npm), in this process, on a
// free port. It records what it accepts and can be told to refuse a recipient, to be down
// (nothing listening on its port) or to stall on DATA (hold a message without answering).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

interface SunkMessage {
  /** The envelope's recipients (RCPT TO). */
  rcptTo: string[];
  to: string;
  subject: string;
  messageId: string;
  raw: string;
}

export interface SmtpSink {
  port: number;
  /** For SMTP_URL / createMailer. */
  url: string;
  messages: SunkMessage[];
  /** Answer 550 to RCPT TO for this address from now on. */
  refuse(address: string): void;
  /** Stop listening (connections are refused) until `up()`. */
  down(): Promise<void>;
  up(): Promise<void>;
  /** Hold every DATA from now on without an answer; `stalled` counts the messages held. */
  stallData(): void;
  readonly stalled: number;
  /** Answer DATA again (held messages stay unanswered). */
  release(): void;
  close(): Promise<void>;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), as nodemailer writes a Korean subject. */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*(?==\?)?/gi, (_m, kind: string, text: string) =>
    kind.toLowerCase() === "b"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9a-f]{2})/gi, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"),
  );
}

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0]?.replace(/\r?\n[ \t]+/g, " ") ?? "";
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return decodeWords(line?.slice(name.length + 1).trim() ?? "");
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: SunkMessage[] = [];
  const refused = new Set<string>();
  let stalling = false;
  let stalled = 0;
  // A closed SMTPServer answers 421 for good, so `up()` listens with a new one on the same port.
  const makeServer = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      closeTimeout: 200,
      size: 10 * 1024 * 1024,
      onRcptTo(address, _session, callback) {
        if (refused.has(address.address.toLowerCase())) {
          const error = Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected`), { responseCode: 550 });
          return callback(error);
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        const holding = stalling;
        if (holding) stalled += 1;
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("error", () => undefined);
        stream.on("end", () => {
          if (holding) return;
          const raw = Buffer.concat(chunks).toString("utf8");
          messages.push({
            rcptTo: session.envelope.rcptTo.map((r) => r.address),
            to: header(raw, "To"),
            subject: header(raw, "Subject"),
            messageId: header(raw, "Message-ID"),
            raw,
          });
          callback();
        });
      },
    });
  let server = makeServer();
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.on("error", () => undefined);
      server.server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.server.off("error", reject);
        resolve((server.server.address() as AddressInfo).port);
      });
    });
  const stopListening = () => new Promise<void>((resolve) => server.close(() => resolve()));
  const port = await listen(0);
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuse: (address) => refused.add(address.toLowerCase()),
    down: stopListening,
    up: async () => {
      server = makeServer();
      await listen(port);
    },
    stallData: () => {
      stalling = true;
    },
    get stalled() {
      return stalled;
    },
    release: () => {
      stalling = false;
    },
    close: stopListening,
  };
}

import nodemailer from "nodemailer";

interface OutboundMail {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** `<id@host>`: the same on every attempt, so a receiver can recognise a resend. */
  messageId: string;
}

/** The one way mail leaves Casefile (nodemailer over SMTP); the worker owns one per process. */
export interface Mailer {
  /** The domain of the Message-IDs this mailer stamps (MAIL_FROM's). */
  messageIdDomain: string;
  send(mail: OutboundMail): Promise<void>;
  close(): void;
}

export interface MailerOptions {
  smtpUrl: string;
  from: string;
  /** Connections kept open to the server (pooled); more send in parallel. */
  maxConnections?: number;
}

export function createMailer({ smtpUrl, from, maxConnections = 5 }: MailerOptions): Mailer {
  // Not `{ url }`: nodemailer then ignores every other option, the pool included.
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    pool: true,
    maxConnections,
    // A stalled server must not hold a job forever: well inside a job's lease.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    messageIdDomain: messageIdDomain(from),
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? undefined, messageId: mail.messageId });
    },
    close: () => transport.close(),
  };
}

/** The domain part of a Message-ID: MAIL_FROM's domain, so receivers see it as ours. */
function messageIdDomain(from: string): string {
  return /@([^>\s]+)/.exec(from)?.[1] ?? "casefile.invalid";
}

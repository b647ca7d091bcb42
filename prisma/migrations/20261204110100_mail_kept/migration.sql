-- A mail that was not sent because no SMTP server is configured (the demo): kept for /admin/mail.
ALTER TYPE "MailStatus" ADD VALUE 'kept';

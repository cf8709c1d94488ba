import "server-only";
import nodemailer from "nodemailer";
import { setting } from "@/lib/settings";
import type { Mail } from "./outbox";

/** A mail as the sender holds it: its outbox id makes its Message-ID. */
export type OutboxMail = Mail & { id: number };
export type Transport = { send(mail: OutboxMail): Promise<void> };

/** The sender's address; set MAIL_FROM in production. */
export function mailFrom(): string {
  return setting("MAIL_FROM");
}

/**
 * SMTP from SMTP_URL (e.g. smtp://user:pass@host:587). Timeouts keep one send
 * to about a minute at most, well inside the sender's lease.
 */
export function smtpTransport(url: string): Transport {
  const transporter = nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
  const domain = mailFrom().match(/@([^>\s]+)/)?.[1] ?? "localhost";
  return {
    async send(mail) {
      await transporter.sendMail({
        from: mailFrom(),
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        headers: mail.headers ?? undefined,
        attachments: mail.attachments?.map(({ filename, contentType, content }) => ({ filename, contentType, content })),
        // The same for every attempt: a receiving server can drop a repeat.
        messageId: `<outbox-${mail.id}@${domain}>`,
      });
    },
  };
}

/**
 * Development without SMTP_URL: the log says a mail went out and where to
 * read it (/dev/mailbox). Never its recipient or body: invariant 3 holds for
 * log lines in development too.
 */
export const logTransport: Transport = {
  async send(mail) {
    console.info(`[mail] #${mail.id} "${mail.subject}": read it at /dev/mailbox`);
  },
};

/**
 * The transport this process uses, or null when mail cannot leave and must
 * wait in the outbox: SMTP when SMTP_URL is set; the log only under `next dev`.
 */
export function configuredTransport(): Transport | null {
  if (!mailServerConfigured()) return null;
  const url = setting("SMTP_URL");
  return url ? smtpTransport(url) : logTransport;
}

/** Whether mail can leave at all: a mail server is set (SMTP_URL), or this is `next dev`, which logs mail instead. */
export function mailServerConfigured(): boolean {
  return Boolean(setting("SMTP_URL")) || setting("NODE_ENV") === "development";
}

import "server-only";
import nodemailer from "nodemailer";
import type { Mail } from "./outbox";

export type Transport = { send(mail: Mail): Promise<void> };

/** The sender's address; set MAIL_FROM in production. */
export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "Maine Volunteer Databank <no-reply@localhost>";
}

/** SMTP from SMTP_URL (e.g. smtp://user:pass@host:587). */
export function smtpTransport(url: string): Transport {
  const transporter = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transporter.sendMail({ from: mailFrom(), to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

/** Development without SMTP_URL: the mail is printed to the server log (and listed at /dev/mailbox). */
export const logTransport: Transport = {
  async send(mail) {
    console.info(`[mail] To: ${mail.to}\n[mail] Subject: ${mail.subject}\n${mail.text}\n[mail] ----`);
  },
};

/**
 * The transport this server uses, or null when mail cannot leave: in
 * production without SMTP_URL the mail waits in the outbox, nothing is lost.
 */
export function configuredTransport(): Transport | null {
  const url = process.env.SMTP_URL;
  if (url) return smtpTransport(url);
  return process.env.NODE_ENV === "production" ? null : logTransport;
}

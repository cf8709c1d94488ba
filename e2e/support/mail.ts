import { expect } from "@playwright/test";
import { BASE_URL, MAIL_SINK_URL } from "./urls";

export type ReceivedMail = { to: string; subject: string; text: string; attachments?: { filename: string; contentType: string; content: string }[] };

/** Every mail the site has delivered to the run's SMTP server so far. */
export async function deliveredMail(): Promise<ReceivedMail[]> {
  const response = await fetch(`${MAIL_SINK_URL}/messages`);
  return (await response.json()) as ReceivedMail[];
}

/** The mails delivered so far to `to` whose subject matches. */
export async function mailsTo(to: string, subject: RegExp | string): Promise<ReceivedMail[]> {
  return (await deliveredMail()).filter((mail) => mail.to.toLowerCase().includes(to.toLowerCase()) && (typeof subject === "string" ? mail.subject === subject : subject.test(mail.subject)));
}

/**
 * Waits for the newest mail to `to` whose subject matches; the site sends
 * within a second or two. With `after`, waits for one more than that many
 * (the count from `mailsTo` before the step that sends it).
 */
export async function waitForMail(to: string, subject: RegExp | string, { after = 0 } = {}): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        const matching = await mailsTo(to, subject);
        found = matching.length > after ? matching.at(-1) : undefined;
        return found !== undefined;
      },
      { message: `a mail to ${to} with subject ${subject}`, timeout: 30_000 },
    )
    .toBe(true);
  return found!;
}

/** The path of the first link in a mail that points at this site and starts with `path`. */
export function linkIn(mail: ReceivedMail, path: string): string {
  const escaped = `${BASE_URL}${path}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}\\S*`).exec(mail.text);
  expect(match, `a link to ${path} in "${mail.subject}"`).not.toBeNull();
  return match![0].slice(BASE_URL.length);
}

/**
 * A real SMTP server in the test process (smtp-server + mailparser) that
 * keeps every message it accepts. It can be stopped and started again on the
 * same port, to play an outage.
 */
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string; subject: string; text: string; listUnsubscribe?: string; attachments: { filename: string; contentType: string; content: string }[] };

/** Listens on `port` (0: any free one). */
export async function startSmtpSink(port = 0) {
  const received: ReceivedMail[] = [];
  let server: SMTPServer | null = null;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS"],
        logger: false,
        onData(stream, _session, callback) {
          simpleParser(stream)
            .then((parsed) => {
              const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(", ") : (parsed.to?.text ?? "");
              const listUnsubscribe = parsed.headerLines.find((line) => line.key === "list-unsubscribe")?.line.replace(/^List-Unsubscribe:\s*/i, "");
              const attachments = parsed.attachments.map((file) => ({ filename: file.filename ?? "", contentType: file.contentType, content: file.content.toString("utf8") }));
              received.push({ to, subject: parsed.subject ?? "", text: parsed.text ?? "", ...(listUnsubscribe ? { listUnsubscribe } : {}), attachments });
              callback();
            })
            .catch(callback);
        },
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = (server as unknown as { server: { address(): { port: number } } }).server.address();
        port = address.port;
        resolve();
      });
    });

  await listen();
  return {
    received,
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    start: listen,
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
}

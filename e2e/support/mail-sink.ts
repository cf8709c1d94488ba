/**
 * The e2e run's mail server: a real SMTP server that keeps what the site
 * sends, and a small HTTP server that lists it as JSON for the tests.
 *
 *   npx tsx e2e/support/mail-sink.ts <smtp port> <http port>
 */
import { createServer } from "node:http";
import { startSmtpSink } from "../../lib/email/testing/smtp-sink";

const [smtpPort, httpPort] = process.argv.slice(2).map(Number);

void startSmtpSink(smtpPort).then((sink) =>
  createServer((request, response) => {
  if (request.url === "/messages") {
    response.writeHead(200, { "Content-Type": "application/json" });
    response.end(JSON.stringify(sink.received));
    return;
  }
  response.writeHead(200, { "Content-Type": "text/plain" });
  response.end("mail sink");
  }).listen(httpPort, "127.0.0.1"),
);

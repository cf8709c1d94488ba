/**
 * The servers of the e2e run (see playwright.config.ts). E2E_PORT_BASE moves
 * them all (default 3200), so two checkouts can run their specs side by side.
 */
export const PORT = Number(process.env.E2E_PORT_BASE ?? 3200);
export const NEUTRAL_PORT = PORT + 1;
/** Ports of the servers some specs start themselves. */
export const EXTRA_PORTS = { one: PORT + 11, other: PORT + 12, direct: PORT + 13, limited: PORT + 14, noDatabase: PORT + 15, noMailServer: PORT + 16, faults: PORT + 18 } as const;
/** The PostgreSQL server e2e/faults.spec.ts starts, stops and starts again. */
export const FAULTS_DATABASE_PORT = PORT + 19;
/** A port nothing listens on: a database address that refuses every connection. */
export const CLOSED_PORT = PORT + 17;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Where quick exit must send a visitor: a neutral page on another origin. */
export const QUICK_EXIT_URL = `http://127.0.0.1:${NEUTRAL_PORT}/forecast`;
/** Everything the site's server prints during the run, so a test can prove what it never logs. */
export const SERVER_LOG = ".data/e2e-server.log";
/** The run's mail server: the site sends over SMTP; tests read what arrived over HTTP. */
export const SMTP_PORT = PORT + 25;
export const MAIL_SINK_URL = `http://127.0.0.1:${PORT + 26}`;

/** The two servers of the e2e run (see playwright.config.ts). */
export const PORT = 3200;
export const NEUTRAL_PORT = 3201;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Where quick exit must send a visitor: a neutral page on another origin. */
export const QUICK_EXIT_URL = `http://127.0.0.1:${NEUTRAL_PORT}/forecast`;
/** Everything the site's server prints during the run, so a test can prove what it never logs. */
export const SERVER_LOG = ".data/e2e-server.log";
/** The run's mail server: the site sends over SMTP; tests read what arrived over HTTP. */
export const SMTP_PORT = 3225;
export const MAIL_SINK_URL = "http://127.0.0.1:3226";

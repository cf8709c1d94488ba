/**
 * `npm run demo:code`: the demo admin's current sign-in code, for a developer
 * without an authenticator app at hand. The demo admin's secret is published
 * (README); a real account's never leaves its owner's app.
 */
import { DEMO_ACCOUNTS, DEMO_ADMIN_TOTP_SECRET } from "../lib/demo/demo";
import { TOTP_PERIOD_SECONDS, totpCodeAt, totpStep } from "../lib/auth/second-factor/totp";

const now = Date.now();
const secondsLeft = TOTP_PERIOD_SECONDS - Math.floor(now / 1000) % TOTP_PERIOD_SECONDS;
console.log(`${DEMO_ACCOUNTS.admin}: ${totpCodeAt(DEMO_ADMIN_TOTP_SECRET, totpStep(now))} (for ${secondsLeft} more seconds; each code signs in once)`);

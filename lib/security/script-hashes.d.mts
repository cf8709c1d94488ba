/** `'sha256-…'` of the text of every inline <script>, each once, in page order. */
export function inlineScriptHashes(html: string | Uint8Array): string[];
/** The policy with a script-src that allows the site's script files and exactly this page's inline scripts. */
export function policyForKeptPage(policy: string, html: string | Uint8Array): string;

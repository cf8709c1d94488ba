/** TRUSTED_PROXIES as a number from 0 to 10; throws, saying why, on anything else. */
export function trustedProxyCount(value?: string | undefined): number;
/** The client's address by the TRUSTED_PROXIES rule, or "unknown". */
export function clientAddressFrom(request: { forwardedFor: string | null; socketAddress: string | null }, trustedProxies: number): string;

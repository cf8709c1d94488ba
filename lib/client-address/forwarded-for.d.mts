/** The client's address by the TRUSTED_PROXIES rule, or "unknown". */
export function clientAddressFrom(request: { forwardedFor: string | null; socketAddress: string | null }, trustedProxies: number): string;

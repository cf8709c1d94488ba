import { Server, type IncomingMessage } from "node:http";
import { SOCKET_ADDRESS_HEADER } from "./client-address";

const globalForStamp = globalThis as unknown as { volunteerSocketAddressStamp?: boolean };

/**
 * Copies each request's connection address into SOCKET_ADDRESS_HEADER, over
 * any value the client sent, before the request reaches Next. Pages, route
 * handlers and server actions see only headers, and Next fills
 * X-Forwarded-For with the connection's address only when the client sent
 * none, so without this the address of a server with no proxy in front could
 * be chosen by the client. Runs once per process, at start-up, for every HTTP
 * server in it.
 */
export function stampSocketAddresses(): void {
  if (globalForStamp.volunteerSocketAddressStamp) return;
  globalForStamp.volunteerSocketAddressStamp = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function emitWithSocketAddress(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

import { once } from "node:events";
import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddressFrom, SOCKET_ADDRESS_HEADER } from "./client-address";
import { stampSocketAddresses } from "./socket-address";

describe("TRUSTED_PROXIES = 0 (no proxy in front)", () => {
  it("uses the connection's address, whatever X-Forwarded-For says", () => {
    expect(clientAddressFrom({ forwardedFor: "203.0.113.9", socketAddress: "198.51.100.4" }, 0)).toBe("198.51.100.4");
    expect(clientAddressFrom({ forwardedFor: "1.1.1.1, 2.2.2.2", socketAddress: "198.51.100.4" }, 0)).toBe("198.51.100.4");
    expect(clientAddressFrom({ forwardedFor: null, socketAddress: null }, 0)).toBe("unknown");
  });

  it("cannot be escaped by a client that rotates the header through a real server", async () => {
    stampSocketAddresses();
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.end();
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    try {
      for (const forged of ["203.0.113.1", "203.0.113.2"]) {
        const sent = httpRequest({ host: "127.0.0.1", port, headers: { "X-Forwarded-For": forged, [SOCKET_ADDRESS_HEADER]: forged } });
        sent.end();
        const [answer] = await once(sent, "response");
        answer.resume();
        await once(answer, "end");
      }
    } finally {
      server.close();
    }
    const addresses = seen.map((headers) =>
      clientAddressFrom({ forwardedFor: String(headers["x-forwarded-for"]), socketAddress: String(headers[SOCKET_ADDRESS_HEADER]) }, 0),
    );
    expect(addresses).toEqual(["127.0.0.1", "127.0.0.1"]);
  });
});

describe("TRUSTED_PROXIES = n", () => {
  it("takes the n-th entry from the right, the one the outermost proxy wrote", () => {
    const forwardedFor = "10.0.0.1, 203.0.113.7, 192.0.2.50";
    expect(clientAddressFrom({ forwardedFor, socketAddress: "10.9.9.9" }, 1)).toBe("192.0.2.50");
    expect(clientAddressFrom({ forwardedFor, socketAddress: "10.9.9.9" }, 2)).toBe("203.0.113.7");
  });

  it("ignores what the client wrote left of it", () => {
    const one = clientAddressFrom({ forwardedFor: "1.1.1.1, 192.0.2.50", socketAddress: "10.9.9.9" }, 1);
    const other = clientAddressFrom({ forwardedFor: "2.2.2.2, 192.0.2.50", socketAddress: "10.9.9.9" }, 1);
    expect([one, other]).toEqual(["192.0.2.50", "192.0.2.50"]);
  });

  it("uses the connection's address when the header has fewer entries than proxies", () => {
    expect(clientAddressFrom({ forwardedFor: "192.0.2.50", socketAddress: "10.9.9.9" }, 2)).toBe("10.9.9.9");
    expect(clientAddressFrom({ forwardedFor: null, socketAddress: "10.9.9.9" }, 1)).toBe("10.9.9.9");
  });
});


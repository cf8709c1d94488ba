import net from "node:net";

export type RawAnswer = { status: number; headers: Record<string, string>; body: string };

/**
 * Sends a POST whose body goes as `Transfer-Encoding: chunked` with no
 * Content-Length, as a client streaming an upload would, over a plain socket
 * (fetch and Playwright's request both announce a length). Reads whatever the
 * server answers, even if it closes the connection before the whole body is sent.
 */
export function chunkedPost(base: string, path: string, headers: Record<string, string>, body: Buffer, chunkBytes = 8 * 1024): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname);
    const received: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer from ${path} within 20 s`));
    }, 20_000);
    socket.on("data", (data) => received.push(data));
    // A server that refuses the body may close the connection while it is still being sent.
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      const text = Buffer.concat(received).toString("latin1");
      const end = text.indexOf("\r\n\r\n");
      const [statusLine, ...lines] = text.slice(0, end < 0 ? text.length : end).split("\r\n");
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine ?? "")?.[1]);
      if (!status) return reject(new Error(`no HTTP answer from ${path}: ${JSON.stringify(text.slice(0, 200))}`));
      const answerHeaders: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(":");
        answerHeaders[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      let rest = end < 0 ? "" : text.slice(end + 4);
      if (answerHeaders["transfer-encoding"] === "chunked") {
        let decoded = "";
        for (;;) {
          const lineEnd = rest.indexOf("\r\n");
          const size = parseInt(rest.slice(0, lineEnd), 16);
          if (!size) break;
          decoded += rest.slice(lineEnd + 2, lineEnd + 2 + size);
          rest = rest.slice(lineEnd + 2 + size + 2);
        }
        rest = decoded;
      }
      resolve({ status, headers: answerHeaders, body: Buffer.from(rest, "latin1").toString("utf8") });
    });
    socket.on("connect", () => {
      const head = [`POST ${path} HTTP/1.1`, `Host: ${url.host}`, "Transfer-Encoding: chunked", "Connection: close", ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
      socket.write(`${head.join("\r\n")}\r\n\r\n`);
      for (let offset = 0; offset < body.length; offset += chunkBytes) {
        const piece = body.subarray(offset, offset + chunkBytes);
        socket.write(`${piece.length.toString(16)}\r\n`);
        socket.write(piece);
        socket.write("\r\n");
      }
      socket.write("0\r\n\r\n");
    });
  });
}

/** A multipart/form-data body of the given fields, and its Content-Type. */
export function multipart(fields: [string, string][]): { body: Buffer; contentType: string } {
  const boundary = `----databank${Date.now().toString(16)}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

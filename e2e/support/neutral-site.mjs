// The neutral page that quick exit leads to in the e2e run: a plain weather page on
// another origin, because Chromium has no internet here. Usage: node neutral-site.mjs PORT
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? 3201);
const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Weather forecast</title></head>
  <body><main><h1>Weather forecast</h1><p>Partly sunny, high near 60.</p></main></body>
</html>`;

createServer((_request, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  response.end(html);
}).listen(port, "127.0.0.1");

// A small static file server for dist/, bound to 127.0.0.1 only. Used by
// scripts/serve, the end-to-end tests and the benchmarks, so all see what a
// user gets from a real host, which compresses what it sends (brotli at a
// host's on-the-fly quality, else gzip).
import { createServer } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? process.env.PORT ?? 8080);
// The folder the app is served under, as on a project site or an intranet
// ("/skole/kapacitetsradar/"); the domain's root by default.
const base = (process.argv[4] ?? "/").replace(/\/?$/, "/");

/// The headers a host would send from the build's `_headers` file (the
/// Netlify and Cloudflare Pages format: a path, `*` matching anything, then
/// indented `Name: value` lines), for a path relative to `base`.
function hostHeaders() {
  let text = "";
  try {
    text = readFileSync(join(root, "_headers"), "utf8");
  } catch {
    return () => ({});
  }
  const rules = [];
  for (const line of text.split("\n")) {
    if (/^\S/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
      rules.push({ pattern, headers: {} });
    } else if (line.trim() && rules.length) {
      const [name, ...value] = line.trim().split(": ");
      rules.at(-1).headers[name] = value.join(": ");
    }
  }
  return (path) => Object.assign({}, ...rules.filter((r) => r.pattern.test(path)).map((r) => r.headers));
}
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

const compressible = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".webmanifest"]);
const compressed = new Map();

/// The body in the best encoding the browser accepts, compressed once per
/// file and version.
function encode(file, body, accepted, modified) {
  if (!compressible.has(extname(file))) return { body };
  const encoding = /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : null;
  if (!encoding) return { body };
  const key = `${encoding}:${file}:${modified}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === "br" ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(body, { level: 6 }),
    );
  }
  return { body: compressed.get(key), encoding };
}

const headersFor = hostHeaders();

const server = createServer(async (req, res) => {
  const full = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
  // The folder without its slash goes to the folder, as hosts do.
  if (`${full}/` === base) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  if (!full.startsWith(base)) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    return;
  }
  const path = `/${full.slice(base.length)}`;
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, "index.html");
      info = await stat(file);
    }
    const { body, encoding } = encode(file, await readFile(file), req.headers["accept-encoding"] ?? "", info.mtimeMs);
    res.writeHead(200, {
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      // What the build's _headers says for this path, as a host would send.
      ...headersFor(path),
      Vary: "Accept-Encoding",
      ...(encoding ? { "Content-Encoding": encoding } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} on http://127.0.0.1:${port}${base}`);
});

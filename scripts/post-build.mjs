// Trunk post_build hook, run on the staged dist/ before it replaces the old:
//
// 1. Minifies the wasm-bindgen JS glue and the CSS with esbuild. (Trunk's own
//    JS minifier fails on the glue's `export default`.) Every byte counts
//    against the bundle budget.
// 2. Re-computes the Subresource Integrity hashes of the files it changed,
//    and drops the comments and indentation of index.html.
// 3. Allows the inline scripts (Trunk's start-up, the start page's language)
//    by their SHA-256 hashes in the page's
//    Content-Security-Policy, so the policy needs no 'unsafe-inline'.
// 4. Puts the start page, prerendered by examples/prerender.rs, into the
//    page, so its text is on screen before any script runs.
// 5. Writes the hosts' header files (_headers, .htaccess) from this build.
// 6. Writes the service worker's list of this build's files and a version
//    made from their contents, so a new build is a new worker.
//
// Fails the build if anything it expects is missing.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { transform } from "esbuild";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
const release = (process.env.TRUNK_PROFILE ?? "release") === "release";

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

if (release) {
  for (const name of readdirSync(dir)) {
    const loader = name.endsWith(".js") ? "js" : name.endsWith(".css") ? "css" : null;
    // The service worker is minified below, once its file list is in.
    if (!loader || name === "sw.js") continue;
    const path = join(dir, name);
    const source = readFileSync(path, "utf8");
    const { code } = await transform(source, { loader, minify: true, format: loader === "js" ? "esm" : undefined, target: "es2020" });
    writeFileSync(path, code);
    const integrity = `sha384-${createHash("sha384").update(code, "utf8").digest("base64")}`;
    const link = new RegExp(`(href="?(?:\\.?/)${name.replace(/[.]/g, "\\.")}"?[^>]*integrity="?)sha384-[A-Za-z0-9+/=]+`);
    const before = html;
    html = html.replace(link, `$1${integrity}`);
    if (html === before && /integrity=/.test(html)) {
      // The attribute order differs: integrity before href.
      const reverse = new RegExp(`(integrity="?)sha384-[A-Za-z0-9+/=]+("?[^>]*href="?(?:\\.?/)${name.replace(/[.]/g, "\\.")})`);
      html = html.replace(reverse, `$1${integrity}$2`);
    }
    console.log(`post-build: minified ${name}: ${source.length} → ${code.length} bytes`);
  }
}

if (release) {
  // Comments and the indentation between tags (the page has no <pre>),
  // before hashing, so the hash is of the script as served.
  html = html.replace(/<!--[\s\S]*?-->/g, "").replace(/>\s+</g, "><").replace(/\n\s+/g, " ");
}

// The start page, prerendered by the app itself, so the first paint needs
// no WebAssembly: Danish in the page, Norwegian and English in templates
// that the page's inline script swaps in for a user who chose them. The
// heading carries an element-timing mark for scripts/measure-tti.mjs.
const pageMarker = "{{START_PAGE}}";
if (!html.includes(pageMarker)) fail(`no ${pageMarker} in ${file}`);
let pages;
try {
  const source = process.env.TRUNK_SOURCE_DIR ?? ".";
  const out = execFileSync("cargo", ["run", "--quiet", "--locked", "--example", "prerender"], { cwd: source, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  pages = JSON.parse(out);
} catch (error) {
  fail(`the start page could not be prerendered: ${error.message}`);
}
const timed = (page) => page.replace('<h1 id="page-heading"', '<h1 elementtiming="start-heading" id="page-heading"');
for (const lang of ["da", "nb", "en"]) {
  if (!pages[lang]?.includes('<h1 id="page-heading"')) fail(`the prerendered start page in ${lang} has no heading`);
}
html = html.replace(
  pageMarker,
  timed(pages.da) + ["nb", "en"].map((lang) => `<template id="start-${lang}">${timed(pages[lang])}</template>`).join(""),
);
console.log(`post-build: prerendered the start page (${pages.da.length} bytes in Danish)`);

const marker = "{{INLINE_SCRIPT_HASHES}}";
if (!html.includes(marker)) fail(`no ${marker} in ${file}`);
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
if (hashes.length === 0) fail(`no inline script found in ${file}`);
html = html.replace(marker, [...new Set(hashes)].join(" "));
writeFileSync(file, html);
console.log(`post-build: allowed ${hashes.length} inline script(s) in ${file}`);

// Headers for real hosts (Netlify, Cloudflare Pages: `_headers`; Apache:
// `.htaccess`), made from this build: the page's CSP as an HTTP header, with
// `frame-ancestors 'none'`, which a meta tag can't carry; long caching for
// the hashed files, none for the page and the service worker.
// scripts/static-server.mjs sends the same.
const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
if (!csp) fail(`no Content-Security-Policy in ${file}`);
const policy = `${csp}; frame-ancestors 'none'`;
const hashed = readdirSync(dir).filter((name) => /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(name)).sort();
const always = ["X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer", `Content-Security-Policy: ${policy}`];
const rules = [
  ["/*", always],
  ...["/", "/index.html", "/sw.js"].map((path) => [path, ["Cache-Control: no-cache"]]),
  ...hashed.map((name) => [
    `/${name}`,
    ["Cache-Control: public, max-age=31536000, immutable", ...(name.endsWith(".wasm") ? ["Content-Type: application/wasm"] : [])],
  ]),
];
writeFileSync(join(dir, "_headers"), rules.map(([path, lines]) => [path, ...lines.map((l) => `  ${l}`)].join("\n")).join("\n") + "\n");
const apache = [
  "# Kapacitetsradar for Apache (mod_headers, mod_mime); written by the build.",
  "AddType application/wasm .wasm",
  "<IfModule mod_headers.c>",
  ...always.map((line) => {
    const [name, ...value] = line.split(": ");
    return `  Header always set ${name} "${value.join(": ").replace(/"/g, '\\"')}"`;
  }),
  '  <FilesMatch "^(index\\.html|sw\\.js)?$">',
  '    Header set Cache-Control "no-cache"',
  "  </FilesMatch>",
  '  <FilesMatch "-[0-9a-f]{16}(_bg)?\\.[a-z]+$">',
  '    Header set Cache-Control "public, max-age=31536000, immutable"',
  "  </FilesMatch>",
  "</IfModule>",
];
writeFileSync(join(dir, ".htaccess"), apache.join("\n") + "\n");
console.log(`post-build: wrote _headers and .htaccess (${hashed.length} hashed files)`);

// The service worker goes last: it lists every other file as served.
const worker = join(dir, "sw.js");
let workerSource;
try {
  workerSource = readFileSync(worker, "utf8");
} catch {
  fail(`no sw.js in ${dir}`);
}
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split("\\").join("/"))
  // Not the worker itself, nor the hosts' header files.
  .filter((name) => !["sw.js", "_headers", ".htaccess"].includes(name))
  .sort();
const version = createHash("sha256");
for (const name of files) version.update(name).update("\0").update(readFileSync(join(dir, name)));
for (const marker of ["{{VERSION}}", "{{FILES}}"]) {
  if (!workerSource.includes(marker)) fail(`no ${marker} in sw.js`);
}
workerSource = workerSource
  .replace("{{VERSION}}", version.digest("hex").slice(0, 16))
  .replace("{{FILES}}", JSON.stringify(files));
if (release) workerSource = (await transform(workerSource, { loader: "js", minify: true, target: "es2020" })).code;
writeFileSync(worker, workerSource);
console.log(`post-build: the service worker keeps ${files.length} files`);

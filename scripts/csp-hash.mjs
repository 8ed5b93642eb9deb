// Trunk post_build hook: allows Trunk's inline start-up script by its
// SHA-256 hash in the page's Content-Security-Policy, so the policy needs no
// 'unsafe-inline'. Fails the build if the marker or the script is missing.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const file = join(dir, "index.html");
const html = readFileSync(file, "utf8");
const marker = "{{INLINE_SCRIPT_HASHES}}";
if (!html.includes(marker)) {
  console.error(`csp-hash: no ${marker} in ${file}`);
  process.exit(1);
}
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
if (hashes.length === 0) {
  console.error(`csp-hash: no inline script found in ${file}`);
  process.exit(1);
}
writeFileSync(file, html.replace(marker, [...new Set(hashes)].join(" ")));
console.log(`csp-hash: allowed ${hashes.length} inline script(s) in ${file}`);

// Prints each dist/ file's raw and gzip size and their totals. Exits
// non-zero when the gzip total is over the budget every issue keeps.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_GZIP_BYTES = 200 * 1000;
const dir = process.argv[2] ?? "dist";
// --report: print the figures without enforcing the budget (for a build
// that is not shipped, like the gathering feature's).
const reportOnly = process.argv.includes("--report");

function* files(path) {
  for (const name of readdirSync(path)) {
    const full = join(path, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}

const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(8) + " kB";
let raw = 0;
let gzip = 0;
console.log(`${"file".padEnd(48)}${"raw".padStart(11)}${"gzip".padStart(11)}`);
for (const file of [...files(dir)].sort()) {
  const body = readFileSync(file);
  const zipped = gzipSync(body, { level: 9 }).length;
  raw += body.length;
  gzip += zipped;
  console.log(`${relative(dir, file).padEnd(48)}${kb(body.length)}${kb(zipped)}`);
}
console.log(`${"total".padEnd(48)}${kb(raw)}${kb(gzip)}`);
console.log(`budget: gzip total ${kb(gzip).trim()} of ${kb(BUDGET_GZIP_BYTES).trim()}`);
if (gzip > BUDGET_GZIP_BYTES && !reportOnly) {
  console.error("size: over budget");
  process.exit(1);
}

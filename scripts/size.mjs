// Prints each dist/ file's raw, gzip and brotli size and their totals.
// Exits non-zero when the gzip total is over the guard: size guards against
// regressions; it does not decide what the product does.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// 350 kB at first; raised as features came that the old figure couldn't
// hold (see README, Performance): both built-in models' text (+52 kB), the
// workshop's presenter view, agreed picture and roles (+46 kB), the action
// plan, calendar and follow-up rounds (+42 kB); offline use, backup and
// restore, locking with a passphrase and the privacy and data pages
// (+55 kB of wasm) with the install icons (+26 kB, PNGs don't compress).
const GUARD_GZIP_BYTES = 640 * 1000;
const dir = process.argv[2] ?? "dist";

function* files(path) {
  for (const name of readdirSync(path)) {
    const full = join(path, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}

const brotli = (body) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(9) + " kB";
const total = { raw: 0, gzip: 0, brotli: 0 };
console.log(`${"file".padEnd(48)}${"raw".padStart(12)}${"gzip".padStart(12)}${"brotli".padStart(12)}`);
for (const file of [...files(dir)].sort()) {
  const body = readFileSync(file);
  const sizes = { raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotli(body) };
  for (const k in total) total[k] += sizes[k];
  console.log(`${relative(dir, file).padEnd(48)}${kb(sizes.raw)}${kb(sizes.gzip)}${kb(sizes.brotli)}`);
}
console.log(`${"total".padEnd(48)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
console.log(`guard: gzip total ${kb(total.gzip).trim()} of ${kb(GUARD_GZIP_BYTES).trim()} (brotli ${kb(total.brotli).trim()})`);
if (total.gzip > GUARD_GZIP_BYTES) {
  console.error(`size: over the ${GUARD_GZIP_BYTES / 1000} kB gzip guard`);
  process.exit(1);
}

// An nginx location block for Kapacitetsradar under a folder, with the
// same headers as the build's _headers file (its CSP included).
// Usage: node scripts/nginx-conf.mjs [dist] [/folder/] [/path/on/disk/]
import { readFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const folder = process.argv[3] ?? "/kapacitetsradar/";
const disk = process.argv[4] ?? "/var/www/kapacitetsradar/";
const headers = readFileSync(join(dist, "_headers"), "utf8");
const csp = headers.match(/Content-Security-Policy: (.+)/)[1];
const add = (name, value) => `    add_header ${name} "${value}" always;`;
const common = [
  add("Content-Security-Policy", csp),
  add("X-Content-Type-Options", "nosniff"),
  add("Referrer-Policy", "no-referrer"),
];
console.log(`# Kapacitetsradar under ${folder}; written from the build's _headers.
# (nginx drops a parent's add_header lines in a block that has its own,
# so each block repeats them.)
location ${folder} {
    alias ${disk};
    index index.html;
${common.join("\n")}
    add_header Cache-Control "no-cache" always;
    location ~ -[0-9a-f]{16}(_bg)?\\.[a-z]+$ {
${common.map((l) => `    ${l}`).join("\n")}
        add_header Cache-Control "public, max-age=31536000, immutable" always;
        types { application/wasm wasm; application/javascript js; text/css css; image/svg+xml svg; }
    }
}`);

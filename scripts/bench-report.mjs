// Prints the median of each criterion benchmark from target/criterion.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = "target/criterion";
const format = (ns) =>
  ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(1)} µs` : `${ns.toFixed(0)} ns`;
if (!existsSync(root)) {
  console.error("bench-report: no target/criterion; run cargo bench first");
  process.exit(1);
}
for (const dir of readdirSync(root).sort()) {
  const file = join(root, dir, "new", "estimates.json");
  const benchmark = join(root, dir, "new", "benchmark.json");
  if (!existsSync(file)) continue;
  const { median } = JSON.parse(readFileSync(file, "utf8"));
  const { title } = existsSync(benchmark) ? JSON.parse(readFileSync(benchmark, "utf8")) : { title: dir };
  console.log(`${title.padEnd(56)} median ${format(median.point_estimate)}`);
}

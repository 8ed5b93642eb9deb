// The GitHub Pages workflow can't run here: this checks that it parses and
// that it builds with the project's own pinned tools and publishes dist/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "yaml";

test("the Pages workflow parses and publishes the pinned release build", () => {
  const workflow = parse(readFileSync(new URL("../.github/workflows/pages.yml", import.meta.url), "utf8"));
  assert.deepEqual(workflow.on.push.branches, ["main"]);
  assert.equal(workflow.permissions.pages, "write");
  const steps = workflow.jobs.build.steps;
  const rust = steps.find((s) => s.uses?.startsWith("dtolnay/rust-toolchain"));
  assert.equal(rust.with.toolchain, "1.95");
  assert.match(steps.map((s) => s.run ?? "").join("\n"), /ensure_build_tools && build_release/);
  assert.equal(steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact")).with.path, "dist");
  assert.deepEqual(workflow.jobs.deploy.needs, "build");
  assert.ok(workflow.jobs.deploy.steps.some((s) => s.uses?.startsWith("actions/deploy-pages")));
});

// The JSON Schemas in schemas/ accept what the app writes (the examples and
// the built-in model) and reject what it refuses. Run by scripts/test with
// node's own test runner.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";

const read = (path) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const name of ["response.v1", "assessment.v2", "model.v1", "response.v2", "assessment.v3", "model.v2", "assessment.v4"]) {
  ajv.addSchema(read(`schemas/${name}.schema.json`));
}
const validator = (name) =>
  ajv.getSchema(`https://kapacitetsradar.example/schemas/${name}.schema.json`);

test("the built-in models match their schemas", () => {
  for (const [schema, model] of [["model.v1", "kapacitetsmodel.v1"], ["model.v2", "kapacitetsmodel.v2"]]) {
    const validate = validator(schema);
    assert.ok(validate(read(`model/${model}.json`)), JSON.stringify(validate.errors));
  }
});

test("the examples match their schemas", () => {
  for (const [schema, example] of [
    ["assessment.v2", "assessment.v2"],
    ["response.v1", "response.v1"],
    ["assessment.v3", "assessment.v3"],
    ["assessment.v4", "assessment.v4"],
    ["response.v2", "response.v2"],
  ]) {
    const validate = validator(schema);
    assert.ok(validate(read(`schemas/examples/${example}.json`)), JSON.stringify(validate.errors));
  }
});

test("the schemas reject what the app refuses", () => {
  const validate = validator("response.v1");
  const response = read("schemas/examples/response.v1.json");
  const outOfRange = structuredClone(response);
  Object.values(outOfRange.respondent.answers)[0].answer = 6;
  assert.equal(validate(outOfRange), false);
  const badId = structuredClone(response);
  badId.respondent.id = "../x";
  assert.equal(validate(badId), false);
  const newer = structuredClone(response);
  newer.version = 2;
  assert.equal(validate(newer), false);
  const model = read("model/kapacitetsmodel.v2.json");
  model.themes[0].statements[0].text.nb = " ";
  assert.equal(validator("model.v2")(model), false);
  const current = read("schemas/examples/response.v2.json");
  assert.equal(validator("response.v2")(current), true);
  current.model_version = 0;
  assert.equal(validator("response.v2")(current), false);
});

// The API's introspected schema, checked by the reference GraphQL
// implementation (graphql-js), which no one here wrote: it builds a client
// schema from the server's introspection and validates every example query
// of docs/queries against it, then runs each one.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildClientSchema, getIntrospectionQuery, parse, validate, validateSchema } from "graphql";

const BASE = process.env.DIPLOGRAPH_URL?.replace(/\/$/, "");
const skip = BASE ? false : "DIPLOGRAPH_URL is not set (make test sets it)";
const queries = join(import.meta.dirname, "..", "..", "docs", "queries");

async function post(body) {
  const res = await fetch(`${BASE}/graphql`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  assert.equal(res.status, 200);
  return res.json();
}

describe("the introspected schema", { skip }, () => {
  test("builds into a valid client schema whose every type and field is described", async () => {
    const { data, errors } = await post({ query: getIntrospectionQuery({ descriptions: true }) });
    assert.equal(errors, undefined);
    const schema = buildClientSchema(data);
    assert.deepEqual(validateSchema(schema), []);
    const undocumented = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      for (const field of Object.values(type.getFields?.() ?? {})) {
        if (!field.description) undocumented.push(`${type.name}.${field.name}`);
      }
    }
    assert.deepEqual(undocumented, []);
  });

  test("validates and answers every example query of the docs", async () => {
    const { data } = await post({ query: getIntrospectionQuery() });
    const schema = buildClientSchema(data);
    const files = readdirSync(queries).filter((f) => f.endsWith(".graphql"));
    assert.ok(files.length >= 4, `only ${files.length} example queries`);
    for (const file of files) {
      const query = readFileSync(join(queries, file), "utf8");
      assert.deepEqual(validate(schema, parse(query)).map(String), [], `${file} does not validate`);
      const answer = await post({ query });
      assert.equal(answer.errors, undefined, `${file}: ${JSON.stringify(answer.errors)}`);
    }
  });
});

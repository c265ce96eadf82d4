// Generates the two TypeScript clients of openapi.json into target/ts/ (git-ignored), with the pinned generators of
// package-lock.json; check-ts.sh then compiles samples/ against them with tsc --strict.
//   target/ts/openapi-typescript/schema.d.ts   openapi-typescript: the document's types, for openapi-fetch
//   target/ts/hey-api/                           @hey-api/openapi-ts: types and one function per operation (fetch client)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { createClient } from "@hey-api/openapi-ts";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));
const spec = join(here, "openapi.json");
const out = join(here, "target", "ts");

// openapi-typescript types every string as string; a `format: binary` body (a PDF upload) is a Blob in a browser or
// Node 18+, as its documentation recommends doing with this transform.
const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));
const ast = await openapiTS(new URL(`file://${spec}`), {
  transform(schemaObject) {
    if (schemaObject.format === "binary") {
      return BLOB;
    }
    return undefined;
  },
});
mkdirSync(join(out, "openapi-typescript"), { recursive: true });
writeFileSync(join(out, "openapi-typescript", "schema.d.ts"), astToString(ast));
console.log("[openapi] openapi-typescript → target/ts/openapi-typescript/schema.d.ts");

await createClient({
  input: spec,
  output: { path: join(out, "hey-api"), clean: true, module: { extension: ".js" } },
  plugins: ["@hey-api/client-fetch", "@hey-api/typescript", "@hey-api/sdk"],
  logs: { level: "silent" },
});
console.log("[openapi] @hey-api/openapi-ts → target/ts/hey-api/");

// Writes an OpenAPI document (JSON, from a file or stdin) the way openapi/openapi.json is committed: two-space
// indent, a final newline, keys in the order the gateway serves them. The order is kept on purpose: it is
// meaningful to generators (the first media type of a request body is the one a generated client sends).
//   node openapi/format.mjs < in.json > out.json      node openapi/format.mjs in.json out.json
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const document = JSON.parse(readFileSync(input ?? 0, 'utf8'));
if (typeof document?.openapi !== 'string' || typeof document?.paths !== 'object') {
  console.error('not an OpenAPI document (no "openapi" or "paths")');
  process.exit(1);
}
const formatted = JSON.stringify(document, null, 2) + '\n';
if (output) writeFileSync(output, formatted); else process.stdout.write(formatted);

// Validates rendered manifests (multi-document YAML files given as arguments) with the npm package
// kubernetes-models: required fields, types and formats of every built-in kind. Custom resources that package
// does not know (CloudNativePG Cluster, Gateway API HTTPRoute) get their required fields checked by hand.
// Exit code 1 on any error. Run by deploy/validate.sh with NODE_TOOLS pointing at the npm install.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const tools = process.env.NODE_TOOLS;
if (!tools) throw new Error("NODE_TOOLS (the npm install prefix) is not set");
const modules = join(tools, "node_modules");
const YAML = await import(pathToFileURL(join(modules, "yaml", "dist", "index.js")).href);
const models = join(modules, "kubernetes-models");

const errors = [];
let checked = 0;

function modelPath(apiVersion, kind) {
  // core group: "v1" -> v1/Kind.js; others: "apps/v1" -> apps/v1/Kind.js
  return join(models, ...apiVersion.split("/"), `${kind}.js`);
}

function need(cond, where, what) {
  if (!cond) errors.push(`${where}: ${what}`);
}

const isNonEmptyString = (v) => typeof v === "string" && v.length > 0;
const isPositiveInt = (v) => Number.isInteger(v) && v > 0;

const customChecks = {
  "postgresql.cnpg.io/v1/Cluster": (o, where) => {
    need(isPositiveInt(o.spec?.instances), where, "spec.instances must be a positive integer");
    need(isNonEmptyString(o.spec?.storage?.size), where, "spec.storage.size is required");
    need(isNonEmptyString(o.spec?.imageName), where, "spec.imageName (a pinned PostgreSQL image) is required");
    const initdb = o.spec?.bootstrap?.initdb;
    need(isNonEmptyString(initdb?.database), where, "spec.bootstrap.initdb.database is required");
    need(isNonEmptyString(initdb?.owner), where, "spec.bootstrap.initdb.owner is required");
    need(isNonEmptyString(initdb?.secret?.name), where, "spec.bootstrap.initdb.secret.name is required");
  },
  "gateway.networking.k8s.io/v1/HTTPRoute": (o, where) => {
    const parents = o.spec?.parentRefs;
    need(Array.isArray(parents) && parents.length > 0, where, "spec.parentRefs must not be empty");
    (parents ?? []).forEach((p, i) => need(isNonEmptyString(p.name), where, `spec.parentRefs[${i}].name is required`));
    const rules = o.spec?.rules;
    need(Array.isArray(rules) && rules.length > 0, where, "spec.rules must not be empty");
    (rules ?? []).forEach((r, i) =>
      (r.backendRefs ?? []).forEach((b, j) => {
        need(isNonEmptyString(b.name), where, `spec.rules[${i}].backendRefs[${j}].name is required`);
        need(Number.isInteger(b.port), where, `spec.rules[${i}].backendRefs[${j}].port must be an integer`);
      }),
    );
  },
};

for (const file of process.argv.slice(2)) {
  const docs = YAML.parseAllDocuments(readFileSync(file, "utf8"));
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      errors.push(`${file}: YAML error ${doc.errors[0].message}`);
      continue;
    }
    const o = doc.toJS();
    if (o == null) continue;
    const where = `${file}: ${o.apiVersion}/${o.kind} ${o.metadata?.name}`;
    if (!isNonEmptyString(o.apiVersion) || !isNonEmptyString(o.kind) || !isNonEmptyString(o.metadata?.name)) {
      errors.push(`${where}: apiVersion, kind and metadata.name are required`);
      continue;
    }
    const custom = customChecks[`${o.apiVersion}/${o.kind}`];
    const path = modelPath(o.apiVersion, o.kind);
    if (custom) {
      custom(o, where);
    } else if (existsSync(path)) {
      if (o.kind === "Secret" && o.data) {
        // kustomize folds long base64 values over several lines; the API server's decoder skips the line breaks
        for (const k of Object.keys(o.data)) o.data[k] = String(o.data[k]).replace(/\s+/g, "");
      }
      const mod = await import(pathToFileURL(path).href);
      try {
        new mod[o.kind](o).validate();
      } catch (e) {
        errors.push(`${where}: ${e.message}`);
      }
    } else {
      errors.push(`${where}: unknown kind (neither in kubernetes-models nor checked by hand)`);
    }
    checked++;
  }
}

for (const e of errors) console.error(`ERROR ${e}`);
console.log(`kubernetes-models: ${checked} objects checked, ${errors.length} errors`);
process.exit(errors.length === 0 && checked > 0 ? 0 : 1);

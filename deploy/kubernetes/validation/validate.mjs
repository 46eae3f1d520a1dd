// Validates every object of rendered manifests (files given as arguments). Core Kubernetes kinds go through
// kubernetes-models' generated validators (types, required fields, enums, formats); custom resources through
// the openAPIV3Schema of the operator CRDs vendored in ./crds, made strict: a field the operator does not
// know is an error here, where the API server would silently prune it. A kind with no schema fails.
import { readFileSync, readdirSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import Ajv from 'ajv';

const crdDir = new URL('./crds/', import.meta.url);
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

function strict(schema) {
  if (Array.isArray(schema)) return schema.map(strict);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, strict(value)]));
  if (copy.properties && copy.additionalProperties === undefined && !copy['x-kubernetes-preserve-unknown-fields']) {
    copy.additionalProperties = false;
  }
  return copy;
}

const customResources = new Map();
for (const file of readdirSync(crdDir).filter((name) => name.endsWith('.yaml'))) {
  const crd = parseAllDocuments(readFileSync(new URL(file, crdDir), 'utf8'))[0].toJS();
  for (const version of crd.spec.versions.filter((v) => v.served)) {
    const schema = strict(version.schema.openAPIV3Schema);
    schema.properties.metadata = { type: 'object' }; // the API server's own schema, as for every kind
    customResources.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, ajv.compile(schema));
  }
}

async function validateCore(object) {
  let model;
  try {
    model = await import(`kubernetes-models/${object.apiVersion}/${object.kind}`);
  } catch {
    return [`no schema for ${object.apiVersion} ${object.kind}`];
  }
  try {
    new model[object.kind](object).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

function validateCustom(check, object) {
  if (check(object)) return [];
  return check.errors.map((e) => `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? `: ${e.params.additionalProperty}` : ''}`);
}

let failures = 0;
let objects = 0;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    if (document.errors.length) throw new Error(`${file}: ${document.errors[0].message}`);
    const object = document.toJS();
    if (!object) continue;
    objects++;
    const name = `${file}: ${object.kind} ${object.metadata?.name}`;
    const custom = customResources.get(`${object.apiVersion}/${object.kind}`);
    const errors = object.metadata?.name ? [] : ['metadata.name is missing'];
    errors.push(...(custom ? validateCustom(custom, object) : await validateCore(object)));
    for (const error of errors) console.error(`${name}: ${error}`);
    failures += errors.length ? 1 : 0;
  }
}
console.log(`${objects} objects checked, ${failures} invalid`);
process.exit(failures || objects === 0 ? 1 : 0);

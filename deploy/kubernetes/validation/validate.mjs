// Validates every object of rendered manifests (files given as arguments). Core Kubernetes kinds go through
// kubernetes-models' generated validators (types, required fields, enums, formats), and their fields are
// compared with the official client's models (kubernetes-models allows any extra field); custom resources go
// through the openAPIV3Schema of the operator CRDs vendored in ./crds, made strict. Either way a field
// Kubernetes does not know is an error here, where the API server would drop it or refuse the whole object.
// A kind with no schema fails, and so does an Ingress that routes /q. With --each-invalid, it passes only if
// every object is invalid: the self-test that proves each check can fail.
import { readFileSync, readdirSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import Ajv from 'ajv';
import * as coreModels from '@kubernetes/client-node';

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

// The official client names a model after its API version and kind (apps/v1 Deployment: V1Deployment) and
// lists each model's JSON fields with their types: 'V1PodSpec', 'Array<V1Container>', '{ [key: string]: T; }'.
function unknownFields(value, type, path) {
  const items = type.match(/^Array<(.+)>$/);
  if (items) return Array.isArray(value) ? value.flatMap((item, i) => unknownFields(item, items[1], `${path}/${i}`)) : [];
  const entries = type.match(/^\{ \[key: string\]: (.+); \}$/);
  if (entries) return Object.entries(value ?? {}).flatMap(([key, item]) => unknownFields(item, entries[1], `${path}/${key}`));
  const fields = coreModels[type]?.getAttributeTypeMap?.();
  if (!fields || value === null || typeof value !== 'object') return [];
  const known = new Map(fields.map((field) => [field.baseName, field.type]));
  return Object.entries(value).flatMap(([key, item]) => known.has(key)
    ? unknownFields(item, known.get(key), `${path}/${key}`)
    : [`${path || '/'} has unknown field ${key}`]);
}

async function validateCore(object) {
  let model;
  try {
    model = await import(`kubernetes-models/${object.apiVersion}/${object.kind}`);
  } catch {
    return [`no schema for ${object.apiVersion} ${object.kind}`];
  }
  const version = object.apiVersion.split('/').pop();
  const fieldsModel = `${version[0].toUpperCase()}${version.slice(1)}${object.kind}`;
  if (!coreModels[fieldsModel]?.getAttributeTypeMap) return [`no field list for ${object.apiVersion} ${object.kind}`];
  const errors = unknownFields(object, fieldsModel, '');
  try {
    new model[object.kind](object).validate();
  } catch (error) {
    errors.push(error.message);
  }
  return errors;
}

// The Ingress is the Internet's way in: of Quarkus' /q only the OpenAPI document may be routed, and no rule
// may send a whole host (Prefix /) to a service, which would route /q with it.
function internalPathsRouted(object) {
  if (object.kind !== 'Ingress') return [];
  return (object.spec?.rules ?? []).flatMap((rule) => (rule.http?.paths ?? [])
    .filter(({ path, pathType }) => (path === '/' && pathType !== 'Exact')
      || (/^\/q(\/|$)/.test(path) && !(path === '/q/openapi' && pathType === 'Exact')))
    .map(({ path, pathType }) => `${rule.host} routes ${pathType} ${path}: /q/health, /q/metrics and the like would be public`));
}

function validateCustom(check, object) {
  if (check(object)) return [];
  return check.errors.map((e) => `${e.instancePath || '/'} ${e.message}${e.params?.additionalProperty ? `: ${e.params.additionalProperty}` : ''}`);
}

const eachInvalid = process.argv[2] === '--each-invalid';
let failures = 0;
let objects = 0;
for (const file of process.argv.slice(eachInvalid ? 3 : 2)) {
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    if (document.errors.length) throw new Error(`${file}: ${document.errors[0].message}`);
    const object = document.toJS();
    if (!object) continue;
    objects++;
    const name = `${file}: ${object.kind} ${object.metadata?.name}`;
    const custom = customResources.get(`${object.apiVersion}/${object.kind}`);
    const errors = object.metadata?.name ? [] : ['metadata.name is missing'];
    errors.push(...(custom ? validateCustom(custom, object) : await validateCore(object)));
    errors.push(...internalPathsRouted(object));
    for (const error of errors) console.error(`${name}: ${error}`);
    failures += errors.length ? 1 : 0;
  }
}
console.log(`${objects} objects checked, ${failures} invalid`);
const passed = objects > 0 && (eachInvalid ? failures === objects : failures === 0);
process.exit(passed ? 0 : 1);

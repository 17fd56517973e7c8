import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';

const CONTRACT = join(__dirname, '../../../../libs/shared/api-contract');
const API_ONLY_RESPONSES = join(__dirname, 'api-only-responses.ts');
/** The generated, committed file: `npm run contract:schemas` rewrites it; a unit test fails when it is stale. */
export const CONTRACT_SCHEMAS_FILE = join(__dirname, 'contract-schemas.ts');

/** A generic instance's name (`ImportResultDto<OrgUnitChange>`) as a valid component name. */
const componentName = (name: string) => name.replace(/[^\w.-]+/g, '_').replace(/_$/, '');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Null in OpenAPI 3.0, which has no null type: `nullable` needs a `type` beside it (and validators such
 * as ajv insist), and the one-value enum keeps anything but null out.
 */
const NULL: Json = { type: 'object', nullable: true, enum: [null] };

const isNull = (schema: Json) => (schema as { type?: Json }).type === 'null';
const hasOneType = (schema: Json) => typeof (schema as { type?: Json }).type === 'string';

/**
 * A JSON Schema rewritten as an OpenAPI 3.0 schema object (the document is OpenAPI 3.0): references
 * point into components.schemas, `null` becomes `nullable` (or NULL), `const` a one-value `enum`.
 */
function toOpenApi(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(toOpenApi);
  if (schema === null || typeof schema !== 'object') return schema;
  if (isNull(schema)) return NULL;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string') {
      out[key] =
        `#/components/schemas/${componentName(decodeURIComponent(value.replace('#/definitions/', '')))}`;
    } else if (key === 'const') {
      out['enum'] = [value];
    } else if (key === 'type' && Array.isArray(value)) {
      const types = value.filter((t) => t !== 'null');
      if (types.length === 1) out['type'] = types[0];
      else out['anyOf'] = types.map((type) => ({ type }));
      if (types.length < value.length) {
        if (types.length === 1) out['nullable'] = true;
        else (out['anyOf'] as Json[]).push(NULL);
      }
    } else if (key === 'enum' && Array.isArray(value) && value.includes(null)) {
      out['enum'] = value;
      out['nullable'] = true;
    } else if ((key === 'anyOf' || key === 'oneOf') && Array.isArray(value) && value.some(isNull)) {
      const rest = value.filter((s) => !isNull(s)).map(toOpenApi);
      if (rest.length === 1 && hasOneType(rest[0])) {
        Object.assign(out, rest[0], { nullable: true });
        const values = (rest[0] as { enum?: Json[] }).enum;
        if (values) out['enum'] = [...values, null];
      } else {
        out[key] = [...rest, NULL];
      }
    } else {
      out[key] = toOpenApi(value);
    }
  }
  return out;
}

/** The type names a file exports: `export interface X`, `export type X =`, `export type { X, Y } from`. */
function exportedNames(source: string): string[] {
  const declared = [...source.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
  const reexported = [...source.matchAll(/^export type \{([^}]+)\}/gm)].flatMap((m) =>
    m[1].split(',').map((name) => name.trim()),
  );
  return [...declared, ...reexported].filter(Boolean);
}

/**
 * Every exported type of libs/shared/api-contract (and of api-only-responses.ts) as an OpenAPI schema,
 * by component name.
 */
export function contractSchemas(): Record<string, Json> {
  const options = (path: string, tsconfig: string) => ({
    path,
    tsconfig,
    expose: 'export' as const,
    // Each named type is a definition of its own, not only the types it references.
    topRef: true,
    jsDoc: 'extended' as const,
    additionalProperties: false,
    sortProps: true,
    skipTypeCheck: true,
  });
  const contract =
    createGenerator(
      options(join(CONTRACT, 'src/index.ts'), join(CONTRACT, 'tsconfig.lib.json')),
    ).createSchema('*').definitions ?? {};
  // Type by type: `*` would also take in every type the re-exported files declare (services and all).
  const apiOnly = createGenerator(
    options(API_ONLY_RESPONSES, join(__dirname, '../../tsconfig.app.json')),
  );
  const definitions = { ...contract };
  for (const name of exportedNames(readFileSync(API_ONLY_RESPONSES, 'utf8'))) {
    Object.assign(definitions, apiOnly.createSchema(name).definitions);
  }
  return Object.fromEntries(
    Object.keys(definitions)
      .sort()
      .map((name) => [componentName(name), toOpenApi(definitions[name] as Json)]),
  );
}

/** The generated file's text, before formatting (write-contract-schemas.ts formats it with Prettier). */
export function contractSchemasSource(): string {
  const schemas = contractSchemas();
  const names = Object.keys(schemas);
  return [
    '// Generated from libs/shared/api-contract by `npm run contract:schemas`',
    '// (apps/api/src/openapi/contract-schemas.generator.ts); do not edit.',
    'import type {',
    '  ReferenceObject,',
    '  SchemaObject,',
    "} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';",
    '',
    `export type ContractSchemaName = ${names.map((n) => `'${n}'`).join(' | ')};`,
    '',
    `export const CONTRACT_SCHEMAS: Record<ContractSchemaName, SchemaObject | ReferenceObject> = ${JSON.stringify(schemas)};`,
    '',
  ].join('\n');
}

import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { createGenerator } from 'ts-json-schema-generator';

const CONTRACT = join(__dirname, '../../../../libs/shared/api-contract');
/** The generated, committed file: `npm run contract:schemas` rewrites it; a unit test fails when it is stale. */
export const CONTRACT_SCHEMAS_FILE = join(__dirname, 'contract-schemas.ts');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A JSON Schema rewritten as an OpenAPI 3.0 schema object (the document is OpenAPI 3.0): references
 * point into components.schemas, `null` becomes `nullable`, `const` becomes a one-value `enum`.
 */
function toOpenApi(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(toOpenApi);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string') {
      out[key] = value.replace('#/definitions/', '#/components/schemas/');
    } else if (key === 'const') {
      out['enum'] = [value];
    } else if (key === 'type' && Array.isArray(value)) {
      const types = value.filter((t) => t !== 'null');
      if (types.length === 1) out['type'] = types[0];
      else out['anyOf'] = types.map((type) => ({ type }));
      if (types.length < value.length) out['nullable'] = true;
    } else if (key === 'enum' && Array.isArray(value) && value.includes(null)) {
      out['enum'] = value.filter((v) => v !== null);
      out['nullable'] = true;
    } else if (
      (key === 'anyOf' || key === 'oneOf') &&
      Array.isArray(value) &&
      value.some((s) => (s as { type?: Json }).type === 'null')
    ) {
      const rest = value.filter((s) => (s as { type?: Json }).type !== 'null');
      // A reference takes no siblings in OpenAPI 3.0: it is wrapped to carry `nullable`.
      if (rest.length === 1 && (rest[0] as { $ref?: Json }).$ref)
        out['allOf'] = [toOpenApi(rest[0])];
      else if (rest.length === 1) Object.assign(out, toOpenApi(rest[0]));
      else out[key] = rest.map(toOpenApi);
      out['nullable'] = true;
    } else {
      out[key] = toOpenApi(value);
    }
  }
  return out;
}

/** The generated file's text: every exported type of libs/shared/api-contract as an OpenAPI schema. */
export async function contractSchemasSource(): Promise<string> {
  const generated = createGenerator({
    path: join(CONTRACT, 'src/index.ts'),
    tsconfig: join(CONTRACT, 'tsconfig.lib.json'),
    type: '*',
    expose: 'export',
    // With `type: '*'`, topRef keeps the exported types themselves, not only the types they reference.
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: false,
    sortProps: true,
    skipTypeCheck: true,
  }).createSchema('*');
  const definitions = generated.definitions ?? {};
  const names = Object.keys(definitions).sort();
  const schemas = Object.fromEntries(
    names.map((name) => [name, toOpenApi(definitions[name] as Json)]),
  );
  const source = [
    '// Generated from libs/shared/api-contract by `npm run contract:schemas`',
    '// (apps/api/src/openapi/contract-schemas.generator.ts); do not edit.',
    "import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';",
    '',
    `export type ContractSchemaName = ${names.map((n) => `'${n}'`).join(' | ')};`,
    '',
    `export const CONTRACT_SCHEMAS: Record<ContractSchemaName, SchemaObject> = ${JSON.stringify(schemas)};`,
    '',
  ].join('\n');
  const options = await resolveConfig(CONTRACT_SCHEMAS_FILE);
  return format(source, { ...options, filepath: CONTRACT_SCHEMAS_FILE });
}

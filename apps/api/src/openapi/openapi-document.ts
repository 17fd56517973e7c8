import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  OperationObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { SESSION_COOKIE } from '../modules/auth';
import {
  CONTRACT_RESPONSE,
  FILE_RESPONSE,
  type ContractResponse,
  PUBLIC_OPERATION,
  type Shape,
} from './api-decorators';
import { CONTRACT_SCHEMAS } from './contract-schemas';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function contractSchema(
  name: ContractResponse['name'],
  shape: Shape,
): SchemaObject | ReferenceObject {
  const one = Array.isArray(name) ? { oneOf: name.map(ref) } : ref(name);
  if (shape === 'one') return one;
  if (shape === 'array') return { type: 'array', items: one };
  return {
    type: 'object',
    required: ['items', 'total', 'page', 'pageSize'],
    properties: {
      items: { type: 'array', items: one },
      total: { type: 'integer' },
      page: { type: 'integer' },
      pageSize: { type: 'integer' },
    },
  };
}

/** The body schema of a non-JSON answer: text for CSV and iCalendar, bytes for the rest. */
const fileSchema = (mediaType: string): SchemaObject =>
  mediaType.startsWith('text/') ? { type: 'string' } : { type: 'string', format: 'binary' };

/** The error answers, all with the shape of common/http-exception.filter.ts (ApiError in the contract). */
const ERRORS = {
  400: 'The request is malformed or a value is invalid (details lists the fields)',
  401: 'No valid session: sign in first',
  403: 'Signed in, but not allowed to do this',
  404: 'No such resource, or not visible to you',
  409: 'The change conflicts with stored data: a stale version, a refused transition, a duplicate',
  413: 'The request body is too large',
  415: 'The request body has a content type this route does not accept',
  429: 'Too many requests: wait for Retry-After seconds',
} as const;
type ErrorStatus = keyof typeof ERRORS;

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Which errors an operation can answer with, from what it takes and who may call it
 * (docs/development.md, "The OpenAPI document").
 */
function errorsOf(
  path: string,
  method: string,
  op: OperationObject,
  isPublic: boolean,
): ErrorStatus[] {
  const statuses: ErrorStatus[] = [];
  if (op.parameters?.length || op.requestBody) statuses.push(400);
  if (!isPublic) statuses.push(401, 403);
  if (path.includes('{')) statuses.push(404);
  if (WRITES.has(method)) statuses.push(409);
  if (op.requestBody) statuses.push(413, 415);
  if (WRITES.has(method)) statuses.push(429);
  return statuses;
}

/**
 * Nest's document plus what its scanner cannot read: the contract's schemas and each operation's
 * reference to one, the session requirement (all but public operations), the error answers and the
 * schemas of file answers.
 */
export function completeDocument(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  for (const name of Object.keys(CONTRACT_SCHEMAS)) {
    if (schemas[name]) throw new Error(`OpenAPI: a DTO class has the contract's name ${name}`);
  }
  const responses: Record<string, ResponseObject> = {};
  for (const [status, description] of Object.entries(ERRORS)) {
    responses[`Error${status}`] = {
      description,
      content: { 'application/json': { schema: ref('ApiError') } },
    };
  }
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item) as [string, OperationObject][]) {
      const extensions = op as unknown as Record<string, unknown>;
      const contract = extensions[CONTRACT_RESPONSE] as ContractResponse | undefined;
      const files = (extensions[FILE_RESPONSE] as string[] | undefined) ?? [];
      const isPublic = extensions[PUBLIC_OPERATION] === true;
      delete extensions[CONTRACT_RESPONSE];
      delete extensions[FILE_RESPONSE];
      delete extensions[PUBLIC_OPERATION];
      if (isPublic) op.security = [];
      const [status, success] = Object.entries(op.responses).find(([s]) => s.startsWith('2')) as [
        string,
        ResponseObject,
      ];
      if (!contract && !files.length && status !== '204') {
        throw new Error(`OpenAPI: ${method.toUpperCase()} ${path} declares no response schema`);
      }
      // Replaces what Nest read from the return type (an empty object for a contract interface).
      success.content = Object.fromEntries([
        ...(contract
          ? [['application/json', { schema: contractSchema(contract.name, contract.shape) }]]
          : []),
        ...files.map((type) => [type, { schema: fileSchema(type) }]),
      ]);
      if (status === '204') delete success.content;
      for (const error of errorsOf(path, method, op, isPublic)) {
        op.responses[error] = { $ref: `#/components/responses/Error${error}` };
      }
    }
  }
  document.components = {
    ...document.components,
    schemas: { ...schemas, ...CONTRACT_SCHEMAS },
    responses: { ...document.components?.responses, ...responses },
  };
  return document;
}

/** The OpenAPI document of the app's routes (served at /api/docs and /api/docs-json). */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tiltak API')
      .setDescription(
        'Follow-up of work-environment surveys: cases, action plans, deadlines and escalation.',
      )
      .setVersion('0.1')
      .setLicense('MIT', 'https://opensource.org/licenses/MIT')
      // Paths carry their /api prefix: the server is the installation itself.
      .addServer('/')
      .addCookieAuth(SESSION_COOKIE)
      .addSecurityRequirements('cookie')
      .build(),
  );
  return completeDocument(document);
}

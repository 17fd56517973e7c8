import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import SCIMMY from 'scimmy';
import type { AppConfig } from '../../config/app-config';
import { declareScimResources, type ScimContext } from './scim-resources';
import { scimError, type ScimService } from './scim.service';

/** SCIM lives beside the API, not under /api: clients are configured with this base URL. */
export const SCIM_PREFIX = '/scim/v2';
const SCIM_JSON = 'application/scim+json; charset=utf-8';

type Query = Record<string, string | undefined>;
/** The part of scimmy's resource classes used here; its own types are generic over each schema class. */
interface ScimResource {
  read(ctx?: unknown): Promise<unknown>;
  write(instance: unknown, ctx?: unknown): Promise<unknown>;
  patch(message: unknown, ctx?: unknown): Promise<unknown>;
  dispose(ctx?: unknown): Promise<void>;
}
type ResourceClass = (new (idOrConfig?: string | object, config?: object) => ScimResource) & {
  endpoint: string;
};
const resource = (r: unknown) => r as ResourceClass;

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * The SCIM 2.0 endpoints as a Fastify plugin of their own: bearer-token authentication instead of
 * the session cookie (so neither the session guard nor CSRF checks apply), JSON and SCIM JSON bodies
 * parsed here so that a malformed body gets a SCIM error, and every error in SCIM's format.
 */
export function scimRoutes(config: AppConfig, scim: ScimService) {
  declareScimResources();
  return async (app: FastifyInstance): Promise<void> => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(
      ['application/json', 'application/scim+json'],
      { parseAs: 'string' },
      (_req, body, done) => done(null, body),
    );

    app.setErrorHandler((error: { statusCode?: number; message: string }, _req, reply) => {
      const status =
        error.statusCode && error.statusCode >= 400 && error.statusCode < 500
          ? error.statusCode
          : 500;
      void send(
        reply,
        status,
        errorBody(
          scimError(
            status,
            status === 400 ? 'invalidSyntax' : null,
            status === 500 ? 'Internal error' : error.message,
          ),
        ),
      );
    });

    app.setNotFoundHandler((req, reply) => {
      void send(
        reply,
        404,
        errorBody(
          scimError(404, null, `${req.method} ${req.url.split('?')[0]}: no such SCIM endpoint`),
        ),
      );
    });

    app.addHook('onRequest', async (req, reply) => {
      if (!config.scimToken)
        return send(
          reply,
          404,
          errorBody(scimError(404, null, 'SCIM provisioning is not enabled on this installation')),
        );
      const [scheme, token] = (req.headers.authorization ?? '').split(' ');
      if (
        scheme?.toLowerCase() !== 'bearer' ||
        !token ||
        !timingSafeEqual(digest(token), digest(config.scimToken))
      ) {
        void reply.header('www-authenticate', 'Bearer realm="tiltak-scim"');
        return send(
          reply,
          401,
          errorBody(
            scimError(401, null, 'Authorization: a valid bearer token (SCIM_TOKEN) is required'),
          ),
        );
      }
      // Resource locations in responses point at this installation's public address.
      const base = `${config.publicUrl.replace(/\/$/, '')}${SCIM_PREFIX}`;
      for (const r of [
        SCIMMY.Resources.User,
        SCIMMY.Resources.Group,
        SCIMMY.Resources.Schema,
        SCIMMY.Resources.ResourceType,
        SCIMMY.Resources.ServiceProviderConfig,
      ])
        r.basepath(base);
      return undefined;
    });

    const context = (em: ScimContext['em'], req: FastifyRequest): ScimContext => ({
      scim,
      em,
      requestId: String(req.id),
    });

    app.get('/ServiceProviderConfig', (_req, reply) =>
      handle(reply, 200, () => new (resource(SCIMMY.Resources.ServiceProviderConfig))().read()),
    );
    app.get('/Schemas', (req, reply) =>
      handle(reply, 200, () => new (resource(SCIMMY.Resources.Schema))(params(req)).read()),
    );
    app.get<{ Params: { id: string } }>('/Schemas/:id', (req, reply) =>
      handle(reply, 200, () =>
        new (resource(SCIMMY.Resources.Schema))(req.params.id, params(req)).read(),
      ),
    );
    app.get('/ResourceTypes', (req, reply) =>
      handle(reply, 200, () => new (resource(SCIMMY.Resources.ResourceType))(params(req)).read()),
    );
    app.get<{ Params: { id: string } }>('/ResourceTypes/:id', (req, reply) =>
      handle(reply, 200, () =>
        new (resource(SCIMMY.Resources.ResourceType))(req.params.id, params(req)).read(),
      ),
    );

    for (const [Resource, kind] of [
      [resource(SCIMMY.Resources.User), 'user'],
      [resource(SCIMMY.Resources.Group), 'group'],
    ] as const) {
      const path = Resource.endpoint;
      app.get(path, (req, reply) =>
        handle(reply, 200, () =>
          scim.inTransaction(null, (em) =>
            new Resource(undefined, params(req)).read(context(em, req)),
          ),
        ),
      );
      app.get<{ Params: { id: string } }>(`${path}/:id`, (req, reply) =>
        handle(reply, 200, () =>
          scim.inTransaction(null, (em) =>
            new Resource(req.params.id, params(req)).read(context(em, req)),
          ),
        ),
      );
      app.post(path, (req, reply) =>
        handle(reply, 201, () =>
          scim.inTransaction(null, (em) =>
            new Resource(undefined, params(req)).write(body(req), context(em, req)),
          ),
        ),
      );
      app.put<{ Params: { id: string } }>(`${path}/:id`, (req, reply) =>
        handle(reply, 200, () =>
          scim.inTransaction(`${kind}:${req.params.id}`, (em) =>
            new Resource(req.params.id, params(req)).write(body(req), context(em, req)),
          ),
        ),
      );
      // PATCH reads, applies the operations and writes back: the lock spans all three.
      app.patch<{ Params: { id: string } }>(`${path}/:id`, (req, reply) =>
        handle(reply, 200, () =>
          scim.inTransaction(`${kind}:${req.params.id}`, (em) =>
            new Resource(req.params.id, params(req)).patch(
              patchMessage(body(req)),
              context(em, req),
            ),
          ),
        ),
      );
      app.delete<{ Params: { id: string } }>(`${path}/:id`, (req, reply) =>
        handle(reply, 204, () =>
          scim.inTransaction(`${kind}:${req.params.id}`, (em) =>
            new Resource(req.params.id).dispose(context(em, req)),
          ),
        ),
      );
    }

    async function handle(
      reply: FastifyReply,
      status: number,
      work: () => Promise<unknown>,
    ): Promise<FastifyReply> {
      let result: unknown;
      try {
        result = await work();
      } catch (error) {
        const scimErr = scim.toScimError(error);
        return send(reply, scimErr.status, errorBody(scimErr));
      }
      if (status === 204 || result === undefined) return reply.code(204).send();
      const location = (result as { meta?: { location?: string } }).meta?.location;
      if (status === 201 && location) void reply.header('location', location);
      return send(reply, status, result);
    }
  };
}

function send(reply: FastifyReply, status: number, payload: unknown): FastifyReply {
  return reply.code(status).header('content-type', SCIM_JSON).send(JSON.stringify(payload));
}

/** RFC 7644 §3.12 error body, built here because scimmy's message class refuses statuses such as 415. */
function errorBody(error: InstanceType<typeof SCIMMY.Types.Error>): object {
  return {
    schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
    status: String(error.status),
    ...(error.scimType ? { scimType: error.scimType } : {}),
    detail: error.message,
  };
}

/** Query parameters as scimmy wants them: paging numbers as numbers. */
function params(req: FastifyRequest): {
  filter?: string;
  attributes?: string;
  excludedAttributes?: string;
  startIndex?: number;
  count?: number;
} {
  const q = req.query as Query;
  const number = (name: string): number | undefined => {
    const raw = q[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value))
      throw scimError(400, 'invalidValue', `${name}: must be a whole number, got "${raw}"`);
    return value;
  };
  const all = {
    filter: q['filter'],
    attributes: q['attributes'],
    excludedAttributes: q['excludedAttributes'],
    startIndex: number('startIndex'),
    count: number('count'),
  };
  // scimmy refuses keys that are present but undefined.
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
}

/** The raw body parsed as JSON; a body that is not JSON is SCIM's invalidSyntax, not a 500. */
function body(req: FastifyRequest): unknown {
  const raw = req.body;
  if (raw === undefined || raw === null || raw === '') return undefined;
  let parsed: unknown;
  try {
    // A "__proto__" key would become the prototype of the object scimmy copies the resource into.
    parsed = JSON.parse(String(raw), (key, value: unknown) => {
      if (key === '__proto__') throw new SyntaxError('__proto__');
      return value;
    });
  } catch (error) {
    throw scimError(
      400,
      'invalidSyntax',
      (error as Error).message === '__proto__'
        ? 'body: "__proto__" is not an attribute'
        : 'body: not valid JSON',
    );
  }
  return parsed;
}

/**
 * Entra ID sends `"value": "False"` for `active` (a string) unless the app is created with its
 * SCIM-compliance flag; RFC 7644 wants a boolean. Accept both rather than refuse the directory's update.
 */
function patchMessage(message: unknown): unknown {
  const m = message as { Operations?: unknown };
  if (m && Array.isArray(m.Operations)) {
    for (const op of m.Operations as { path?: unknown; value?: unknown }[]) {
      if (!op || typeof op !== 'object') continue;
      if (
        typeof op.path === 'string' &&
        op.path.toLowerCase() === 'active' &&
        typeof op.value === 'string'
      )
        op.value = booleanText(op.value);
      if (
        op.path === undefined &&
        op.value &&
        typeof op.value === 'object' &&
        typeof (op.value as { active?: unknown }).active === 'string'
      ) {
        const v = op.value as { active: unknown };
        v.active = booleanText(v.active as string);
      }
    }
  }
  return message;
}

function booleanText(value: string): boolean | string {
  return value.toLowerCase() === 'true' ? true : value.toLowerCase() === 'false' ? false : value;
}

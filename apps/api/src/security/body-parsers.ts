import type { FastifyInstance, FastifyRequest } from 'fastify';
import secureJson from 'secure-json-parse';
import { apiError } from './http-errors';
import { checkJsonValue, jsonTooDeep, MAX_JSON_DEPTH } from './input-check';

/** JSON bodies are small: the largest field is a 20,000-character page. */
export const JSON_BODY_LIMIT = 128 * 1024;

/** Routes that take more: the speak-up page holds two long Markdown texts. */
const LARGER_BODIES: { prefix: string; limit: number }[] = [
  { prefix: '/api/content/', limit: 512 * 1024 },
];

export function jsonLimitFor(url: string): number {
  return LARGER_BODIES.find((r) => url.startsWith(r.prefix))?.limit ?? JSON_BODY_LIMIT;
}

/**
 * Only JSON is parsed (the import routes add their file types themselves): no form or text bodies, so a
 * cross-site HTML form cannot reach a handler. Any other content type is a 415 naming it. The raw text is
 * checked for nesting depth before it is parsed, the parsed value for lone surrogates and control characters.
 */
export function registerJsonOnly(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  const maxLimit = Math.max(JSON_BODY_LIMIT, ...LARGER_BODIES.map((r) => r.limit));
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: maxLimit },
    (req: FastifyRequest, text: string | Buffer, done) => {
      const body = String(text);
      const limit = jsonLimitFor(req.url);
      if (Buffer.byteLength(body) > limit)
        return done(apiError(413, 'body', `body is larger than ${limit} bytes`));
      if (body.trim() === '') return done(null, undefined);
      if (jsonTooDeep(body))
        return done(apiError(400, 'body', `body is nested deeper than ${MAX_JSON_DEPTH} levels`));
      let parsed: unknown;
      try {
        parsed = secureJson.parse(body, undefined, {
          protoAction: 'error',
          constructorAction: 'error',
        });
      } catch (error) {
        return done(apiError(400, 'body', `body is not valid JSON: ${(error as Error).message}`));
      }
      const problem = checkJsonValue(parsed);
      if (problem) return done(apiError(400, problem.field, problem.problem));
      done(null, parsed);
    },
  );
}

/** Query strings get the same text check as bodies: a lone surrogate or NUL in a filter is a 400. */
export function checkQuery(req: FastifyRequest): void {
  const problem = checkJsonValue(req.query, null);
  if (problem) throw apiError(400, problem.field, problem.problem.replace(/^body/, 'query'));
}

import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { SESSION_COOKIE } from '../modules/auth';
import { UNSAFE_METHODS } from './csrf';
import { apiError } from './http-errors';

/** Sign-in routes, limited per client IP (dev login, and the OpenID Connect login and callback). */
export const SIGN_IN_PATHS = ['/api/auth/dev-login', '/api/auth/login', '/api/auth/callback'];

const pathOf = (req: FastifyRequest) => req.url.split('?')[0];

/**
 * Two limits, both answered with 429 and Retry-After: sign-in attempts per IP, and state-changing requests
 * per session (per IP without a session). Counted in the process's memory: one counter per instance.
 */
export async function registerRateLimits(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> {
  await app.register(rateLimit, { global: false });
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  const timeWindow = config.rateLimitWindowSeconds * 1000;
  const errorResponseBuilder =
    (what: string) => (_req: FastifyRequest, context: { after: string; ttl: number }) =>
      apiError(
        429,
        what,
        `Too many ${what} in a short time; try again in ${Math.max(1, Math.ceil(context.ttl / 1000))} seconds`,
      );
  const signIn = fastify.rateLimit({
    max: config.rateLimitSignIn,
    timeWindow,
    keyGenerator: (req) => `sign-in:${req.ip}`,
    errorResponseBuilder: errorResponseBuilder('sign-in attempts'),
  });
  const writes = fastify.rateLimit({
    max: config.rateLimitWrites,
    timeWindow,
    keyGenerator: (req) => {
      const session = req.cookies?.[SESSION_COOKIE];
      return session
        ? `write:${createHash('sha256').update(session).digest('hex')}`
        : `write-ip:${req.ip}`;
    },
    errorResponseBuilder: errorResponseBuilder('changes'),
  });
  fastify.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const path = pathOf(req);
    if (SIGN_IN_PATHS.includes(path)) await signIn.call(fastify, req, reply);
    else if (UNSAFE_METHODS.has(req.method) && path.startsWith('/api/'))
      await writes.call(fastify, req, reply);
  });
}

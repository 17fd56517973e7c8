import fastifyCookie from '@fastify/cookie';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { checkQuery, registerJsonOnly } from './body-parsers';
import { csrfGuard } from './csrf';
import { registerRateLimits } from './rate-limits';
import { registerSecurityHeaders } from './security-headers';

/**
 * Everything between the socket and the handlers, in order: cookies, security headers, rate limits,
 * the CSRF guard, JSON-only body parsing with depth and text checks, and the same text check on queries.
 */
export async function registerSecurity(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> {
  await app.register(fastifyCookie);
  await registerSecurityHeaders(app, config);
  await registerRateLimits(app, config);
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.addHook('onRequest', csrfGuard(config));
  fastify.addHook('preValidation', async (req) => checkQuery(req));
  registerJsonOnly(fastify);
}

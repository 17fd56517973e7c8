import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { apiError } from './http-errors';

/** Angular HttpClient's defaults (withXsrfConfiguration): it reads this cookie and echoes it in this header. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';

export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const TOKEN = /^[\w-]{16,128}$/;

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The origins allowed to send writes: PUBLIC_URL's. On this machine (a loopback PUBLIC_URL, as in the
 * embedded default) the other loopback names with the same port count too: http://127.0.0.1:3000 is the
 * same Tiltak as http://localhost:3000.
 */
export function allowedOrigins(publicUrl: string): Set<string> {
  const url = new URL(publicUrl);
  const origins = new Set([url.origin]);
  if (LOOPBACK.includes(url.hostname)) {
    for (const host of LOOPBACK)
      origins.add(`${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`);
  }
  return origins;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Cross-site request forgery defence, in three layers, for every state-changing request:
 * a foreign `Origin` or `Sec-Fetch-Site: cross-site` is refused; under /api the `X-XSRF-TOKEN` header must
 * equal the `XSRF-TOKEN` cookie (double submit: another site can neither read the cookie nor set the
 * header). Dev login and sign-out are included, which closes login CSRF. An `Authorization` header skips
 * nothing: sessions under /api are cookies whatever else a request carries (SCIM's bearer clients live
 * outside /api). Every response without a valid cookie sets a new one.
 */
export function csrfGuard(config: AppConfig) {
  const ownOrigin = new URL(config.publicUrl).origin;
  const allowed = allowedOrigins(config.publicUrl);
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const cookie = req.cookies?.[XSRF_COOKIE];
    if (!cookie || !TOKEN.test(cookie)) {
      void reply.setCookie(XSRF_COOKIE, randomBytes(32).toString('base64url'), {
        path: '/',
        httpOnly: false,
        sameSite: 'lax',
        secure: config.secureCookies,
      });
    }
    if (!UNSAFE_METHODS.has(req.method)) return;
    const origin = req.headers.origin;
    if (origin !== undefined && !allowed.has(origin)) {
      throw apiError(
        403,
        'Origin',
        `Origin ${origin} may not send ${req.method} requests here (only ${ownOrigin})`,
      );
    }
    if (req.headers['sec-fetch-site'] === 'cross-site') {
      throw apiError(
        403,
        'Sec-Fetch-Site',
        'Cross-site requests may not change anything (Sec-Fetch-Site: cross-site)',
      );
    }
    if (!req.url.startsWith('/api/')) return;
    const header = req.headers[XSRF_HEADER];
    if (typeof header !== 'string' || !cookie || !TOKEN.test(cookie) || !same(header, cookie)) {
      throw apiError(
        403,
        'X-XSRF-TOKEN',
        `The X-XSRF-TOKEN header must repeat the ${XSRF_COOKIE} cookie on ${req.method} requests`,
      );
    }
  };
}

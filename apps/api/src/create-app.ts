import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join, relative } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import type { Clock } from './common/clock';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { JSON_BODY_LIMIT } from './security/body-parsers';
import { createOpenApiDocument } from './openapi/openapi-document';
import { registerSecurity } from './security/register-security';
import { SESSION_COOKIE, SessionService } from './modules/auth';
import { SCIM_PREFIX, scimRoutes, ScimService } from './modules/scim';

function listFiles(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => '/' + relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
  return new Set(files);
}

/** Angular's content-hashed output (main-EWDWUZYE.js, chunk-…, styles-…, media/…): a new build, a new name. */
const HASHED = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

/** Hashed files never change under their name; everything else (index.html, i18n, favicon) is revalidated. */
function cacheControlOf(path: string): string {
  // `path` is the file sent: for a precompressed answer, its .br or .gz copy.
  return HASHED.test(path.replace(/\.(br|gz)$/, ''))
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

/** The configured Nest application: the API under /api, OpenAPI at /api/docs, the web app at /. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  opts: { logger?: false; clock?: Clock } = {},
): Promise<NestFastifyApplication> {
  const webFiles = listFiles(config.webDistDir);
  const adapter = new FastifyAdapter({
    trustProxy: config.trustProxy,
    bodyLimit: JSON_BODY_LIMIT,
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    // The web app is a single-page app: its deep links get index.html; a missing file (a last path
    // segment with a dot, e.g. /robots.txt) stays a 404.
    rewriteUrl: (req: IncomingMessage) => {
      const url = req.url ?? '/';
      const path = url.split('?')[0];
      if (
        req.method !== 'GET' ||
        path.startsWith('/api') ||
        path.startsWith('/scim/') ||
        webFiles.has(path) ||
        !webFiles.has('/index.html')
      )
        return url;
      if (path.slice(path.lastIndexOf('/')).includes('.')) return url;
      return '/index.html';
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl, opts.clock),
    adapter,
    {
      logger: opts.logger === false ? false : ['log', 'warn', 'error'],
      // Only JSON is parsed (registerSecurity): Nest's own parsers would add form bodies.
      bodyParser: false,
    },
  );
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  await registerSecurity(app, config);
  // Outside /api and outside the cookie session: SCIM clients authenticate with SCIM_TOKEN (docs/scim.md).
  await app.register(scimRoutes(config, app.get(ScimService)), { prefix: SCIM_PREFIX });
  if (webFiles.size) {
    // Loaded only when there is a web app to serve (it pulls in ES-module-only dependencies).
    const { default: fastifyStatic } = await import('@fastify/static');
    await app.register(fastifyStatic, {
      root: config.webDistDir,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // The .br/.gz copies written at build time (apps/web/scripts/precompress.mjs), when the browser takes them.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => reply.header('cache-control', cacheControlOf(path)),
    });
  }
  if (config.authMode === 'oidc') {
    // The API's map is for signed-in users only in a real installation.
    const sessions = app.get(SessionService);
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRequest', async (req, reply) => {
        if (!/^\/api\/docs(?:-json)?(?:[/?]|$)/.test(req.url)) return;
        const token = req.cookies?.[SESSION_COOKIE];
        if (token && (await sessions.resolve(token, String(req.id)))) return;
        await reply.code(401).send({
          statusCode: 401,
          error: 'Unauthorized',
          message: 'Sign in first: the API documentation is for signed-in users',
        });
      });
  }
  const document = createOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await app.init();
  return app;
}

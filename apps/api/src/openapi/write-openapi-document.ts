import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module';
import type { AppConfig } from '../config/app-config';
import { createOpenApiDocument } from './openapi-document';

/**
 * `node dist/apps/api/main.js --openapi <file>`: the document the server would serve, written without a
 * database. Preview mode builds the module graph and reads the routes without instantiating providers,
 * so nothing connects; the database URL is never dialled.
 */
export async function writeOpenApiDocument(config: AppConfig, file: string): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, 'postgres://unused@127.0.0.1:1/unused'),
    new FastifyAdapter(),
    { preview: true, logger: ['error'] },
  );
  app.setGlobalPrefix('api');
  writeFileSync(file, JSON.stringify(createOpenApiDocument(app), null, 2) + '\n');
  await app.close();
}

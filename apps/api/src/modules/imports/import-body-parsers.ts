import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { CSV_TYPE, MAX_IMPORT_BYTES, XLSX_TYPE } from './import-file';

/**
 * Import files come as the raw request body (no multipart): CSV and XLSX bodies reach the handler as
 * a Buffer, up to MAX_IMPORT_BYTES; every other route takes JSON only, within its own limit (security/body-parsers.ts).
 */
@Injectable()
export class ImportBodyParsers implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify?.addContentTypeParser) return;
    for (const type of [CSV_TYPE, XLSX_TYPE]) {
      if (fastify.hasContentTypeParser(type)) continue;
      fastify.addContentTypeParser(
        type,
        { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
        (_req, body, done) => done(null, body),
      );
    }
  }
}

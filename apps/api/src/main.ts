import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { osloDate } from '@tiltak/shared/domain';
import { loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { prepareDatabase } from './database/prepare-database';
import { writeOpenApiDocument } from './openapi/write-openapi-document';

async function main(): Promise<void> {
  const logger = new Logger('Tiltak');
  const config = loadConfig();
  // `node main.js --openapi <file>`: the OpenAPI document, written without a database, then exit.
  const openApiFile = process.argv[process.argv.indexOf('--openapi') + 1];
  if (process.argv.includes('--openapi') && openApiFile) {
    await writeOpenApiDocument(config, openApiFile);
    logger.log(`Wrote the OpenAPI document to ${openApiFile}`);
    return;
  }
  // `node main.js --migrate-only`: migrations, grants and the demo data (if SEED_DEMO), then exit.
  const migrateOnly = process.argv.includes('--migrate-only');
  let embedded: EmbeddedDatabase | null = null;
  const stopEmbedded = async () => {
    await embedded?.stop();
    embedded = null;
  };
  try {
    let databaseUrl = config.databaseUrl;
    let ownerUrl = config.databaseOwnerUrl ?? databaseUrl;
    if (!databaseUrl) {
      logger.log(`No DATABASE_URL: starting the embedded PostgreSQL in ${config.dataDir}`);
      embedded = await startEmbeddedPostgres({
        dir: join(config.dataDir, 'pg'),
        port: config.embeddedPgPort,
        database: 'tiltak',
        persistent: true,
        rolesFile: join(config.dataDir, 'pg-roles.json'),
        log: (line) => logger.warn(line),
      });
      databaseUrl = embedded.url;
      ownerUrl = embedded.ownerUrl;
    }
    // Migrations (and the app role's grants) run as the owner role; the app connects as DATABASE_URL's role.
    await prepareDatabase(ownerUrl ?? databaseUrl, {
      seedDemo: config.seedDemo,
      today: osloDate(new Date()),
      runMigrations: config.runMigrations,
      appUrl: databaseUrl,
      queueSchema: !config.redisUrl,
    });
    if (migrateOnly) {
      logger.log('--migrate-only: the database is prepared; not starting the app');
      await stopEmbedded();
      process.exit(0);
    }
    const app = await createApp(config, databaseUrl);
    // On Ctrl-C or SIGTERM: finish requests and running jobs, then stop the embedded database last.
    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      logger.log(`${signal}: shutting down`);
      await app.close().catch((e) => logger.error(e));
      await stopEmbedded();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    await app.listen(config.port, '0.0.0.0');
    logger.log(
      `Tiltak is running on ${config.publicUrl} (API docs: ${config.publicUrl}/api/docs, auth mode: ${config.authMode})`,
    );
    if (config.authMode === 'dev') {
      logger.warn(
        '*** AUTH_MODE=dev: ANYONE CAN SIGN IN AS ANY USER, ADMIN INCLUDED. For trying Tiltak only; use AUTH_MODE=oidc for real users. ***',
      );
    } else {
      logger.log(
        `Sign-in with OpenID Connect at ${config.oidc?.issuer} (redirect URI ${config.oidc?.redirectUri})`,
      );
    }
  } catch (error) {
    logger.error(error instanceof Error ? error.message : String(error));
    await stopEmbedded();
    process.exit(1);
  }
}

void main();

import { Logger } from '@nestjs/common';
import { generateDemoData, summarise } from '@tiltak/demo-data';
import { runMigrations as runQueueMigrations } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { importDemoData } from '../modules/imports';
import { grantAppRole, QUEUE_SCHEMA, roleOfUrl } from './app-role';
import { dataSourceOptions } from './data-source-options';

/**
 * Runs pending migrations (the application's and BullMQ's PostgreSQL queue schema) as the owner
 * role of `url`, grants the app role (the user of `appUrl`) its rights, and, when asked, loads the
 * synthetic NTNU into an empty database (its units and people through the organisation and people
 * imports). All idempotent: a second start finds nothing to do.
 */
export async function prepareDatabase(
  url: string,
  opts: {
    seedDemo: boolean;
    today: string;
    runMigrations?: boolean;
    /** The app's connection: its role gets its rights (app-role.ts). */
    appUrl?: string;
    /** BullMQ's PostgreSQL schema, for the queue backend used without REDIS_URL (default true). */
    queueSchema?: boolean;
  },
): Promise<void> {
  const logger = new Logger('Database');
  const db = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    if (opts.runMigrations !== false) {
      const ran = await db.runMigrations({ transaction: 'each' });
      if (ran.length)
        logger.log(`Ran ${ran.length} migration(s): ${ran.map((m) => m.name).join(', ')}`);
    }
    if (opts.runMigrations !== false && opts.queueSchema !== false) {
      // BullMQ's own migrations run in one transaction on one connection, serialized by an advisory lock.
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        await runQueueMigrations(client, QUEUE_SCHEMA);
      } finally {
        await client.end();
      }
    }
    if (opts.appUrl && opts.runMigrations !== false) {
      const appRole = roleOfUrl(opts.appUrl);
      await db.transaction(async (em) => {
        await em.query('SELECT pg_advisory_xact_lock(727101)');
        if (await grantAppRole(em, appRole))
          logger.log(`Granted the app role "${appRole}" its rights`);
      });
      const [{ rolsuper }] = await db.query('SELECT rolsuper FROM pg_roles WHERE rolname = $1', [
        appRole,
      ]);
      if (rolsuper)
        logger.warn(
          `The app connects as "${appRole}", a SUPERUSER: give it a role of its own (docs/security-roles.md)`,
        );
    }
    if (!opts.seedDemo) return;
    await db.transaction(async (em) => {
      // One loader at a time, even with several replicas starting together.
      await em.query('SELECT pg_advisory_xact_lock(727100)');
      const [{ users }] = await em.query('SELECT count(*)::int AS users FROM app_user');
      if (users > 0) return;
      const started = Date.now();
      const data = generateDemoData({ seed: 1, scale: 1, today: opts.today });
      // The organisation and people come in through the imports, as a real institution's do.
      await importDemoData(db, em, data, opts.today);
      const counts = Object.entries(summarise(data))
        .map(([k, v]) => `${v} ${k}`)
        .join(', ');
      logger.log(`Loaded demo data in ${Date.now() - started} ms: ${counts}`);
    });
  } finally {
    await db.destroy();
  }
}

import { Logger } from '@nestjs/common';
import { generateDemoData, summarise } from '@tiltak/demo-data';
import { DataSource } from 'typeorm';
import { importDemoData } from '../modules/imports/demo-import';
import { dataSourceOptions } from './data-source-options';

/**
 * Runs pending migrations and, when asked, loads the synthetic NTNU into an empty database (its units
 * and people through the organisation and people imports).
 * Both are idempotent: a second start finds nothing to do.
 */
export async function prepareDatabase(url: string, opts: { seedDemo: boolean; today: string; runMigrations?: boolean }): Promise<void> {
  const logger = new Logger('Database');
  const db = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    if (opts.runMigrations !== false) {
      const ran = await db.runMigrations({ transaction: 'each' });
      if (ran.length) logger.log(`Ran ${ran.length} migration(s): ${ran.map((m) => m.name).join(', ')}`);
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
      const counts = Object.entries(summarise(data)).map(([k, v]) => `${v} ${k}`).join(', ');
      logger.log(`Loaded demo data in ${Date.now() - started} ms: ${counts}`);
    });
  } finally {
    await db.destroy();
  }
}

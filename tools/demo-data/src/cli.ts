/**
 * Loads demo data into an already migrated database, in one transaction:
 *
 *   npx ts-node -P tools/demo-data/tsconfig.app.json -r tsconfig-paths/register tools/demo-data/src/cli.ts \
 *     --scale 10 --seed 1 --today 2026-11-26 --database-url postgres://…
 *
 * `--database-url` defaults to DATABASE_URL, `--today` to today's date in Europe/Oslo.
 */
import { Client } from 'pg';
import { generateDemoData, loadDemoData, summarise } from '@tiltak/demo-data';

interface CliOptions {
  scale: number;
  seed: number;
  today: string;
  databaseUrl: string;
}

function parseArgs(argv: readonly string[]): CliOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (!flag.startsWith('--') || value === undefined)
      throw new Error(`expected "--name value" pairs, got "${flag}"`);
    values.set(flag.slice(2), value);
  }
  const known = ['scale', 'seed', 'today', 'database-url'];
  const unknown = [...values.keys()].filter((k) => !known.includes(k));
  if (unknown.length > 0)
    throw new Error(`unknown option(s): ${unknown.map((k) => `--${k}`).join(', ')}`);
  const databaseUrl = values.get('database-url') ?? process.env['DATABASE_URL'];
  if (!databaseUrl) throw new Error('--database-url (or DATABASE_URL) is required');
  return {
    scale: Number(values.get('scale') ?? 1),
    seed: Number(values.get('seed') ?? 1),
    today:
      values.get('today') ??
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date()),
    databaseUrl,
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const data = generateDemoData(options);
  const generated = performance.now();

  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await loadDemoData(client, data);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
  const loaded = performance.now();

  console.log(
    JSON.stringify({ ...options, databaseUrl: undefined, rows: summarise(data) }, null, 2),
  );
  console.log(
    `generated in ${((generated - started) / 1000).toFixed(1)} s, loaded in ${((loaded - generated) / 1000).toFixed(1)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * A separate worker process for the SIGKILL fault test: the whole app with its BullMQ workers and no
 * crons, configured from the environment. Tells its parent when it is ready.
 */
import { loadConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.databaseUrl) throw new Error('DATABASE_URL is required');
  await createApp(config, config.databaseUrl, { logger: false });
  process.send?.('ready');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

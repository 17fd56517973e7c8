import { setupTestServer } from './test-database';

export default async function globalSetup(): Promise<void> {
  const server = await setupTestServer();
  process.env['TILTAK_TEST_SERVER_URL'] = server.serverUrl;
  process.env['TILTAK_TEST_TEMPLATE'] = server.template;
  (globalThis as { __tiltakTestServer?: typeof server }).__tiltakTestServer = server;
}

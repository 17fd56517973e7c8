import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// The global setup runs outside jest's module system, so the workspace's path aliases are registered here.
const root = join(__dirname, '../../..');
register({ baseUrl: root, paths: require(join(root, 'tsconfig.base.json')).compilerOptions.paths });

export default async function globalSetup(): Promise<void> {
  const { setupTestServer } = await import('./test-database');
  const server = await setupTestServer();
  process.env['TILTAK_TEST_SERVER_URL'] = server.serverUrl;
  process.env['TILTAK_TEST_TEMPLATE'] = server.template;
  process.env['TILTAK_TEST_OWNER_URL'] = server.ownerServerUrl;
  process.env['TILTAK_TEST_APP_URL'] = server.appServerUrl;
  (globalThis as { __tiltakTestServer?: typeof server }).__tiltakTestServer = server;
}

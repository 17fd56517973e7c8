export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __tiltakTestServer?: { stop: () => Promise<void> } })
    .__tiltakTestServer;
  await server?.stop();
}

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from './api-harness';

/**
 * The built web app over the wire: precompressed copies (written once by apps/web/scripts/precompress.mjs),
 * a year's immutable caching for content-hashed files, revalidation for index.html and the rest, deep
 * links of the app answered with index.html, and a 404 for a file that does not exist.
 */
describe('serving the built web app', () => {
  let t: TestApp;
  let webDir: string;
  const index =
    '<!doctype html><html><body><app-root></app-root><script src="main-EWDWUZYE.js" type="module"></script></body></html>';
  const script = `console.log(${JSON.stringify('Tiltak '.repeat(2000))});`;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'tiltak-web-'));
    writeFileSync(join(webDir, 'index.html'), index);
    writeFileSync(join(webDir, 'main-EWDWUZYE.js'), script);
    writeFileSync(join(webDir, 'favicon.ico'), Buffer.alloc(64, 1));
    mkdirSync(join(webDir, 'i18n'));
    writeFileSync(join(webDir, 'i18n', 'nb.json'), JSON.stringify({ hello: 'hei '.repeat(500) }));
    execFileSync(process.execPath, [
      join(__dirname, '..', '..', 'web', 'scripts', 'precompress.mjs'),
      webDir,
    ]);
    t = await startTestApp({ env: { WEB_DIST_DIR: webDir } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const get = (url: string, encoding?: string) =>
    t.app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

  it('serves content-hashed files precompressed (brotli, else gzip, else plain) and immutable for a year', async () => {
    const br = await get('/main-EWDWUZYE.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    expect(br.rawPayload.length).toBeLessThan(script.length / 10);

    const gz = await get('/main-EWDWUZYE.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await get('/main-EWDWUZYE.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('makes the browser revalidate index.html, deep links and unhashed files', async () => {
    for (const url of [
      '/',
      '/index.html',
      '/cases/3f0c7d1e-0000-4000-8000-000000000000/measures',
      '/sign-in?error=expired',
    ]) {
      const res = await get(url, 'br');
      expect({ url, status: res.statusCode, cache: res.headers['cache-control'] }).toEqual({
        url,
        status: 200,
        cache: 'no-cache',
      });
      expect(res.headers['content-type']).toMatch(/text\/html/);
    }
    const i18n = await get('/i18n/nb.json', 'br');
    expect(i18n.headers['content-encoding']).toBe('br');
    expect(i18n.headers['cache-control']).toBe('no-cache');
    expect((await get('/favicon.ico')).headers['cache-control']).toBe('no-cache');
  });

  it('answers 404 for a file that does not exist instead of the app', async () => {
    for (const url of ['/robots.txt', '/nonexistent.png', '/main-AAAAAAAA.js', '/i18n/fr.json']) {
      const res = await get(url);
      expect({ url, status: res.statusCode }).toEqual({ url, status: 404 });
      expect(res.body).not.toContain('<app-root>');
    }
  });
});

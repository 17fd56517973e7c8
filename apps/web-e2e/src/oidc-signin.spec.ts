import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO, expect, test } from './support';

/**
 * Sign-in with OpenID Connect in the browser: a second Tiltak in oidc mode (its own port and data
 * folder) and the development identity provider (`npm run dev-idp`), both started here.
 */
const root = join(__dirname, '..', '..', '..');
const basePort = Number(process.env['E2E_PORT'] || 3300);
const appPort = basePort + 2;
const idpPort = basePort + 3;
const app = `http://localhost:${appPort}`;
const idp = `http://127.0.0.1:${idpPort}`;
const dataDir = join(root, 'tmp', 'e2e-oidc-data');

const children: ChildProcess[] = [];

function start(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  rmSync(dataDir, { recursive: true, force: true });
  start(['tools/dev-idp/run.js'], { DEV_IDP_PORT: String(idpPort) });
  start(['dist/apps/api/main.js'], {
    PORT: String(appPort),
    PUBLIC_URL: app,
    TILTAK_DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(appPort + 51000),
    REDIS_URL: '',
    AUTH_MODE: 'oidc',
    OIDC_ISSUER: idp,
    OIDC_CLIENT_ID: 'tiltak-dev',
    OIDC_CLIENT_SECRET: 'tiltak-dev-secret',
    OIDC_PROVIDER_NAME: 'Feide',
  });
  await Promise.all([
    waitFor(`${idp}/.well-known/openid-configuration`, 60_000),
    waitFor(`${app}/api/health`, 200_000),
  ]);
});

test.afterAll(async () => {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
  );
});

test('a leader signs in through the identity provider, opens their case, signs out, and the old session is dead', async ({
  page,
  request,
}) => {
  const cspViolations: string[] = [];
  page.on('console', (msg) => {
    // Tiltak's pages only: the identity provider's are not ours to judge.
    if (
      page.url().startsWith(app) &&
      /Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(msg.text())
    )
      cspViolations.push(msg.text());
  });

  await page.goto(`${app}/sign-in`);
  // oidc mode: no demo-user list, no dev banner, one button.
  await expect(page.getByTestId('dev-banner')).toHaveCount(0);
  await expect(page.locator('[data-email]')).toHaveCount(0);
  const signInButton = page.getByRole('link', { name: 'Logg inn med Feide' });
  await signInButton.click();

  // The identity provider's own page.
  await expect(page).toHaveURL(new RegExp(`^${idp}/interaction/`));
  await page.locator('input[name="login"]').fill(DEMO.leaderIdi);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(`${app}/`);
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mine saker' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Mine saker' })
    .getByRole('link', { name: 'Institutt for datateknologi og informatikk' })
    .click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByRole('heading', { name: 'Indekser etter tema' })).toBeVisible();

  const session = (await page.context().cookies(app)).find((c) => c.name === 'tiltak_session');
  expect(session?.httpOnly).toBe(true);
  expect(
    (
      await request.get(`${app}/api/auth/me`, {
        headers: { cookie: `tiltak_session=${session?.value}` },
      })
    ).status(),
  ).toBe(200);

  // Signing out ends the session here and at the identity provider, which sends the browser back.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(new RegExp(`^${idp}/session/end`));
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page).toHaveURL(`${app}/sign-in`);
  await expect(page.getByRole('link', { name: 'Logg inn med Feide' })).toBeVisible();

  expect(
    (
      await request.get(`${app}/api/auth/me`, {
        headers: { cookie: `tiltak_session=${session?.value}` },
      })
    ).status(),
  ).toBe(401);
  expect(cspViolations).toEqual([]);
});

test('a refused sign-in explains itself on the sign-in page', async ({ page }) => {
  await page.goto(`${app}/sign-in?error=unknown_person`);
  await expect(page.getByTestId('sign-in-error')).toContainText(
    'Du har ikke tilgang til Tiltak ennå.',
  );
  await expect(page.getByTestId('sign-in-error')).toContainText(
    'Tilgang til Tiltak gis av Tiltak-administratoren',
  );
  await page.goto(`${app}/sign-in?error=deactivated`);
  await expect(page.getByTestId('sign-in-error')).toContainText(
    'Tiltak-brukeren din er deaktivert.',
  );
});

import { defineConfig, devices } from '@playwright/test';
import { nxE2EPreset } from '@nx/playwright/preset';
import { workspaceRoot } from '@nx/devkit';

/**
 * Browser tests drive Debian's Chromium (Playwright may not download its own browser here) against the
 * real API on a fresh embedded PostgreSQL with the demo data, started by `webServer` below.
 */
const port = Number(process.env['E2E_PORT'] || 3300);
const baseURL = process.env['BASE_URL'] || `http://localhost:${port}`;

export default defineConfig({
  ...nxE2EPreset(import.meta.dirname, { testDir: './src' }),
  // One app and one database for the run: tests run one at a time so journeys do not interfere.
  workers: 1,
  fullyParallel: false,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    // The journeys read Norwegian dates and texts, as the users do.
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: process.env['BASE_URL']
    ? undefined
    : {
        // A clean data folder each run: the demo data is loaded fresh, so tests start from a known state.
        // The web app precompressed, as `npm start` and the image serve it.
        command: `rm -rf tmp/e2e-data && node apps/web/scripts/precompress.mjs dist/apps/web/browser && node dist/apps/api/main.js`,
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 180_000,
        cwd: workspaceRoot,
        // The embedded default as users get it: PostgreSQL queue backend, even where CI exports REDIS_URL.
        env: {
          PORT: String(port),
          TILTAK_DATA_DIR: 'tmp/e2e-data',
          EMBEDDED_PG_PORT: String(port + 51000),
          AUTH_MODE: 'dev',
          REDIS_URL: '',
        },
      },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});

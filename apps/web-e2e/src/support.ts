import AxeBuilder from '@axe-core/playwright';
import { type Locator, type Page, expect, test as base } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export { expect };

/** Chromium reports a blocked script, style, image or frame in the console with this wording. */
const CSP_VIOLATION = /Content Security Policy|Content-Security-Policy/i;

/**
 * Playwright's `test`, with a guard every test gets: the page must not report a Content Security Policy
 * violation in the console. Import `test` from here, not from '@playwright/test'.
 */
export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (CSP_VIOLATION.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      await use();
      if (violations.length)
        throw new Error(
          `Content Security Policy violations in the console:\n${violations.join('\n')}`,
        );
    },
    { auto: true },
  ],
});

/**
 * The CSRF header for `page.request` writes: the API wants the XSRF-TOKEN cookie repeated as
 * X-XSRF-TOKEN, as Angular's HttpClient does by itself (`page.request` shares the page's cookies).
 */
export async function xsrfHeader(page: Page): Promise<Record<string, string>> {
  let token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value;
  if (!token) {
    await page.request.get('/api/health');
    token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value;
  }
  if (!token) throw new Error('the API set no XSRF-TOKEN cookie');
  return { 'X-XSRF-TOKEN': token };
}

/** The value, or a test failure naming what was missing (keeps conditionals out of the tests). */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

export const DEMO = {
  admin: 'admin@tiltak.example',
  hr: 'hr@tiltak.example',
  hrIe: 'hms.ie@tiltak.example',
  dean: 'dekan.ie@tiltak.example',
  leaderIdi: 'leder.idi@tiltak.example',
  leaderItk: 'leder.itk@tiltak.example',
  safetyRepIdi: 'vo.idi@tiltak.example',
  employeeIdi: 'ansatt.idi@tiltak.example',
} as const;

/** Dev-mode sign-in through the sign-in page, as a person would. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.locator(`[data-email="${email}"]`).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** WCAG 2.1 AA with axe-core: no serious or critical violations. */
export async function expectAccessible(page: Page, context: string): Promise<void> {
  // Check the settled page, not a loading state.
  await expect(page.locator('mat-progress-bar')).toHaveCount(0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  expect(serious, `axe violations on ${context}`).toEqual([]);
}

/** The translation files' top-level sections ("admin", "report", …). */
const SECTIONS = Object.keys(
  JSON.parse(readFileSync(join(__dirname, '../../web/public/i18n/nb.json'), 'utf8')),
);

/** No translation key shows on the page as it is ("report.overdueList.title"): every text is translated. */
export async function expectTranslated(page: Page, context: string): Promise<void> {
  const text = await page.locator('body').innerText();
  const raw = new RegExp(`\\b(?:${SECTIONS.join('|')})\\.[a-zA-Z][\\w.-]*`, 'g');
  expect(text.match(raw) ?? [], `untranslated keys on ${context}`).toEqual([]);
}

const SHOTS = join(__dirname, '../../../dist/screenshots');

/**
 * Screenshots for the README: desktop and phone width. The page is checked for untranslated keys, and
 * at phone width with axe as well, since tables turn into stacked cards and the top bar wraps there.
 */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const lang = (await page.locator('html').getAttribute('lang')) ?? 'nb';
  const desktop = page.viewportSize() ?? { width: 1280, height: 800 };
  await expectTranslated(page, `${name} (${lang})`);
  // From the top: a page scrolled by the journey would show the sticky top bar halfway down the shot.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, `${name}-${lang}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SHOTS, `${name}-${lang}-phone.png`), fullPage: true });
  await expectAccessible(page, `${name} (${lang}) at phone width`);
  await page.setViewportSize(desktop);
}

/**
 * Picks an option in an Angular Material select. An empty select's floating label lies over the
 * middle of the trigger, so click at its right end (the arrow), as a person does.
 */
export async function choose(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.scrollIntoViewIfNeeded();
  const box = await select.boundingBox();
  await select.click(box ? { position: { x: box.width - 6, y: box.height / 2 } } : undefined);
  await page.getByRole('option', { name: option }).click();
}

/** Types a date the way a Norwegian user does, and leaves the field so it is parsed. */
export async function typeDate(field: Locator, ddmmyyyy: string): Promise<void> {
  await field.fill(ddmmyyyy);
  await field.press('Tab');
}

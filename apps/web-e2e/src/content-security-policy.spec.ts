import { DEMO, expect, present, signIn, test } from './support';

// The API serves the built app under a strict CSP (no inline scripts, no framing). Every test fails on
// a console CSP violation (support.ts); this one walks the main pages of each kind of user and checks
// that the policy is really there and really enforced.
test("the sign-in page and a leader's case run under the Content Security Policy without violations", async ({
  page,
}) => {
  const response = present(await page.goto('/sign-in'), 'a response for /sign-in');
  const csp = response.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');

  await signIn(page, DEMO.leaderIdi);
  await page
    .getByRole('region', { name: 'Mine saker' })
    .getByRole('link', { name: 'Institutt for datateknologi og informatikk' })
    .click();
  await expect(page.getByRole('heading', { name: 'Indekser etter tema' })).toBeVisible();
  for (const step of ['workshop', 'measures', 'follow-up']) {
    await page.goto(page.url().replace(/\/[\w-]+$/, `/${step}`));
    await expect(page.locator('mat-progress-bar')).toHaveCount(0);
  }
  await page.goto('/speak-up');
  await expect(page.getByRole('heading').first()).toBeVisible();
});

test('the reports and admin pages run under the Content Security Policy without violations', async ({
  page,
}) => {
  await signIn(page, DEMO.admin);
  for (const path of [
    '/reports',
    '/admin/rounds',
    '/admin/org-units',
    '/admin/users',
    '/admin/escalations',
    '/admin/notifications',
    '/admin/speak-up',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading').first()).toBeVisible();
    await expect(page.locator('mat-progress-bar')).toHaveCount(0);
  }
});

test('an inline script is refused by the browser (the policy is enforced, not only sent)', async ({
  context,
}) => {
  // A page of its own: the violation it provokes on purpose must not trip the guard on `page`.
  const probe = await context.newPage();
  const reports: string[] = [];
  probe.on('console', (m) => reports.push(m.text()));
  await probe.goto('/sign-in');
  await probe.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__cspProbe = true';
    document.head.appendChild(s);
  });
  expect(
    await probe.evaluate(() => (window as unknown as { __cspProbe?: boolean }).__cspProbe),
  ).toBeUndefined();
  await expect.poll(() => reports.some((r) => /Content Security Policy/.test(r))).toBe(true);
  await probe.close();
});

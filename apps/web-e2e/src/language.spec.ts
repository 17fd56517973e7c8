import { DEMO, expect, expectAccessible, shoot, signIn, test, xsrfHeader } from './support';

test('the language switch changes the UI at once and is remembered', async ({ page }) => {
  await signIn(page, DEMO.leaderItk);
  // Start from bokmål whatever an earlier run left on this user.
  await page.request.patch('/api/users/me', {
    headers: await xsrfHeader(page),
    data: { language: 'nb' },
  });
  await page.evaluate(() => localStorage.setItem('tiltak.language', 'nb'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Mine saker' })).toBeVisible();
  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page, 'home in English');
  await shoot(page, 'home-leader');

  // The case workspace in English: every step readable and accessible, with screenshots.
  await page
    .getByRole('region', { name: 'My cases' })
    .getByRole('link', { name: 'Department of Engineering Cybernetics' })
    .click();
  await expect(page).toHaveURL(/\/cases\/[^/]+\/[a-z-]+$/);
  const caseUrl = page.url().replace(/\/[a-z-]+$/, '');
  for (const [step, heading] of [
    ['results', 'Indices by theme'],
    ['measures', 'Action plan'],
    ['follow-up', 'Timeline'],
  ] as const) {
    await page.goto(`${caseUrl}/${step}`);
    await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
    await expectAccessible(page, `${step} in English`);
    await shoot(page, step);
  }
  await page.goto('/');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
  // Switch back so other journeys, which read Norwegian, find this user as seeded.
  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('heading', { name: 'Mine saker' })).toBeVisible();
});

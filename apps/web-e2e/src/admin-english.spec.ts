import { DEMO, expect, expectAccessible, shoot, signIn, test, xsrfHeader } from './support';

const PAGES = [
  ['rounds', 'Survey rounds'],
  ['users', 'Users'],
  ['org-units', 'Organisation'],
  ['escalations', 'Escalations'],
  ['notifications', 'Notifications'],
  ['speak-up', 'Speak-up page'],
] as const;

// Every admin page in English: translated, accessible, with desktop and phone screenshots.
test('an admin works in English', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.request.patch('/api/users/me', {
    headers: await xsrfHeader(page),
    data: { language: 'en' },
  });
  await page.evaluate(() => localStorage.setItem('tiltak.language', 'en'));
  try {
    for (const [path, heading] of PAGES) {
      await page.goto(`/admin/${path}`);
      await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
      await expectAccessible(page, `admin ${path} in English`);
      await shoot(page, `admin-${path}`);
    }
  } finally {
    // Later tests read the admin's pages in bokmål.
    await page.request.patch('/api/users/me', {
      headers: await xsrfHeader(page),
      data: { language: 'nb' },
    });
    await page.evaluate(() => localStorage.setItem('tiltak.language', 'nb'));
  }
});

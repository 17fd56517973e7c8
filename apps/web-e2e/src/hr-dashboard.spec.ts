import { choose, DEMO, expect, expectAccessible, shoot, signIn, test, xsrfHeader } from './support';

test('HR reads completion by faculty and drills down to departments', async ({ page }) => {
  await signIn(page, DEMO.hr);
  await page.getByTestId('nav-reports').click();
  await expect(page).toHaveURL(/\/reports$/);
  const table = page.getByTestId('completion-table');
  await expect(table).toBeVisible();
  await expect(page.getByTestId('export-csv')).toHaveAttribute('href', /format=csv/);
  await expect(page.getByTestId('export-xlsx')).toHaveAttribute('href', /format=xlsx/);
  await expectAccessible(page, 'HR dashboard (faculties)');

  await page.getByTestId('drill-IE').click();
  await expect(page.getByRole('heading', { name: 'Per institutt' })).toBeVisible();
  await expect(table.getByText('IE-IDI')).toBeVisible();
  await expectAccessible(page, 'HR dashboard (departments)');
  await shoot(page, 'hr-dashboard');

  // Where deadlines slip at this level: the overdue measures of IE's units, each opening its case.
  const overdue = page.getByTestId('overdue-table');
  await expect(overdue.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('overdue-export-csv')).toHaveAttribute(
    'href',
    /\/api\/reports\/overdue\?(?=.*unitId=)(?=.*format=csv)/,
  );
  const units = await overdue.locator('tbody tr td:first-of-type').allTextContents();
  expect(units.length).toBeGreaterThan(0);
  expect(units.filter((u) => !u.trim().startsWith('IE'))).toEqual([]);
  const title = (await overdue.locator('tbody tr th a').first().innerText()).trim();
  await overdue.locator('tbody tr th a').first().click();
  await expect(page).toHaveURL(/\/cases\/[^/]+\/follow-up$/);
  await expect(page.getByText(title).first()).toBeVisible();
});

test('HR reads the dashboard in English', async ({ page }) => {
  await signIn(page, DEMO.hr);
  await page.request.patch('/api/users/me', {
    headers: await xsrfHeader(page),
    data: { language: 'en' },
  });
  await page.evaluate(() => localStorage.setItem('tiltak.language', 'en'));
  try {
    await page.goto('/reports');
    await expect(page.getByRole('heading', { name: 'Completion' })).toBeVisible();
    await expect(page.getByTestId('completion-table')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Measures past their deadline' })).toBeVisible();
    await expect(
      page.getByTestId('overdue-table').getByRole('columnheader', { name: 'Days overdue' }),
    ).toBeAttached();
    await expectAccessible(page, 'HR dashboard in English');
    await shoot(page, 'hr-dashboard');

    // The newest round has no next one yet; the 2021 round's measures can be set against 2023.
    await expect(page.getByTestId('impact-no-next')).toBeVisible();
    await choose(page, page.getByTestId('report-round'), /2021/);
    const impact = page.getByTestId('impact-table');
    await expect(impact.locator('tbody tr').first()).toBeVisible();
    await expect(impact.getByRole('rowheader').first()).toHaveText(/^\d+: /);
    await expect(page.getByTestId('impact-view').getByRole('note')).toContainText('no proof');
    await expectAccessible(page, 'HR dashboard, change after measures');
    await shoot(page, 'hr-impact');
  } finally {
    // Later tests read HR's pages in bokmål.
    await page.request.patch('/api/users/me', {
      headers: await xsrfHeader(page),
      data: { language: 'nb' },
    });
    await page.evaluate(() => localStorage.setItem('tiltak.language', 'nb'));
  }
});

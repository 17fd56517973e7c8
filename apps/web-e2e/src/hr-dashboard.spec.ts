import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, shoot, signIn } from './support';

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
});

import { expect, test } from '@playwright/test';
import { DEMO, choose, expectAccessible, shoot, signIn } from './support';

test('HR filters the overview by faculty, department and state', async ({ page }) => {
  await signIn(page, DEMO.hr);
  const table = page.getByTestId('overview-table');
  await expect(table).toBeVisible();
  await expectAccessible(page, 'home (HR)');
  await shoot(page, 'overview-hr');

  await choose(page, page.getByRole('combobox', { name: 'Fakultet' }), /^IE –/);
  await expect(table.getByText('IE-IDI', { exact: true })).toBeVisible();
  await expect(table.getByText(/^HF-/)).toHaveCount(0);

  await choose(page, page.getByRole('combobox', { name: 'Institutt' }), /^IE-IDI –/);
  await expect(table.locator('tbody tr').first()).toContainText('IE-IDI');
  await expect(table.getByText('IE-ITK', { exact: true })).toHaveCount(0);

  await choose(page, page.getByRole('combobox', { name: 'Status' }), 'Lukket');
  for (const chip of await table.locator('tt-case-state-chip').all()) await expect(chip).toHaveText('Lukket');
});

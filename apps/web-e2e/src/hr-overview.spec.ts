import { choose, DEMO, expect, expectAccessible, shoot, signIn, test } from './support';

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
  // The previous rows stay on screen until the filtered ones arrive: wait for them rather than read a snapshot.
  const chips = table.locator('tt-case-state-chip');
  await expect(chips.filter({ hasNotText: 'Lukket' })).toHaveCount(0);
  await expect(chips.first()).toHaveText('Lukket');
});

test('paging keeps the current rows on screen, dimmed, until the next page arrives', async ({
  page,
}) => {
  await signIn(page, DEMO.hr);
  const table = page.getByTestId('overview-table');
  const rows = table.locator('xpath=..');
  await expect(table).toBeVisible();
  const [firstUnit] = await table.locator('tbody th').first().allTextContents();

  // Hold the next page back to look at the page while it loads.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/cases\?.*\bpage=2\b/, async (route) => {
    await held;
    await route.continue();
  });
  await page
    .getByRole('navigation', { name: 'Sider' })
    .getByRole('button', { name: 'Neste' })
    .click();
  await expect(page.getByText(/^Side 2 av \d+$/)).toBeVisible();
  await expect(rows).toHaveAttribute('aria-busy', 'true');
  await expect(table.locator('tbody th').first()).toHaveText(firstUnit);

  release();
  await expect(rows).toHaveAttribute('aria-busy', 'false');
  await expect(table.locator('tbody th').first()).not.toHaveText(firstUnit);
});

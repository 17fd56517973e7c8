import { DEMO, expect, expectAccessible, signIn, test, typeDate } from './support';

test("an admin changes a round's deadline", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.getByRole('link', { name: 'Administrasjon', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/rounds$/);
  const round = page.getByTestId('round-2023');
  await typeDate(round.getByTestId('planRegisteredBy'), '15.09.2026');
  await round.getByTestId('save-round').click();
  await expect(round.getByText('Lagret')).toBeVisible();
  await expectAccessible(page, 'admin rounds');

  await page.reload();
  await expect(page.getByTestId('round-2023').getByTestId('planRegisteredBy')).toHaveValue(
    '15.09.2026',
  );
  await page.getByRole('link', { name: 'Organisasjon' }).click();
  await expect(page.getByText('IE-IDI', { exact: true })).toBeVisible();
  await expectAccessible(page, 'admin org units');
});

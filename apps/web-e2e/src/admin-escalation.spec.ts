import { DEMO, expect, expectAccessible, shoot, signIn, test } from './support';

test('an admin reads the notifications log, previews escalations and runs a scan', async ({
  page,
}) => {
  await signIn(page, DEMO.admin);
  await page.getByRole('link', { name: 'Administrasjon', exact: true }).click();

  await page.getByRole('link', { name: 'Eskaleringer', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/escalations$/);
  await expect(page.getByRole('heading', { name: 'Eskaleringer', level: 2 })).toBeVisible();
  await expect(page.getByText(/varsler fra .* dager fremover/)).toBeVisible();
  await expectAccessible(page, 'admin escalation preview');
  await page.getByTestId('run-scan').click();
  await expect(page.getByTestId('scan-result')).toContainText('Skanningen er kjørt');
  await shoot(page, 'admin-escalations');

  await page.getByRole('link', { name: 'Varsler', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/notifications$/);
  await expect(page.getByRole('heading', { name: 'Varsler', level: 2 })).toBeVisible();
  await expect(page.getByTestId('notifications')).toBeVisible();
  await expectAccessible(page, 'admin notifications');
  await shoot(page, 'admin-notifications');

  // The round's own ladder: the reminder comes ten days before instead of seven.
  await page.getByRole('link', { name: 'Undersøkelsesrunder', exact: true }).click();
  const policy = page.getByTestId('policy-2023');
  await policy.getByText('Eskaleringsregler').click();
  await expect(policy.getByText('Runden bruker standardreglene')).toBeVisible();
  await policy.getByLabel('Dager fra frist').first().fill('-10');
  await policy.getByRole('button', { name: 'Lagre' }).click();
  await expect(policy.getByText('Lagret')).toBeVisible();
  await expectAccessible(page, 'admin round escalation policy');
  await shoot(page, 'admin-policy');
  await page.reload();
  await page.getByTestId('policy-2023').getByText('Eskaleringsregler').click();
  await expect(page.getByTestId('policy-2023').getByLabel('Dager fra frist').first()).toHaveValue(
    '-10',
  );
});

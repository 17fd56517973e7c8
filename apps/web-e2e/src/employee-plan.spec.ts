import { DEMO, expect, expectAccessible, signIn, test } from './support';

test("an employee reads the unit's plan without editing it", async ({ page }) => {
  await signIn(page, DEMO.employeeIdi);
  await expect(page.getByRole('heading', { name: 'Min enhets tiltaksplan' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Min enhets tiltaksplan' })
    .getByRole('link')
    .first()
    .click();
  await expect(page).toHaveURL(/\/follow-up$/);
  await expect(page.getByText('Du kan lese denne saken, men ikke endre den.')).toBeVisible();
  await expect(page.locator('[data-testid^="evaluate-"]')).toHaveCount(0);
  await expect(page.locator('[data-testid^="transition-"]')).toHaveCount(0);
  await expectAccessible(page, 'plan (employee)');
});

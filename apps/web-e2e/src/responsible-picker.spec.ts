import { DEMO, expect, present, signIn, test } from './support';

// The measure editor's "responsible person" searches the case's people only (GET /api/users?caseId=…):
// its unit subtree and those holding a role covering it, never someone of an unrelated unit.
test("the responsible picker offers the case's people and nobody else", async ({ page }) => {
  await signIn(page, DEMO.admin);
  const cases = (await (
    await page.request.get('/api/cases?state=measures_planned&pageSize=100')
  ).json()) as { items: { id: string; unitCode: string }[] };
  const target = present(
    cases.items.find((c) => c.unitCode.startsWith('IE-IDI')),
    'an IE-IDI case with a plan in the demo',
  );
  // Someone of the case's own unit (the API's answer, checked against the rule in directory.e2e.spec.ts).
  const people = (await (
    await page.request.get(`/api/users?caseId=${target.id}&pageSize=100`)
  ).json()) as { items: { email: string }[] };
  const member = present(
    people.items.find((u) => !u.email.startsWith('leder.idi')),
    `somebody in the directory of ${target.unitCode}`,
  );

  await page.goto(`/cases/${target.id}/measures`);
  await page.locator('[data-testid^="new-measure-"]').first().click();
  const responsible = page.getByTestId('measure-responsible-user');
  await responsible.fill('leder.i');
  await expect(page.getByRole('option', { name: /leder\.idi@tiltak\.example/ })).toBeVisible();
  // Same response: IE-ITK's leader is not among the people of an IE-IDI case.
  await expect(page.getByRole('option', { name: /leder\.itk@tiltak\.example/ })).toHaveCount(0);
  await responsible.fill(member.email);
  await page.getByRole('option', { name: new RegExp(member.email.replace(/[.]/g, '\\.')) }).click();
  await expect(responsible).not.toHaveValue(member.email);
});

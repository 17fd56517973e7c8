import { choose, DEMO, expect, expectAccessible, signIn, test } from './support';

test('a safety representative follows the units, comments and confirms participation', async ({
  page,
}) => {
  await signIn(page, DEMO.safetyRepIdi);
  const overview = page.getByTestId('overview-table');
  await expect(overview).toBeVisible();
  await expect(overview.getByText(/I rute|Over frist|Frist nærmer seg/).first()).toBeVisible();
  await expectAccessible(page, 'home (safety representative)');

  await overview.getByRole('link', { name: 'Faggruppe for statistikk' }).click();
  await page.getByTestId('step-follow-up').click();
  await expect(page).toHaveURL(/\/follow-up$/);

  await page
    .getByTestId('comment-body')
    .fill('Verneombudet ønsker å være med når arbeidsplanene revideres.');
  await page.getByTestId('post-comment').click();
  await expect(
    page.getByText('Verneombudet ønsker å være med når arbeidsplanene revideres.'),
  ).toBeVisible();

  await choose(page, page.getByRole('combobox', { name: 'Fase' }), 'Områder valgt');
  await page.getByTestId('confirm-note').fill('Deltok i planleggingen.');
  await page.getByTestId('confirm-participation').click();
  await expect(page.getByText('Deltakelsen er bekreftet.')).toBeVisible();
  await expect(page.getByText('Deltok i planleggingen.')).toBeVisible();
  await expectAccessible(page, 'follow-up (safety representative)');
});

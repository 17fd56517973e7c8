import { DEMO, expect, expectAccessible, shoot, signIn, test } from './support';

// The leader runs the follow-up meeting from the presentation mode, by keyboard only.
test('a leader presents the workshop and moves through it by keyboard', async ({ page }) => {
  await signIn(page, DEMO.leaderIdi);
  await page
    .getByRole('region', { name: 'Mine saker' })
    .getByRole('link', { name: 'Institutt for datateknologi og informatikk' })
    .click();
  await page.getByTestId('open-presentation').click();
  await expect(page).toHaveURL(/\/present$/);

  const slide = page.getByTestId('slide');
  await expect(slide).toHaveAttribute('data-slide', 'agenda');
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  // The app's menu gives way to the slides.
  await expect(page.getByTestId('user-menu')).toHaveCount(0);
  await expectAccessible(page, 'presentation: agenda');
  await shoot(page, 'presentation-agenda');

  await page.keyboard.press('ArrowRight');
  await expect(slide).toHaveAttribute('data-slide', 'speakUp');
  await page.keyboard.press('ArrowRight');
  await expect(slide).toHaveAttribute('data-slide', 'results');
  await expect(page.getByRole('heading', { name: 'Indekser etter tema' })).toBeVisible();
  await expectAccessible(page, 'presentation: results');
  await shoot(page, 'presentation-results');

  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await expect(slide).toHaveAttribute('data-slide', 'phase1');
  await expect(page.getByText('Hvilke utviklingstrekk ser dere?')).toBeVisible();
  await expectAccessible(page, 'presentation: phase 1');
  await shoot(page, 'presentation-phase1');

  await page.keyboard.press('ArrowRight');
  await expect(slide).toHaveAttribute('data-slide', 'plenary');
  await expectAccessible(page, 'presentation: plenary');

  await page.keyboard.press('End');
  await expect(slide).toHaveAttribute('data-slide', 'phase2');
  await expect(page.getByRole('heading', { name: 'Viktighet × gjennomførbarhet' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(slide).toHaveAttribute('data-slide', 'phase2');
  await page.keyboard.press('ArrowLeft');
  await expect(slide).toHaveAttribute('data-slide', 'plenary');
  await page.keyboard.press('Home');
  await expect(slide).toHaveAttribute('data-slide', 'agenda');

  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/\/present$/);
  await expect(page.getByTestId('open-presentation')).toBeVisible();
});

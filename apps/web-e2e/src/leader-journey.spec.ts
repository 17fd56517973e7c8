import { choose, DEMO, expect, expectAccessible, shoot, signIn, test, typeDate } from './support';

// The leader of IE-IDI takes the unit's case (seeded as "results published") through every state.
test('a leader registers the workshop, the plan, and evaluates it', async ({ page }) => {
  await signIn(page, DEMO.leaderIdi);
  await expect(page.getByRole('heading', { name: 'Mine saker' })).toBeVisible();
  await expectAccessible(page, 'home (leader)');
  await shoot(page, 'home-leader');

  await page
    .getByRole('region', { name: 'Mine saker' })
    .getByRole('link', { name: 'Institutt for datateknologi og informatikk' })
    .click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByRole('heading', { name: 'Indekser etter tema' })).toBeVisible();
  // Compared with the unit above and the institution (in the chart and its table), each can be switched off.
  const parent = page.getByRole('checkbox', {
    name: 'Enheten over: Fakultet for informasjonsteknologi og elektroteknikk',
  });
  await expect(parent).toBeChecked();
  await expect(
    page.getByRole('checkbox', {
      name: 'Institusjonen: Norges teknisk-naturvitenskapelige universitet',
    }),
  ).toBeChecked();
  const tableHeader = page.getByTestId('index-table').locator('thead');
  await expect(tableHeader).toContainText('Fakultet for informasjonsteknologi og elektroteknikk');
  await expect(tableHeader).toContainText('Norges teknisk-naturvitenskapelige universitet');
  await parent.uncheck();
  await expect(page.getByTestId('legend-comparison')).toHaveText([
    /Norges teknisk-naturvitenskapelige universitet/,
  ]);
  await expectAccessible(page, 'results');
  await shoot(page, 'results');

  // The guard refuses without a workshop date, and says why.
  await page.getByTestId('transition-results_presented').click();
  await expect(page.getByRole('alert')).toContainText(
    'Datoen for oppfølgingsmøtet er ikke registrert',
  );

  await typeDate(page.getByTestId('workshop-date'), '15.10.2026');
  await page.getByTestId('workshop-participants').fill('14');
  await page.getByTestId('save-workshop').click();
  await expect(page.getByText('Lagret')).toBeVisible();
  await page.getByTestId('transition-results_presented').click();
  await expect(page).toHaveURL(/\/workshop$/);

  // Group work phase 1: two groups, one area in common.
  await page.getByTestId('proposal-0').last().fill('Arbeidsbelastning');
  await page.getByTestId('add-proposal').last().click();
  await page.getByTestId('proposal-1').last().fill('Godt kollegafellesskap');
  await page.getByTestId('save-group').last().click();
  await expect(page.getByTestId('group-name').last()).toHaveValue('Gruppe 2');
  await page.getByTestId('proposal-0').last().fill('arbeidsbelastning ');
  await page.getByTestId('save-group').last().click();

  // Plenary: merged, counted, chosen.
  const plenary = page.getByTestId('plenary-table');
  await expect(plenary.getByRole('row', { name: /Arbeidsbelastning/ })).toContainText('2');
  await page.getByRole('checkbox', { name: /Arbeidsbelastning/ }).check();
  await page.getByRole('checkbox', { name: /Godt kollegafellesskap/ }).check();
  await expect(page.getByRole('checkbox', { name: /Godt kollegafellesskap/ })).toBeChecked();
  await expectAccessible(page, 'workshop');
  await shoot(page, 'workshop');
  await page.getByTestId('transition-areas_chosen').click();
  await expect(page).toHaveURL(/\/measures$/);

  // Measures per area, prioritised, forming the plan.
  const measures = [
    {
      title: 'Møtefrie formiddager',
      goal: 'To møtefrie formiddager i uka',
      importance: '5',
      feasibility: '4',
    },
    {
      title: 'Felles lunsj hver fredag',
      goal: 'Flere kjenner hverandre på tvers',
      importance: '3',
      feasibility: '5',
    },
  ];
  for (const [i, m] of measures.entries()) {
    await page.locator('[data-testid^="new-measure-"]').nth(i).click();
    await page.getByTestId('measure-title').fill(m.title);
    await page.getByTestId('measure-description').fill('Beskrivelse av ' + m.title);
    await page.getByTestId('measure-goal').fill(m.goal);
    await page.getByTestId('measure-responsible-role').fill('Instituttleder');
    await typeDate(page.getByTestId('measure-deadline'), '01.03.2027');
    await choose(page, page.getByRole('combobox', { name: /Viktighet/ }), m.importance);
    await choose(page, page.getByRole('combobox', { name: /Gjennomførbarhet/ }), m.feasibility);
    await page.getByTestId('save-measure').click();
    await expect(page.getByTestId('plan-table')).toContainText(m.title);
  }
  await expect(page.getByTestId('plan-missing')).toHaveCount(0);
  await expect(page.getByText('Tiltaksplanen er komplett.')).toBeVisible();
  await expectAccessible(page, 'measures');
  await shoot(page, 'measures');
  await page.getByTestId('transition-measures_planned').click();
  await expect(page).toHaveURL(/\/follow-up$/);

  // Follow-up: evaluate every measure, then the case is evaluated.
  for (const _ of measures) {
    await page
      .locator('[data-testid^="evaluate-"]')
      .filter({ hasText: /^\s*Evaluer\s*$/ })
      .first()
      .click();
    await choose(page, page.getByRole('combobox', { name: 'Nådde vi målet?' }), 'Ja');
    await choose(page, page.getByRole('combobox', { name: 'Videre' }), 'Fortsett');
    await page.getByTestId('evaluation-what-changed').fill('Færre møter, mer ro.');
    await page.getByTestId('save-evaluation').click();
    await expect(page.getByTestId('save-evaluation')).toHaveCount(0);
  }
  await expectAccessible(page, 'follow-up');
  await shoot(page, 'follow-up');
  await page.getByTestId('transition-evaluated').click();
  await expect(page.locator('tt-case-state-chip')).toHaveText('Evaluert');
});

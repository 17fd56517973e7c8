import type { APIRequestContext } from '@playwright/test';
import { DEMO, expect, expectAccessible, shoot, signIn, test } from './support';

/** The case of a unit below a faculty whose result the anonymity rule hides, in the latest round that has one. */
async function hiddenUnitCase(
  request: APIRequestContext,
): Promise<{ caseId: string; unitCode: string } | null> {
  const rounds: { id: string; year: number }[] = await (await request.get('/api/rounds')).json();
  for (const round of rounds.sort((a, b) => b.year - a.year)) {
    const report: {
      rows: { unitId: string; unitCode: string; result: { suppressed: boolean } }[];
    } = await (await request.get(`/api/reports/results?roundId=${round.id}`)).json();
    const row = report.rows.find((r) => r.result.suppressed && r.unitCode.includes('-'));
    if (!row) continue;
    const cases: { items: { id: string }[] } = await (
      await request.get(`/api/cases?roundId=${round.id}&unitId=${row.unitId}`)
    ).json();
    if (cases.items.length) return { caseId: cases.items[0].id, unitCode: row.unitCode };
  }
  return null;
}

// A unit with too few responses shows no values of its own, but the meeting can work from the unit
// above and the institution: the chart shows them, with the unit's own values as "too few responses".
test('a unit hidden by the anonymity rule is compared with the units above', async ({ page }) => {
  await signIn(page, DEMO.admin);
  const hidden = await hiddenUnitCase(page.request);
  expect(hidden, 'the demo data has a unit below the anonymity threshold').not.toBeNull();

  await page.goto(`/cases/${hidden?.caseId}/results`);
  await expect(page.getByTestId('too-few')).toBeVisible();
  const chart = page.getByTestId('index-chart-card');
  await expect(chart).toBeVisible();
  await expect(chart.getByTestId('compare-parent')).toBeVisible();
  await expect(chart.getByTestId('legend-comparison').first()).toBeVisible();
  // The table of the same numbers: the unit's own columns say "too few", the unit above has values.
  await chart.getByText('Vis tallene som tabell').click();
  const table = chart.getByTestId('index-table');
  await expect(table.getByText('For få svar').first()).toBeVisible();
  await expect(table.locator('tbody tr').first().locator('td').nth(1)).toHaveText(/^\d,\d\d$/);
  await expectAccessible(page, `results of ${hidden?.unitCode}, hidden`);
  await shoot(page, 'results-hidden');
});

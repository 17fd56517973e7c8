import type { APIRequestContext } from '@playwright/test';
import { DEMO, expect, expectAccessible, shoot, signIn, test } from './support';

/** The leader's IE-IDI case of the 2021 round: its plan can be set against the 2023 results. */
async function earlierCase(request: APIRequestContext): Promise<string> {
  const rounds: { id: string; year: number }[] = await (await request.get('/api/rounds')).json();
  const round = rounds.find((r) => r.year === 2021);
  const cases: { items: { id: string; unitCode: string }[] } = await (
    await request.get(`/api/cases?roundId=${round?.id}&pageSize=100`)
  ).json();
  return cases.items.find((c) => c.unitCode === 'IE-IDI')?.id ?? '';
}

test('a leader sees how the indices the plan aimed at moved by the next survey', async ({
  page,
}) => {
  await signIn(page, DEMO.leaderIdi);
  const caseId = await earlierCase(page.request);
  expect(caseId, 'the demo data has a 2021 case for IE-IDI').not.toBe('');

  await page.goto(`/cases/${caseId}/follow-up`);
  const impact = page.getByTestId('case-impact');
  await expect(impact.getByRole('heading', { name: 'Endring i neste undersøkelse' })).toBeVisible();
  await expect(impact.getByRole('note')).toContainText('beviser ikke');
  const first = impact.locator('tbody tr').first();
  await expect(first.getByRole('rowheader')).toHaveText(/^\d+: /);
  // Before and after as means on the 1–5 scale (or "too few"), and the change with its sign.
  await expect(first.locator('td').nth(0)).toHaveText(/^(\d,\d\d|For få svar)$/);
  await expect(first.locator('td').nth(2)).toHaveText(/^\s*([+−-]?\d,\d\d|–)/);
  await expectAccessible(page, 'follow-up with the change by the next survey');
  await shoot(page, 'case-impact');
});

import { openStatesSql, phaseDeadlineRowsSql, type PhaseKey } from './phase-states';

describe('phase states in SQL', () => {
  it.each<[PhaseKey, string]>([
    ['follow_up_meeting', `c.state IN ('results_published')`],
    ['plan_registered', `c.state IN ('results_published', 'results_presented', 'areas_chosen')`],
    [
      'evaluation',
      `c.state IN ('results_published', 'results_presented', 'areas_chosen', 'measures_planned')`,
    ],
  ])('%s is open in %s', (phase, expected) => {
    expect(openStatesSql(phase)).toBe(expected);
  });

  it('reads every phase deadline of the round as a row (phase, deadline, open)', () => {
    expect(phaseDeadlineRowsSql('r').split('\n')).toEqual([
      `('follow_up_meeting', r.follow_up_meeting_by, ${openStatesSql('follow_up_meeting')}),`,
      `('plan_registered', r.plan_registered_by, ${openStatesSql('plan_registered')}),`,
      `('evaluation', r.evaluation_by, ${openStatesSql('evaluation')})`,
    ]);
  });
});

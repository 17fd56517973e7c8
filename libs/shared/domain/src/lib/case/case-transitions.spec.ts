import { CASE_STATES, type CaseState } from './case-state';
import {
  allowedTransitions,
  canCloseOnNextRound,
  isAllowedTransition,
  isForward,
  isStepBack,
} from './case-transitions';

const FORWARD: [CaseState, CaseState][] = [
  ['results_published', 'results_presented'],
  ['results_presented', 'areas_chosen'],
  ['areas_chosen', 'measures_planned'],
  ['measures_planned', 'evaluated'],
  ['evaluated', 'closed'],
];
const BACK = FORWARD.map(([from, to]): [CaseState, CaseState] => [to, from]);

const ALL_PAIRS = CASE_STATES.flatMap((from) =>
  CASE_STATES.map((to): [CaseState, CaseState] => [from, to]),
);
const has = (list: [CaseState, CaseState][], from: CaseState, to: CaseState) =>
  list.some(([f, t]) => f === from && t === to);

describe('case transitions', () => {
  it.each(ALL_PAIRS)('%s → %s', (from, to) => {
    const forward = has(FORWARD, from, to);
    const back = has(BACK, from, to);
    expect(isAllowedTransition(from, to)).toBe(forward || back);
    expect(isForward(from, to)).toBe(forward);
    expect(isStepBack(from, to)).toBe(back);
  });

  it('lists the targets of each state, forward first', () => {
    expect(allowedTransitions('results_published')).toEqual(['results_presented']);
    expect(allowedTransitions('evaluated')).toEqual(['closed', 'measures_planned']);
    expect(allowedTransitions('closed')).toEqual(['evaluated']);
  });

  it.each(CASE_STATES)('the next round may close a case in %s unless already closed', (state) => {
    expect(canCloseOnNextRound(state)).toBe(state !== 'closed');
  });
});

import { trafficLight } from './traffic-light';

describe('traffic light', () => {
  const today = '2026-03-10';
  it('is red when a measure is overdue', () => {
    expect(
      trafficLight(
        { state: 'measures_planned', measuresOverdue: 1, nextDeadline: '2026-12-01' },
        today,
      ),
    ).toBe('red');
  });
  it('is red when the next deadline has passed', () => {
    expect(
      trafficLight(
        { state: 'results_published', measuresOverdue: 0, nextDeadline: '2026-03-09' },
        today,
      ),
    ).toBe('red');
  });
  it('is yellow within two weeks of the next deadline', () => {
    expect(
      trafficLight(
        { state: 'results_published', measuresOverdue: 0, nextDeadline: '2026-03-24' },
        today,
      ),
    ).toBe('yellow');
    expect(
      trafficLight(
        { state: 'results_published', measuresOverdue: 0, nextDeadline: '2026-03-25' },
        today,
      ),
    ).toBe('green');
  });
  it('is green when closed or without deadlines', () => {
    expect(trafficLight({ state: 'closed', measuresOverdue: 3, nextDeadline: null }, today)).toBe(
      'green',
    );
    expect(
      trafficLight({ state: 'areas_chosen', measuresOverdue: 0, nextDeadline: null }, today),
    ).toBe('green');
  });
});

import { validatePlan } from './plan-validation';
import { aMeasure, anArea } from './testing-factories';

describe('action plan validation', () => {
  it('is complete when every selected area has a measure with goal, responsible and deadline', () => {
    const result = validatePlan({
      workshopDate: '2026-02-01',
      areas: [anArea()],
      measures: [aMeasure()],
    });
    expect(result.complete).toBe(true);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.missing).toEqual([]);
  });

  it('names the missing columns per measure', () => {
    const result = validatePlan({
      workshopDate: '2026-02-01',
      areas: [anArea()],
      measures: [
        aMeasure({ goal: ' ', responsibleRole: null, responsibleUserId: null, deadline: null }),
      ],
    });
    expect(result.complete).toBe(false);
    expect(result.rows[0]?.missing).toEqual(['goal', 'responsible', 'deadline']);
  });

  it('accepts an accountable user instead of a responsible role', () => {
    const result = validatePlan({
      workshopDate: null,
      areas: [anArea()],
      measures: [aMeasure({ responsibleRole: null, responsibleUserId: 'u1' })],
    });
    expect(result.rows[0]?.missing).toEqual([]);
  });

  it('lists selected areas without measures and ignores unselected areas and cancelled measures', () => {
    const result = validatePlan({
      workshopDate: null,
      areas: [anArea({ id: 'a1' }), anArea({ id: 'a2', title: 'Ikke valgt', selected: false })],
      measures: [
        aMeasure({ areaId: 'a1', status: 'cancelled', goal: null }),
        aMeasure({ id: 'm2', areaId: 'a2', goal: null }),
      ],
    });
    expect(result.areasWithoutMeasures.map((a) => a.id)).toEqual(['a1']);
    expect(result.rows).toEqual([]);
    expect(result.complete).toBe(false);
  });

  it('is not complete without any selected area', () => {
    expect(
      validatePlan({ workshopDate: null, areas: [anArea({ selected: false })], measures: [] })
        .complete,
    ).toBe(false);
  });

  it('orders rows by area rank', () => {
    const result = validatePlan({
      workshopDate: null,
      areas: [anArea({ id: 'a2', title: 'B', rank: 2 }), anArea({ id: 'a1', title: 'A', rank: 1 })],
      measures: [aMeasure({ id: 'm2', areaId: 'a2' }), aMeasure({ id: 'm1', areaId: 'a1' })],
    });
    expect(result.rows.map((r) => r.measure.id)).toEqual(['m1', 'm2']);
  });
});

import type { CompletionRowDto } from '@tiltak/web/shared/data-access';
import {
  barWidth,
  differenceBar,
  splitSuppressed,
  trailTo,
  trendDirection,
} from './completion-view';

const row = (overrides: Partial<CompletionRowDto>): CompletionRowDto =>
  ({
    unitId: 'u',
    unitCode: 'U',
    unitNameNb: 'Enhet',
    unitNameEn: 'Unit',
    kind: 'department',
    drillDown: null,
    previous: null,
    trend: null,
    units: 1,
    unitsWithResults: 1,
    unitsSuppressed: 0,
    unitsWithoutResults: 0,
    followUpMeetingHeld: 0,
    followUpMeetingHeldPct: null,
    areasChosen: 0,
    areasChosenPct: null,
    planRegistered: 0,
    planRegisteredPct: null,
    evaluated: 0,
    evaluatedPct: null,
    measuresTotal: 0,
    measuresDone: 0,
    measuresOverdue: 0,
    onTimePct: null,
    medianDaysLate: null,
    ...overrides,
  }) as CompletionRowDto;

describe('completion view', () => {
  it('draws bars within their track and nothing for a missing share', () => {
    expect(barWidth(null)).toBe(0);
    expect(barWidth(undefined)).toBe(0);
    expect(barWidth(42.5)).toBe(42.5);
    expect(barWidth(140)).toBe(100);
    expect(barWidth(-3)).toBe(0);
  });

  it('reads the trend in percentage points', () => {
    expect(trendDirection(null)).toBe('none');
    expect(trendDirection(0)).toBe('flat');
    expect(trendDirection(12.4)).toBe('up');
    expect(trendDirection(-0.5)).toBe('down');
  });

  it('lists wholly suppressed groups separately, keeping partly suppressed ones in the table', () => {
    const rows = [
      row({ unitId: 'a' }),
      row({ unitId: 'b', unitsSuppressed: 1, unitsWithResults: 0 }),
      row({ unitId: 'c', units: 5, unitsSuppressed: 2 }),
    ];
    const { shown, suppressed } = splitSuppressed(rows);
    expect(shown.map((r) => r.unitId)).toEqual(['a', 'c']);
    expect(suppressed.map((r) => r.unitId)).toEqual(['b']);
  });

  it('keeps a group without units in the table', () => {
    expect(splitSuppressed([row({ units: 0, unitsSuppressed: 0 })]).suppressed).toEqual([]);
  });

  it('cuts the drill-down trail at the chosen crumb', () => {
    const trail = [
      { unitId: null, groupBy: 'faculty' as const, label: null },
      { unitId: 'ie', groupBy: 'department' as const, label: 'IE' },
      { unitId: 'idi', groupBy: 'unit' as const, label: 'IDI' },
    ];
    expect(trailTo(trail, 0)).toEqual([trail[0]]);
    expect(trailTo(trail, 1)).toEqual(trail.slice(0, 2));
  });

  it('draws a difference from the centre of its track, right for a rise and left for a fall, capped at the scale', () => {
    expect(differenceBar(0.25, 0.5)).toEqual({ left: 50, width: 25, up: true });
    expect(differenceBar(-0.5, 0.5)).toEqual({ left: 0, width: 50, up: false });
    expect(differenceBar(-2, 0.5)).toEqual({ left: 0, width: 50, up: false });
    expect(differenceBar(0, 0.5)).toEqual({ left: 50, width: 0, up: true });
    expect(differenceBar(null, 0.5)).toBeNull();
    expect(differenceBar(0.1, 0)).toBeNull();
  });
});

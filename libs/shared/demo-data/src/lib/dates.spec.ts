import { addDays, daysBetween, parseIsoDate } from './dates';

describe('dates', () => {
  it('adds days across months, leap days and years like Date does', () => {
    for (let offset = -800; offset <= 800; offset += 7) {
      const expected = new Date(Date.UTC(2024, 1, 29) + offset * 86_400_000)
        .toISOString()
        .slice(0, 10);
      expect(addDays('2024-02-29', offset)).toBe(expected);
      expect(daysBetween('2024-02-29', expected)).toBe(offset);
    }
    expect(addDays('1999-12-31', 1)).toBe('2000-01-01');
  });

  it('rejects what is not a calendar date', () => {
    expect(() => parseIsoDate('2025-02-29')).toThrow(/calendar date/);
    expect(() => parseIsoDate('2025-2-1')).toThrow(/YYYY-MM-DD/);
  });
});

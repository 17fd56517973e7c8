import { dateToIso, isoToDate, parseLocalDate } from './iso-date';

describe('calendar dates', () => {
  it('round-trips YYYY-MM-DD through local dates', () => {
    expect(dateToIso(isoToDate('2026-03-01'))).toBe('2026-03-01');
    expect(isoToDate(null)).toBeNull();
  });

  it('parses dates as Norwegians type them', () => {
    expect(dateToIso(parseLocalDate('31.12.2026'))).toBe('2026-12-31');
    expect(dateToIso(parseLocalDate('1.5.26'))).toBe('2026-05-01');
    expect(dateToIso(parseLocalDate('2026-05-17'))).toBe('2026-05-17');
  });

  it('rejects impossible dates', () => {
    expect(parseLocalDate('31.02.2026')).toBeNull();
    expect(parseLocalDate('hello')).toBeNull();
  });
});

import { addDays, dayOfWeek, diffDays, isIsoDate, osloDate } from './oslo-date';

describe('osloDate', () => {
  it.each([
    ['2026-01-15T12:00:00Z', '2026-01-15'],
    ['2026-01-15T22:59:59Z', '2026-01-15'], // 23:59 CET
    ['2026-01-15T23:00:00Z', '2026-01-16'], // midnight CET
    ['2026-03-28T23:30:00Z', '2026-03-29'], // 00:30 CET, the night DST starts
    ['2026-03-29T00:30:00Z', '2026-03-29'], // 01:30 CET, before the switch at 01:00Z
    ['2026-03-29T01:30:00Z', '2026-03-29'], // 03:30 CEST, after the switch
    ['2026-03-29T21:59:59Z', '2026-03-29'], // 23:59 CEST
    ['2026-03-29T22:00:00Z', '2026-03-30'], // midnight CEST
    ['2026-06-30T22:30:00Z', '2026-07-01'], // summer evening in UTC, next day in Oslo
    ['2026-10-24T21:59:59Z', '2026-10-24'], // 23:59 CEST
    ['2026-10-24T22:00:00Z', '2026-10-25'], // midnight CEST, the night DST ends
    ['2026-10-25T00:30:00Z', '2026-10-25'], // 02:30 CEST, the first time
    ['2026-10-25T01:30:00Z', '2026-10-25'], // 02:30 CET, the second time
    ['2026-10-25T22:59:59Z', '2026-10-25'], // 23:59 CET
    ['2026-10-25T23:00:00Z', '2026-10-26'], // midnight CET
    ['2026-12-31T23:00:00Z', '2027-01-01'], // new year in Oslo first
  ])('%s is %s in Oslo', (instant, expected) => {
    expect(osloDate(new Date(instant))).toBe(expected);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-05-04', -7, '2026-04-27'],
    ['2026-05-04', 28, '2026-06-01'],
  ])('addDays(%s, %s) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(diffDays(expected, date)).toBe(n);
  });

  it.each([
    ['2026-04-02', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-4-2', false],
    ['2026-04-02T00:00:00Z', false],
  ])('isIsoDate(%s) = %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2026-04-05', 0],
    ['2026-04-06', 1],
    ['2026-04-04', 6],
  ])('dayOfWeek(%s) = %s', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });

  it('rejects malformed dates instead of guessing', () => {
    expect(() => addDays('02.04.2026', 1)).toThrow(RangeError);
  });
});

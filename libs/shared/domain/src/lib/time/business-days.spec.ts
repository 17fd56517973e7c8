import { addBusinessDays, isBusinessDay, isNorwegianHoliday } from './business-days';

describe('Norwegian business days', () => {
  it.each([
    ['2026-04-01', false, true], // Wednesday before Easter
    ['2026-04-02', true, false], // Skjærtorsdag
    ['2026-04-03', true, false], // Langfredag
    ['2026-04-04', false, false], // Saturday
    ['2026-04-05', true, false], // 1. påskedag (a Sunday)
    ['2026-04-06', true, false], // 2. påskedag
    ['2026-04-07', false, true],
    ['2026-05-01', true, false], // Arbeidernes dag
    ['2026-05-14', true, false], // Kristi himmelfartsdag
    ['2026-05-17', true, false], // Grunnlovsdagen (a Sunday in 2026)
    ['2027-05-17', true, false], // Grunnlovsdagen on a Monday
    ['2026-05-25', true, false], // 2. pinsedag
    ['2026-12-24', false, true], // Julaften is not a public holiday
    ['2026-12-25', true, false],
    ['2026-12-26', true, false], // 2. juledag (a Saturday)
    ['2026-12-28', false, true],
    ['2026-12-31', false, true],
    ['2027-01-01', true, false],
    ['2026-06-13', false, false], // Saturday
    ['2026-06-14', false, false], // Sunday
    ['2026-06-15', false, true], // Monday
  ])('%s: holiday %s, business day %s', (date, holiday, business) => {
    expect(isNorwegianHoliday(date)).toBe(holiday);
    expect(isBusinessDay(date)).toBe(business);
  });

  it('rejects malformed dates instead of guessing', () => {
    expect(() => isBusinessDay('2026-02-30')).toThrow(RangeError);
  });

  it.each([
    ['2026-04-01', 1, '2026-04-07'], // across Easter
    ['2026-04-07', -1, '2026-04-01'],
    ['2026-04-10', -7, '2026-03-27'],
    ['2026-03-31', 3, '2026-04-08'],
    ['2026-06-12', 1, '2026-06-15'], // Friday → Monday
    ['2026-06-13', 1, '2026-06-15'], // Saturday → Monday
    ['2026-06-15', -1, '2026-06-12'],
    ['2026-05-13', 1, '2026-05-15'], // over Kristi himmelfartsdag
    ['2026-12-23', 2, '2026-12-28'], // Julaften counts, Christmas does not
    ['2026-12-31', 1, '2027-01-04'], // over New Year and a weekend
    ['2026-06-13', 0, '2026-06-13'],
  ])('addBusinessDays(%s, %s) = %s', (date, n, expected) => {
    expect(addBusinessDays(date, n)).toBe(expected);
  });
});

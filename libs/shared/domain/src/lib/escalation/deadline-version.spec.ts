import { phaseDeadlineVersion, phaseDeadlineVersionSql } from './deadline-version';

describe('phase deadline version', () => {
  it.each<[string, number]>([
    ['2026-05-04', 20260504],
    ['2026-12-31', 20261231],
    ['2027-01-01', 20270101],
  ])('deadline %s has version %s', (deadline, expected) => {
    expect(phaseDeadlineVersion(deadline)).toBe(expected);
  });

  it('changes whenever the deadline moves, in either direction', () => {
    const days = ['2026-02-28', '2026-03-01', '2026-03-02', '2027-01-01'];
    const versions = days.map(phaseDeadlineVersion);
    expect(new Set(versions).size).toBe(days.length);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it.each<[string, string]>([
    ['p.deadline', `to_char(p.deadline, 'YYYYMMDD')::int`],
    ['r.evaluation_by', `to_char(r.evaluation_by, 'YYYYMMDD')::int`],
  ])('in SQL from %s: %s', (date, expected) => {
    expect(phaseDeadlineVersionSql(date)).toBe(expected);
  });
});

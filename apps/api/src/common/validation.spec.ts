import { isCalendarDate } from './validation';

describe('isCalendarDate', () => {
  it.each(['2026-01-31', '2024-02-29', '2026-12-31', '1900-01-01'])('accepts %s', (d) =>
    expect(isCalendarDate(d)).toBe(true),
  );
  it.each([
    '2026-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-1-5',
    '26-01-01',
    '2026-01-01T00:00:00Z',
    '',
    20260101,
    null,
    '2201-01-01',
  ])('refuses %p', (d) => expect(isCalendarDate(d)).toBe(false));
});

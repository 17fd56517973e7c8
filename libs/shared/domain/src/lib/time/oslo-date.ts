// Calendar dates are `YYYY-MM-DD` strings: they sort and compare as text, and carry no time zone to
// get wrong. Arithmetic runs on UTC midnight, where every day has 24 hours (no DST).

export const OSLO_TIME_ZONE = 'Europe/Oslo';

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const osloFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: OSLO_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Europe/Oslo at this instant. */
export function osloDate(instant: Date): string {
  const parts = osloFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && toIso(toUtc(value)) === value;
}

export function addDays(date: string, n: number): string {
  return toIso(toUtc(date) + n * DAY_MS);
}

/** Days from `b` to `a`: `diffDays('2026-01-10', '2026-01-01') === 9`. */
export function diffDays(a: string, b: string): number {
  return Math.round((toUtc(a) - toUtc(b)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
export function dayOfWeek(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

function toUtc(date: string): number {
  if (!ISO_DATE.test(date)) {
    throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  }
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

function toIso(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

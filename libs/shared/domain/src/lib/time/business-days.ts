import * as holidaysModule from 'date-holidays';
import { addDays, dayOfWeek, isIsoDate } from './oslo-date';

// Kept apart from oslo-date.ts: date-holidays pulls ~1 MB (moment-timezone) into a browser bundle,
// so only code that really counts business days should import this file.

type HolidaysClass = typeof holidaysModule.default;

// The package is CommonJS (`module.exports = Holidays`) for require and has a default export for
// ESM bundlers; take whichever is there, so consumers work with or without esModuleInterop.
const Holidays: HolidaysClass =
  (holidaysModule as { default?: HolidaysClass }).default ??
  (holidaysModule as unknown as HolidaysClass);

let norway: InstanceType<HolidaysClass> | undefined;
const holidaysByYear = new Map<string, ReadonlySet<string>>();

/** Norwegian public holidays (helligdager); Christmas Eve and New Year's Eve are not among them. */
export function isNorwegianHoliday(date: string): boolean {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return holidaysOf(date.slice(0, 4)).has(date);
}

export function isBusinessDay(date: string): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isNorwegianHoliday(date);
}

/** Moves `n` business days (back when negative); `n = 0` returns `date` even if it is not a business day. */
export function addBusinessDays(date: string, n: number): string {
  const step = Math.sign(n);
  let current = date;
  for (let left = Math.abs(n); left > 0; ) {
    current = addDays(current, step);
    if (isBusinessDay(current)) left--;
  }
  return current;
}

function holidaysOf(year: string): ReadonlySet<string> {
  let dates = holidaysByYear.get(year);
  if (!dates) {
    norway ??= new Holidays('NO');
    dates = new Set(
      norway
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    holidaysByYear.set(year, dates);
  }
  return dates;
}

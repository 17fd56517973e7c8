import type { Cell } from '../results';

/** A cell as trimmed text ('' when blank). */
export const text = (c: Cell): string => String(c ?? '').trim();

export type DateCell = { date: string | null } | { error: string };

/** YYYY-MM-DD (what XLSX dates become) or the Norwegian DD.MM.YYYY; blank is null. */
export function parseDate(c: Cell): DateCell {
  const v = text(c);
  if (!v) return { date: null };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const nb = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : nb
      ? [nb[3], nb[2].padStart(2, '0'), nb[1].padStart(2, '0')]
      : [];
  if (!y) return { error: `"${v.slice(0, 20)}" is not a date (YYYY-MM-DD or DD.MM.YYYY)` };
  const date = `${y}-${m}-${d}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date)
    return { error: `"${v}" is not a calendar date` };
  return { date };
}

/** Whether a validity period (either end open) covers this day; valid_to is the last day. */
export const validOn = (today: string, from: string | null, to: string | null): boolean =>
  (!from || from <= today) && (!to || to >= today);

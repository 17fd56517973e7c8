import type { CaseSummaryDto } from '@tiltak/shared/api-contract';

export type TrafficLight = 'green' | 'yellow' | 'red';

/** Days before a deadline at which a case turns yellow (the reminder comes 7 days before). */
export const SOON_DAYS = 14;

function daysBetween(fromIso: string, toIso: string): number {
  const [a, b] = [fromIso, toIso].map((iso) =>
    Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)),
  );
  return Math.round(((b as number) - (a as number)) / 86_400_000);
}

/**
 * Red: something is overdue. Yellow: the next deadline is within two weeks. Green: on track or done.
 * @param today `YYYY-MM-DD` in Europe/Oslo
 */
export function trafficLight(
  summary: Pick<CaseSummaryDto, 'state' | 'measuresOverdue' | 'nextDeadline'>,
  today: string,
): TrafficLight {
  if (summary.state === 'closed') return 'green';
  if (summary.measuresOverdue > 0) return 'red';
  if (summary.nextDeadline === null) return 'green';
  const days = daysBetween(today, summary.nextDeadline);
  if (days < 0) return 'red';
  return days <= SOON_DAYS ? 'yellow' : 'green';
}

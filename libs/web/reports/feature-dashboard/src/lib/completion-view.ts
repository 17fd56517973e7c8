import type { CompletionRowDto, CompletionTrendKey } from '@tiltak/web/shared/data-access';

/** The shares the dashboard draws as bars, in the order of the follow-up process. */
export const SHARE_COLUMNS = [
  'followUpMeetingHeldPct',
  'areasChosenPct',
  'planRegisteredPct',
  'evaluatedPct',
  'onTimePct',
] as const satisfies readonly CompletionTrendKey[];
export type ShareColumn = (typeof SHARE_COLUMNS)[number];

/** A bar's width in % of its track: missing values draw nothing, values are kept within 0–100. */
export function barWidth(pct: number | null | undefined): number {
  if (pct === null || pct === undefined || Number.isNaN(pct)) return 0;
  return Math.min(Math.max(pct, 0), 100);
}

export type TrendDirection = 'up' | 'down' | 'flat' | 'none';

/** Percentage points since the previous round, as an arrow the eye can scan. */
export function trendDirection(points: number | null | undefined): TrendDirection {
  if (points === null || points === undefined || Number.isNaN(points)) return 'none';
  if (Math.abs(points) < 0.05) return 'flat';
  return points > 0 ? 'up' : 'down';
}

/**
 * Rows whose every unit is suppressed by the anonymity rule are listed on their own, so they are seen
 * rather than silently lowering the shares; the rest keep their order.
 */
export function splitSuppressed(rows: readonly CompletionRowDto[]): {
  shown: CompletionRowDto[];
  suppressed: CompletionRowDto[];
} {
  const shown: CompletionRowDto[] = [];
  const suppressed: CompletionRowDto[] = [];
  for (const row of rows)
    (row.units > 0 && row.unitsSuppressed === row.units ? suppressed : shown).push(row);
  return { shown, suppressed };
}

export interface Crumb {
  unitId: string | null;
  groupBy: 'faculty' | 'department' | 'unit';
  label: string | null;
}

/** The drill-down trail: going to a crumb drops the ones after it. */
export function trailTo(trail: readonly Crumb[], index: number): Crumb[] {
  return trail.slice(0, Math.max(index, 0) + 1);
}

/**
 * A difference drawn on a track centred on zero: the bar's left edge and width in % of the track, up
 * (right of zero) or down; `scale` is the difference that reaches the track's end. Null draws nothing.
 */
export function differenceBar(
  value: number | null,
  scale: number,
): { left: number; width: number; up: boolean } | null {
  if (value === null || Number.isNaN(value) || !(scale > 0)) return null;
  const half = Math.min(Math.abs(value) / scale, 1) * 50;
  return value >= 0
    ? { left: 50, width: half, up: true }
    : { left: 50 - half, width: half, up: false };
}

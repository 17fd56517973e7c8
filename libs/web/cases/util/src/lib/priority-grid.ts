import { PRIORITY_SCORE_MAX, PRIORITY_SCORE_MIN } from '@tiltak/shared/domain';

/**
 * The importance × feasibility grid from the workshop deck ("prioriter tiltakene ut fra viktighet
 * og mulighet for realisering"). Scores are 1–5; 4 and above counts as high.
 */
export type PriorityQuadrant = 'do_first' | 'plan' | 'quick_win' | 'reconsider' | 'unscored';

const HIGH = 4;

export interface Scored {
  importance: number | null;
  feasibility: number | null;
}

export function quadrantOf({ importance, feasibility }: Scored): PriorityQuadrant {
  if (importance === null || feasibility === null) return 'unscored';
  const important = importance >= HIGH;
  const feasible = feasibility >= HIGH;
  if (important && feasible) return 'do_first';
  if (important) return 'plan';
  if (feasible) return 'quick_win';
  return 'reconsider';
}

/** Higher is more urgent; unscored measures sort last. Importance weighs a little more than feasibility. */
export function priorityScore({ importance, feasibility }: Scored): number {
  if (importance === null || feasibility === null) return -1;
  return importance * 2 + feasibility;
}

export function sortByPriority<T extends Scored & { title: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => priorityScore(b) - priorityScore(a) || a.title.localeCompare(b.title, 'nb'),
  );
}

export interface GridCell<T> {
  importance: number;
  feasibility: number;
  items: T[];
}

const SCORES = Array.from(
  { length: PRIORITY_SCORE_MAX - PRIORITY_SCORE_MIN + 1 },
  (_, i) => PRIORITY_SCORE_MAX - i,
);

/**
 * Rows of cells, most important first (top), feasibility rising left to right, as the grid is drawn.
 * Unscored items are returned separately.
 */
export function buildGrid<T extends Scored>(
  items: readonly T[],
): { rows: GridCell<T>[][]; unscored: T[] } {
  const rows = SCORES.map((importance) =>
    [...SCORES].reverse().map((feasibility) => ({ importance, feasibility, items: [] as T[] })),
  );
  const unscored: T[] = [];
  for (const item of items) {
    if (item.importance === null || item.feasibility === null) {
      unscored.push(item);
      continue;
    }
    const row = rows[PRIORITY_SCORE_MAX - item.importance];
    const cell = row?.[item.feasibility - PRIORITY_SCORE_MIN];
    if (cell) cell.items.push(item);
    else unscored.push(item);
  }
  return { rows, unscored };
}

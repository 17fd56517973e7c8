import { buildGrid, priorityScore, quadrantOf, sortByPriority } from './priority-grid';

const m = (title: string, importance: number | null, feasibility: number | null) => ({
  title,
  importance,
  feasibility,
});

describe('importance × feasibility grid', () => {
  it('places measures in quadrants', () => {
    expect(quadrantOf(m('a', 5, 5))).toBe('do_first');
    expect(quadrantOf(m('a', 5, 2))).toBe('plan');
    expect(quadrantOf(m('a', 2, 4))).toBe('quick_win');
    expect(quadrantOf(m('a', 3, 3))).toBe('reconsider');
    expect(quadrantOf(m('a', null, 3))).toBe('unscored');
  });

  it('ranks importance above feasibility and unscored last', () => {
    const sorted = sortByPriority([
      m('unscored', null, null),
      m('feasible', 3, 5),
      m('important', 5, 3),
      m('both', 5, 5),
    ]);
    expect(sorted.map((x) => x.title)).toEqual(['both', 'important', 'feasible', 'unscored']);
    expect(priorityScore(m('x', null, 2))).toBe(-1);
  });

  it('draws 5×5 cells with the most important row first and feasibility rising to the right', () => {
    const { rows, unscored } = buildGrid([
      m('top-right', 5, 5),
      m('bottom-left', 1, 1),
      m('none', null, 1),
    ]);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    expect(rows[0]?.[4]?.items.map((x) => x.title)).toEqual(['top-right']);
    expect(rows[4]?.[0]?.items.map((x) => x.title)).toEqual(['bottom-left']);
    expect(rows[0]?.[0]).toMatchObject({ importance: 5, feasibility: 1 });
    expect(unscored.map((x) => x.title)).toEqual(['none']);
  });
});

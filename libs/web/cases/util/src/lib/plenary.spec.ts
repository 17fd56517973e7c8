import { mergeProposals, proposalKey } from './plenary';
import { aGroup, anArea } from './testing-factories';

describe('plenary merge', () => {
  it('compares titles case- and space-insensitively', () => {
    expect(proposalKey('  Bedre   Samarbeid ')).toBe('bedre samarbeid');
  });

  it('counts how many groups chose each area, most chosen first', () => {
    const merged = mergeProposals([
      aGroup({
        id: 'g1',
        name: 'Gruppe 1',
        proposals: [
          { kind: 'develop', title: 'Arbeidsbelastning' },
          { kind: 'preserve', title: 'Godt kollegafellesskap' },
        ],
      }),
      aGroup({
        id: 'g2',
        name: 'Gruppe 2',
        proposals: [{ kind: 'develop', title: 'arbeidsbelastning ' }],
      }),
      aGroup({
        id: 'g3',
        name: 'Gruppe 3',
        proposals: [
          { kind: 'develop', title: 'Arbeidsbelastning' },
          { kind: 'develop', title: 'Informasjonsflyt' },
        ],
      }),
    ]);
    expect(merged.map((m) => [m.title, m.groups])).toEqual([
      ['Arbeidsbelastning', 3],
      ['Godt kollegafellesskap', 1],
      ['Informasjonsflyt', 1],
    ]);
    expect(merged[0]?.groupNames).toEqual(['Gruppe 1', 'Gruppe 2', 'Gruppe 3']);
  });

  it('counts a title once per group and skips blank titles', () => {
    const merged = mergeProposals([
      aGroup({
        proposals: [
          { kind: 'develop', title: 'Stress' },
          { kind: 'develop', title: 'STRESS' },
          { kind: 'develop', title: '  ' },
        ],
      }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.groups).toBe(1);
  });

  it('unions the linked indices', () => {
    const merged = mergeProposals([
      aGroup({
        id: 'g1',
        proposals: [{ kind: 'develop', title: 'Stress', indexCodes: ['no_stress'] }],
      }),
      aGroup({
        id: 'g2',
        proposals: [
          { kind: 'develop', title: 'Stress', indexCodes: ['no_stress', 'no_work_home_conflict'] },
        ],
      }),
    ]);
    expect(merged[0]?.indexCodes).toEqual(['no_stress', 'no_work_home_conflict']);
  });

  it("links each row to the unit's area with the same title", () => {
    const area = anArea({ id: 'a9', title: 'Arbeidsbelastning', selected: true });
    const merged = mergeProposals(
      [
        aGroup({
          proposals: [
            { kind: 'develop', title: 'arbeidsbelastning' },
            { kind: 'develop', title: 'Annet' },
          ],
        }),
      ],
      [area],
    );
    expect(merged.find((m) => m.key === 'arbeidsbelastning')?.area?.id).toBe('a9');
    expect(merged.find((m) => m.key === 'annet')?.area).toBeNull();
  });
});

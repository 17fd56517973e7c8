import fc from 'fast-check';
import { computeIndexSuppression, computeSuppression, type ResultNode } from './anonymity';

/**
 * A random tree in which every unit's respondents pool its own staff and its children's, as the
 * survey reports do: [parent index or -1, own respondents] per node, parents before children.
 */
const INDEX_CODES = ['autonomy', 'no_stress', 'mastery'];

/**
 * The same, with the number who answered each of three indices: of a unit's own staff, any percentage
 * answered (0 = the index is missing), and a unit's n pools its subtree's as its respondents do.
 */
const indexedTreeArb = fc
  .array(
    fc.tuple(
      fc.nat(),
      fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })),
      fc.array(fc.oneof(fc.constant(100), fc.integer({ min: 0, max: 100 })), {
        minLength: INDEX_CODES.length,
        maxLength: INDEX_CODES.length,
      }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((spec) => {
    const parent = spec.map(([p], i) => (i === 0 ? -1 : p % (i + 1) === i ? -1 : p % i));
    const total = spec.map(([, own]) => own);
    const totalN = spec.map(([, own, shares]) =>
      shares.map((pct) => Math.floor((own * pct) / 100)),
    );
    for (let i = spec.length - 1; i > 0; i--) {
      if (parent[i] < 0) continue;
      total[parent[i]] += total[i];
      totalN[i].forEach((n, k) => (totalN[parent[i]][k] += n));
    }
    const id = (i: number) => `u${String(i).padStart(2, '0')}`;
    return spec.map((_, i) => ({
      id: id(i),
      parentId: parent[i] >= 0 ? id(parent[i]) : null,
      respondents: total[i],
      indexN: Object.fromEntries(
        INDEX_CODES.flatMap((code, k) => (totalN[i][k] > 0 ? [[code, totalN[i][k]]] : [])),
      ),
    }));
  });

const treeArb = indexedTreeArb.map((nodes) =>
  nodes.map(({ id, parentId, respondents }): ResultNode => ({ id, parentId, respondents })),
);

/** Visible proper descendants of a node, as id sets, for the oracle below. */
function descendants(nodes: ResultNode[], id: string): ResultNode[] {
  const out: ResultNode[] = [];
  const stack = nodes.filter((n) => n.parentId === id);
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    stack.push(...nodes.filter((c) => c.parentId === n.id));
  }
  return out;
}

function isAncestor(nodes: ResultNode[], a: string, b: string): boolean {
  return descendants(nodes, a).some((d) => d.id === b);
}

/**
 * Independent oracle: for every visible unit P and every set of visible, pairwise unrelated
 * descendants S, the group "P minus S" has 0 or at least `threshold` respondents.
 */
function derivableGroupsAreSafe(
  nodes: ResultNode[],
  visible: Set<string>,
  threshold: number,
): string | null {
  for (const p of nodes.filter((n) => visible.has(n.id))) {
    const ds = descendants(nodes, p.id).filter((d) => visible.has(d.id));
    const subsets = 1 << ds.length;
    for (let mask = 1; mask < subsets && mask < 1 << 12; mask++) {
      const chosen = ds.filter((_, i) => mask & (1 << i));
      const antichain = chosen.every((a) =>
        chosen.every(
          (b) => a === b || (!isAncestor(nodes, a.id, b.id) && !isAncestor(nodes, b.id, a.id)),
        ),
      );
      if (!antichain) continue;
      const rest = p.respondents - chosen.reduce((s, d) => s + d.respondents, 0);
      if (rest > 0 && rest < threshold)
        return `${p.id} minus ${chosen.map((c) => c.id).join('+')} leaves ${rest}`;
    }
  }
  return null;
}

describe('computeSuppression', () => {
  it('suppresses every unit below the threshold', () => {
    fc.assert(
      fc.property(treeArb, fc.integer({ min: 1, max: 10 }), (nodes, threshold) => {
        const s = computeSuppression(nodes, threshold);
        for (const n of nodes)
          if (n.respondents < threshold) expect(s.get(n.id)).toBe('below_threshold');
      }),
    );
  });

  it('leaves no group below the threshold derivable by subtracting visible units', () => {
    fc.assert(
      fc.property(treeArb, fc.integer({ min: 2, max: 10 }), (nodes, threshold) => {
        const s = computeSuppression(nodes, threshold);
        const visible = new Set(nodes.filter((n) => !s.has(n.id)).map((n) => n.id));
        expect(derivableGroupsAreSafe(nodes, visible, threshold)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('suppresses nothing more when no group is small', () => {
    fc.assert(
      fc.property(treeArb, (nodes) => {
        const threshold = 1;
        expect(
          computeSuppression(
            nodes.filter((n) => n.respondents > 0),
            threshold,
          ).size,
        ).toBe(0);
      }),
    );
  });

  it('is deterministic and independent of input order', () => {
    fc.assert(
      fc.property(treeArb, fc.integer({ min: 2, max: 8 }), (nodes, threshold) => {
        const a = computeSuppression(nodes, threshold);
        const b = computeSuppression([...nodes].reverse(), threshold);
        expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
      }),
    );
  });

  it('hides every index value answered by fewer than the threshold', () => {
    fc.assert(
      fc.property(indexedTreeArb, fc.integer({ min: 1, max: 10 }), (nodes, threshold) => {
        const byIndex = computeIndexSuppression(nodes, threshold);
        for (const code of INDEX_CODES) {
          for (const n of nodes) {
            const count = n.indexN[code] ?? 0;
            const reason = byIndex.get(code)?.get(n.id);
            // A missing value has nothing to hide and is not listed.
            if (count === 0) expect(reason).toBeUndefined();
            else if (count < threshold) expect(reason).toBe('below_threshold');
          }
        }
      }),
    );
  });

  it('leaves no index value below the threshold derivable, also where the unit rule hides more', () => {
    fc.assert(
      fc.property(indexedTreeArb, fc.integer({ min: 2, max: 10 }), (nodes, threshold) => {
        const units = computeSuppression(nodes, threshold);
        const byIndex = computeIndexSuppression(nodes, threshold);
        for (const code of INDEX_CODES) {
          const counts = nodes.map(
            (n): ResultNode => ({
              id: n.id,
              parentId: n.parentId,
              respondents: n.indexN[code] ?? 0,
            }),
          );
          // What an endpoint shows for the index: values whose unit and value are both visible.
          const shown = new Set(
            nodes
              .filter((n) => n.indexN[code] && !units.has(n.id) && !byIndex.get(code)?.has(n.id))
              .map((n) => n.id),
          );
          expect(derivableGroupsAreSafe(counts, shown, threshold)).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is the unit rule itself when every index was answered by every respondent', () => {
    fc.assert(
      fc.property(treeArb, fc.integer({ min: 1, max: 10 }), (nodes, threshold) => {
        const answered = nodes.filter((n) => n.respondents > 0);
        const byIndex = computeIndexSuppression(
          answered.map((n) => ({ ...n, indexN: { autonomy: n.respondents } })),
          threshold,
        );
        expect([...(byIndex.get('autonomy') ?? new Map())].sort()).toEqual(
          [...computeSuppression(answered, threshold)].sort(),
        );
      }),
    );
  });

  it('hides the smallest sibling when exactly one child is below the threshold', () => {
    const nodes: ResultNode[] = [
      { id: 'dept', parentId: null, respondents: 40 },
      { id: 'a', parentId: 'dept', respondents: 3 },
      { id: 'b', parentId: 'dept', respondents: 12 },
      { id: 'c', parentId: 'dept', respondents: 25 },
    ];
    expect(Object.fromEntries(computeSuppression(nodes, 5))).toEqual({
      a: 'below_threshold',
      b: 'complementary',
    });
  });

  it('hides the parent when its own staff are a small group and it has no visible child left', () => {
    const nodes: ResultNode[] = [
      { id: 'inst', parentId: null, respondents: 100 },
      { id: 'fac', parentId: 'inst', respondents: 8 },
      { id: 'g', parentId: 'fac', respondents: 3 },
      { id: 'other', parentId: 'inst', respondents: 92 },
    ];
    // fac minus nothing visible: fine (8). inst minus fac minus other = 0: fine. Only g is hidden.
    expect(Object.fromEntries(computeSuppression(nodes, 5))).toEqual({ g: 'below_threshold' });
    const own: ResultNode[] = [
      { id: 'dept', parentId: null, respondents: 22 },
      { id: 'g1', parentId: 'dept', respondents: 20 },
    ];
    // dept minus g1 reveals the 2 who belong to the department itself: g1 (the smaller) goes.
    expect(Object.fromEntries(computeSuppression(own, 5))).toEqual({ g1: 'complementary' });
  });
});

/**
 * The anonymity rule of docs/anonymity.md, in one pure function that every endpoint showing survey
 * results goes through (results, comparisons, reports, exports).
 *
 * A unit's stored result pools its whole subtree. Values shown for a unit and for some of its
 * descendants can be subtracted: the finest groups anyone can derive are the *regions* of the visible
 * units — a visible unit minus its nearest visible descendants. So:
 *
 *  1. a unit with fewer respondents than the threshold is suppressed (`below_threshold`);
 *  2. every visible unit's region must hold 0 or at least `threshold` respondents; while one does not,
 *     the smallest of its nearest visible descendants is suppressed too (`complementary`), which merges
 *     that descendant's region into it; with no visible descendant left, the unit itself is suppressed.
 *
 * The same rule, with an index's n as the count, decides which index values are shown
 * (`computeIndexSuppression`).
 */
import type { SuppressionReason } from '@tiltak/shared/api-contract';

export interface ResultNode {
  id: string;
  /** The nearest ancestor that also has a result in the round, or null. */
  parentId: string | null;
  respondents: number;
}

export function computeSuppression(
  nodes: readonly ResultNode[],
  threshold: number,
): Map<string, SuppressionReason> {
  const suppressed = new Map<string, SuppressionReason>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, ResultNode[]>();
  for (const n of nodes) {
    if (n.parentId && byId.has(n.parentId)) {
      const list = children.get(n.parentId) ?? [];
      list.push(n);
      children.set(n.parentId, list);
    }
    if (n.respondents < threshold) suppressed.set(n.id, 'below_threshold');
  }

  /** The visible descendants of a node with no visible node between them and it. */
  const nearestVisible = (id: string): ResultNode[] => {
    const found: ResultNode[] = [];
    const stack = [...(children.get(id) ?? [])];
    while (stack.length) {
      const n = stack.pop() as ResultNode;
      if (suppressed.has(n.id)) stack.push(...(children.get(n.id) ?? []));
      else found.push(n);
    }
    return found;
  };
  const nearestVisibleAncestor = (n: ResultNode): ResultNode | null => {
    let p = n.parentId ? byId.get(n.parentId) : undefined;
    while (p && suppressed.has(p.id)) p = p.parentId ? byId.get(p.parentId) : undefined;
    return p ?? null;
  };
  const depth = (n: ResultNode): number => {
    let d = 0;
    for (
      let p = n.parentId ? byId.get(n.parentId) : undefined;
      p;
      p = p.parentId ? byId.get(p.parentId) : undefined
    )
      d++;
    return d;
  };

  // Deepest first, so a unit's region is settled before its ancestors look at it; a node whose region
  // changes goes back on the queue.
  const order = [...nodes].sort((a, b) => depth(b) - depth(a) || a.id.localeCompare(b.id));
  const queue = order.filter((n) => !suppressed.has(n.id));
  const queued = new Set(queue.map((n) => n.id));
  while (queue.length) {
    const node = queue.shift() as ResultNode;
    queued.delete(node.id);
    if (suppressed.has(node.id)) continue;
    for (;;) {
      const visible = nearestVisible(node.id);
      const region = node.respondents - visible.reduce((s, d) => s + d.respondents, 0);
      if (region <= 0 || region >= threshold) break;
      if (visible.length) {
        const smallest = visible.reduce((a, b) =>
          b.respondents < a.respondents || (b.respondents === a.respondents && b.id < a.id) ? b : a,
        );
        suppressed.set(smallest.id, 'complementary');
        continue;
      }
      suppressed.set(node.id, 'complementary');
      // Its region now belongs to the nearest visible ancestor, which has to be checked again.
      const up = nearestVisibleAncestor(node);
      if (up && !queued.has(up.id)) {
        queue.push(up);
        queued.add(up.id);
      }
      break;
    }
  }
  return suppressed;
}

/**
 * Per index code, the units whose value of that index must not be shown: `computeSuppression` with the
 * number who answered the index as the count (a unit without the index counts 0 and is left out of the
 * answer, having nothing to hide). A value is shown only when neither its unit nor the value itself is
 * suppressed; hiding more never makes a region small, since a hidden unit's region merges into its
 * nearest visible ancestor's, and the sum of two regions of 0 or at least `threshold` is one too.
 */
export function computeIndexSuppression(
  nodes: readonly (ResultNode & { indexN: Readonly<Record<string, number>> })[],
  threshold: number,
): Map<string, Map<string, SuppressionReason>> {
  const codes = new Set(nodes.flatMap((n) => Object.keys(n.indexN)));
  const byIndex = new Map<string, Map<string, SuppressionReason>>();
  for (const code of codes) {
    const counts = nodes.map((n) => ({
      id: n.id,
      parentId: n.parentId,
      respondents: n.indexN[code] ?? 0,
    }));
    const suppressed = computeSuppression(counts, threshold);
    for (const c of counts) if (c.respondents === 0) suppressed.delete(c.id);
    byIndex.set(code, suppressed);
  }
  return byIndex;
}

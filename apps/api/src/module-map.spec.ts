import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The feature dependency map that eslint.config.mjs turns into import rules. */
const map: Record<string, string[]> = JSON.parse(
  readFileSync(join(__dirname, '../module-map.json'), 'utf8'),
).features;

/** The features in the order a depth-first walk finishes them; throws on the first cycle found. */
function topologicalOrder(graph: Record<string, string[]>): string[] {
  const done: string[] = [];
  const onPath: string[] = [];
  const visit = (node: string) => {
    if (done.includes(node)) return;
    if (onPath.includes(node)) {
      throw new Error(`cycle: ${[...onPath.slice(onPath.indexOf(node)), node].join(' → ')}`);
    }
    onPath.push(node);
    for (const next of graph[node] ?? []) visit(next);
    onPath.pop();
    done.push(node);
  };
  Object.keys(graph).forEach(visit);
  return done;
}

describe('apps/api/module-map.json', () => {
  it('has no cycle: every feature comes after the features it uses', () => {
    const order = topologicalOrder(map);
    for (const [feature, uses] of Object.entries(map)) {
      for (const used of uses) expect(order.indexOf(used)).toBeLessThan(order.indexOf(feature));
    }
  });

  it('names exactly the folders of src/modules, and only those as dependencies', () => {
    const folders = readdirSync(join(__dirname, 'modules'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(Object.keys(map).sort()).toEqual(folders);
    for (const uses of Object.values(map)) for (const used of uses) expect(folders).toContain(used);
  });

  it('would find a cycle', () => {
    expect(() => topologicalOrder({ a: ['b'], b: ['c'], c: ['a'] })).toThrow(
      'cycle: a → b → c → a',
    );
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ANONYMITY_THRESHOLD, INDICES, inIndexOrder, isIndexCode, THEMES } from './indices';

/** Enough CSV for this file: commas inside double quotes. */
function parseCsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text
    .trim()
    .split(/\r?\n/)
    .map((line) => [...line.matchAll(/"([^"]*)"|([^,]+)/g)].map((m) => m[1] ?? m[2]));
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])));
}

const rows = parseCsv(readFileSync(join(__dirname, 'indices.csv'), 'utf8'));

describe('survey indices', () => {
  it('has 17 indices in 6 themes', () => {
    expect(INDICES).toHaveLength(17);
    expect(THEMES).toHaveLength(6);
    expect(INDICES.map((i) => i.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('matches indices.csv', () => {
    expect(
      INDICES.map(({ number, code, themeCode, nb, en }) => ({
        number: String(number),
        code,
        themeCode,
        nb,
        en,
      })),
    ).toEqual(
      rows.map((r) => ({
        number: r['number'],
        code: r['code'],
        themeCode: r['theme_code'],
        nb: r['name_nb'],
        en: r['name_en'],
      })),
    );
  });

  it('names the themes as indices.csv does', () => {
    for (const row of rows) {
      expect(THEMES).toContainEqual({
        code: row['theme_code'],
        nb: row['theme_nb'],
        en: row['theme_en'],
      });
    }
  });

  it('has one theme without indices, from the workshop deck', () => {
    const used = new Set<string>(INDICES.map((i) => i.themeCode));
    expect(THEMES.filter((t) => !used.has(t.code)).map((t) => t.code)).toEqual([
      'incident_handling',
    ]);
  });

  it('recognises index codes', () => {
    expect(isIndexCode('no_stress')).toBe(true);
    expect(isIndexCode('stress')).toBe(false);
    expect(DEFAULT_ANONYMITY_THRESHOLD).toBe(5);
  });

  it('puts items keyed by index code in the survey order, with their index, dropping unknown codes', () => {
    const ordered = inIndexOrder([
      { code: 'belonging', v: 1 },
      { code: 'no such index', v: 2 },
      { code: 'autonomy', v: 3 },
    ]);
    expect(ordered.map((o) => [o.index.number, o.code, o.v])).toEqual([
      [1, 'autonomy', 3],
      [17, 'belonging', 1],
    ]);
  });
});

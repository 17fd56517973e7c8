import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  AREA_KIND_LABELS,
  CASE_STATE_LABELS,
  LANGUAGES,
  MEASURE_STATUS_LABELS,
} from '@tiltak/shared/api-contract';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`),
  );
}

const load = (lang: string): Tree =>
  JSON.parse(readFileSync(join(__dirname, '../../public/i18n', `${lang}.json`), 'utf8'));

/** The web app's sources: templates and components of the app and of every web library. */
function sources(): { file: string; text: string }[] {
  return [join(__dirname, '..'), join(__dirname, '../../../../libs/web')].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|html)$/.test(f) && !f.endsWith('.spec.ts'))
      .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') })),
  );
}

describe('translations', () => {
  it('have the same keys in bokmål and English', () => {
    expect(keys(load('en')).sort()).toEqual(keys(load('nb')).sort());
  });

  it('use the glossary terms for the case states', () => {
    const nb = load('nb') as { state: Record<string, string> };
    const en = load('en') as { state: Record<string, string> };
    expect(nb.state['areas_chosen']).toBe('Områder valgt');
    expect(en.state['measures_planned']).toBe('Measures planned');
  });

  // The API prints the same words in exported plans (apps/api/src/modules/reports/plan-document.ts).
  it.each(LANGUAGES)(
    'name states, statuses and area kinds as the shared labels do (%s)',
    (lang) => {
      const tree = load(lang) as {
        state: Tree;
        measureStatus: Tree;
        area: { kinds: Tree };
      };
      expect(tree.state).toEqual(CASE_STATE_LABELS[lang]);
      expect(tree.measureStatus).toEqual(MEASURE_STATUS_LABELS[lang]);
      expect(tree.area.kinds).toEqual(AREA_KIND_LABELS[lang]);
    },
  );

  it('have every key the templates and components name literally', () => {
    const known = new Set(keys(load('nb')));
    const literal =
      /'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'\s*\|\s*translate|\b(?:instant|stream)\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g;
    const used = sources().flatMap(({ file, text }) =>
      [...text.matchAll(literal)].map((m) => ({ file, key: m[1] ?? m[2] })),
    );
    expect(used.length).toBeGreaterThan(300);
    expect(used.filter((u) => !known.has(u.key))).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

const load = (lang: string): Tree => JSON.parse(readFileSync(join(__dirname, '../../public/i18n', `${lang}.json`), 'utf8'));

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
});

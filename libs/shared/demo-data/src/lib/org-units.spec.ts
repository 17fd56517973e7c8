import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NTNU_ORG_UNITS } from './org-units.data';

describe('NTNU_ORG_UNITS', () => {
  it('is exactly data/org-units.csv', () => {
    const [header, ...lines] = readFileSync(join(__dirname, '../../data/org-units.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(header).toBe('code,parent,kind,name_nb,name_en');
    const rows = lines.map((line) => {
      const [code, parent, kind, name_nb, name_en] = line.split(',');
      return { code, parent: parent || null, kind, name_nb, name_en };
    });
    expect(NTNU_ORG_UNITS).toEqual(rows);
  });
});

/**
 * Writes the demo organisation and people as import files (docs/org-people-import.md):
 *
 *   npx nx run demo-data:samples      (docs/samples/org-units.csv and docs/samples/people.csv)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemoData, sampleFiles } from '@tiltak/demo-data';

const out = join(__dirname, '../../../docs/samples');
// The organisation and people do not depend on the date; the seed is the one the embedded start uses.
const files = sampleFiles(generateDemoData({ seed: 1, scale: 1, today: '2026-11-26' }));
writeFileSync(join(out, 'org-units.csv'), files.orgUnits);
writeFileSync(join(out, 'people.csv'), files.people);
console.log(`wrote ${join(out, 'org-units.csv')} and ${join(out, 'people.csv')}`);

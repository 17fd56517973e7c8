// Fails when the initial JavaScript of the built web app exceeds a gzip budget (kB).
// Angular's own budgets measure raw bytes; the 250 kB limit is about what is sent (gzip).
// Initial = the scripts index.html loads, plus every chunk they import statically, transitively.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'dist/apps/web/browser', limitKb = '250'] = process.argv.slice(2);
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const pending = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]);
const seen = new Set();
while (pending.length) {
  const file = pending.pop();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  // Static imports only (`import{a}from"./chunk-X.js"`), not lazy `import("./chunk-Y.js")`.
  for (const m of code.matchAll(
    /(?:^|[;}\s])import\s*(?:[\w{}*,\s$]+from\s*)?["']\.\/([^"']+\.js)["']/g,
  ))
    pending.push(m[1]);
}
let raw = 0;
let gzip = 0;
for (const file of seen) {
  const bytes = readFileSync(join(dir, file));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n) => (n / 1000).toFixed(1);
console.log(
  `initial JS: ${seen.size} files, ${kb(raw)} kB raw, ${kb(gzip)} kB gzip (limit ${limitKb} kB gzip)`,
);
if (gzip > Number(limitKb) * 1000) {
  console.error('Initial JavaScript is over budget: load more of it lazily.');
  process.exit(1);
}
